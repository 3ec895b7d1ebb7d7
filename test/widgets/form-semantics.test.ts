/**
 * Form semantics (protocol §4.5) through a real `<ck-widget-item>`: what every action fired inside
 * a `Form` or a `Card asForm` carries, what blocks a submission, and the demo form of the
 * captures with the real controls, down to the request `<chat-kit>` sends.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatKit } from '../../src/index.js';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import '../../src/widgets/ck-widget-input.js';
import '../../src/widgets/ck-widget-label.js';
import '../../src/widgets/ck-widget-select.js';
import '../../src/widgets/ck-widget-textarea.js';
import { mergeFormValues, type FormField } from '../../src/widgets/form-scope.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { captureEvents, loadJsonFixture } from '../helpers/fixtures.js';
import { deepQueryAll, mountChat, recordEvents, settle } from '../helpers/mount.js';
import { answerActions, deferred, mountWidget, q, qa, registerTestField, settleWidget } from './helpers.js';

registerTestField();

const field = (name: string, extra: Record<string, unknown> = {}) => ({ type: 'TestField', name, ...extra });
const button = (label: string, action: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'Button',
  label,
  onClickAction: action,
  ...extra,
});
const form = (children: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'Form',
  onSubmitAction: { type: 'f.submit' },
  children,
  ...extra,
});
const card = (children: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'Card', children, ...extra });

function fake(name: string, value: unknown): FormField {
  return { name, value: () => value, validate: () => null, focus: () => undefined };
}

function logsOf(item: CkWidgetItem): { name: string; data?: Record<string, unknown> }[] {
  const seen: { name: string; data?: Record<string, unknown> }[] = [];
  item.addEventListener('ck-widget-log', (event) => seen.push(event.detail));
  return seen;
}

function buttonLabelled(item: CkWidgetItem, label: string): HTMLButtonElement {
  const found = qa<HTMLButtonElement>(item, 'button').find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Replaces the text of a native field as a user would: focus, select all, type. */
async function retype(control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  if (text !== '') await sendKeys({ type: text });
}

describe('form semantics', () => {
  describe('mergeFormValues', () => {
    it('nests dotted names, sharing objects between siblings, and keeps the payload untouched', () => {
      const payload = { form_id: 'f', order: { id: 7 } };
      const merged = mergeFormValues(
        payload,
        [fake('order.quantity', '3'), fake('order.gift', true), fake('a.b.c', null), fake('', 'unnamed')],
        () => undefined,
      );
      expect(merged).to.deep.equal({ form_id: 'f', order: { id: 7, quantity: '3', gift: true }, a: { b: { c: null } } });
      expect(payload).to.deep.equal({ form_id: 'f', order: { id: 7 } });
    });

    it('drops a form value whose key the payload has (or whose path crosses a non-object) and reports it', () => {
      const collisions: string[] = [];
      const merged = mergeFormValues(
        { note: 'from server', order: 'ord_1' },
        [fake('note', 'typed'), fake('order.quantity', '3'), fake('ok', 'yes')],
        (name) => collisions.push(name),
      );
      expect(merged).to.deep.equal({ note: 'from server', order: 'ord_1', ok: 'yes' });
      expect(collisions).to.deep.equal(['note', 'order.quantity']);
    });

    it('never writes prototype keys from server-chosen names', () => {
      const collisions: string[] = [];
      const merged = mergeFormValues(undefined, [fake('__proto__.polluted', 'x'), fake('constructor', 'y')], (name) =>
        collisions.push(name),
      );
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(Object.keys(merged)).to.deep.equal([]);
      expect(collisions).to.deep.equal(['__proto__.polluted', 'constructor']);
    });

    it('starts from an empty object when the payload is not an object', () => {
      expect(mergeFormValues(['x'], [fake('a', '1')], () => undefined)).to.deep.equal({ a: '1' });
      expect(mergeFormValues('text', [fake('a', '1')], () => undefined)).to.deep.equal({ a: '1' });
    });
  });

  describe('inside a Form', () => {
    it('every action fired inside gets every named field value: a click, a change, the submit', async () => {
      const item = await mountWidget(
        card([
          form([
            field('city', { defaultValue: 'Oslo', onChangeAction: { type: 'f.changed', payload: { why: 'change' } } }),
            field('zip', { defaultValue: '0150' }),
            button('Look up', { type: 'f.lookup', payload: { source: 'btn' } }),
            { type: 'Button', label: 'Go', submit: true },
          ]),
        ]),
      );
      const actions = answerActions(item);
      buttonLabelled(item, 'Look up').click();
      await settleWidget(item);
      const city = q<HTMLInputElement>(item, 'test-form-field input[aria-label="city"]');
      city.value = 'Bergen';
      city.dispatchEvent(new Event('change', { bubbles: true }));
      await settleWidget(item);
      buttonLabelled(item, 'Go').click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([
        ['f.lookup', { source: 'btn', city: 'Oslo', zip: '0150' }],
        ['f.changed', { why: 'change', city: 'Bergen', zip: '0150' }],
        ['f.submit', { city: 'Bergen', zip: '0150' }],
      ]);
    });

    it('an action outside the Form carries no field values', async () => {
      const item = await mountWidget(card([form([field('city', { defaultValue: 'Oslo' })]), button('Elsewhere', { type: 'x.out', payload: { a: 1 } })]));
      const actions = answerActions(item);
      buttonLabelled(item, 'Elsewhere').click();
      await settleWidget(item);
      expect(actions.map((a) => a.payload)).to.deep.equal([{ a: 1 }]);
    });

    it('dotted names nest', async () => {
      const item = await mountWidget(
        card([
          form(
            [
              field('todo.title', { defaultValue: 'Buy milk' }),
              field('todo.meta.owner', { defaultValue: 'ada' }),
              { type: 'Button', label: 'Add', submit: true },
            ],
            { onSubmitAction: { type: 'todo.add', payload: { list: 'home' } } },
          ),
        ]),
      );
      const actions = answerActions(item);
      buttonLabelled(item, 'Add').click();
      await settleWidget(item);
      expect(actions[0]!.payload).to.deep.equal({ list: 'home', todo: { title: 'Buy milk', meta: { owner: 'ada' } } });
    });

    it('on a collision the form value is dropped and a widget.form_value_collision log goes out', async () => {
      const item = await mountWidget(
        card([
          form([field('note', { defaultValue: 'typed' }), field('other', { defaultValue: 'kept' }), button('Send', { type: 'x.send', payload: { note: 'server' } })]),
        ]),
      );
      const actions = answerActions(item);
      const logs = logsOf(item);
      buttonLabelled(item, 'Send').click();
      await settleWidget(item);
      expect(actions[0]!.payload).to.deep.equal({ note: 'server', other: 'kept' });
      expect(logs).to.deep.equal([{ name: 'widget.form_value_collision', data: { name: 'note', action: 'x.send' } }]);
    });

    it('required and pattern block submission: nothing sent, messages shown, first invalid focused, an alert', async () => {
      const item = await mountWidget(
        card([
          form([
            field('code', { pattern: '\\d{4}', defaultValue: '12a4' }),
            field('name', { required: true }),
            { type: 'Button', label: 'Go', submit: true },
          ]),
        ]),
      );
      const actions = answerActions(item);
      buttonLabelled(item, 'Go').click();
      await settleWidget(item);
      expect(actions).to.have.length(0);
      expect(qa(item, '.test-field-message').map((m) => m.textContent)).to.deep.equal(['Bad format', 'Required']);
      expect(item.shadowRoot!.activeElement).to.equal(q(item, 'test-form-field input[aria-label="code"]'));
      expect(q(item, '[role="alert"]').textContent.trim()).to.equal('Please fix the 2 highlighted fields.');
      // Not an action failure: the item's own error line stays away, the widget stays usable.
      expect(qa(item, '.ck-w-error')).to.have.length(0);
      expect(q(item, '.root').inert).to.equal(false);
    });

    it('a change action does not dim the widget (auto → no loading state)', async () => {
      const item = await mountWidget(card([form([field('city', { onChangeAction: { type: 'f.changed' } })])]));
      const pending = deferred();
      const actions = answerActions(item, () => pending.promise);
      const city = q<HTMLInputElement>(item, 'test-form-field input');
      city.value = 'Rome';
      city.dispatchEvent(new Event('change', { bubbles: true }));
      await settleWidget(item);
      expect(actions).to.have.length(1);
      const root = q(item, '.root');
      expect(root.inert).to.equal(false);
      expect(root.getAttribute('aria-busy')).to.equal('false');
      pending.resolve();
      await pending.promise;
    });
  });

  describe('Card asForm', () => {
    const formCard = (extra: Record<string, unknown> = {}) =>
      card([field('guests', { required: true }), field('trip.note', { defaultValue: 'window seat' })], {
        asForm: true,
        confirm: { label: 'Book', action: { type: 'trip.book', payload: { id: 7 } } },
        cancel: { label: 'Not now', action: { type: 'trip.cancel' } },
        ...extra,
      });

    it('confirm is validated, then receives the values', async () => {
      const item = await mountWidget(formCard());
      const actions = answerActions(item);
      buttonLabelled(item, 'Book').click();
      await settleWidget(item);
      expect(actions).to.have.length(0);
      expect(q(item, '.test-field-message').textContent).to.equal('Required');
      expect(item.shadowRoot!.activeElement).to.equal(q(item, 'test-form-field input[aria-label="guests"]'));
      expect(q(item, 'ck-widget-card [role="alert"]').textContent.trim()).to.equal('Please fix the highlighted field.');

      await retype(q<HTMLInputElement>(item, 'test-form-field input[aria-label="guests"]'), '2');
      buttonLabelled(item, 'Book').click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['trip.book', { id: 7, guests: '2', trip: { note: 'window seat' } }]]);
      expect(qa(item, 'ck-widget-card [role="alert"]')).to.have.length(0);
    });

    it('cancel receives the values and is never blocked by validation', async () => {
      const item = await mountWidget(formCard());
      const actions = answerActions(item);
      buttonLabelled(item, 'Not now').click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['trip.cancel', { guests: null, trip: { note: 'window seat' } }]]);
      expect(qa(item, '.test-field-message')).to.have.length(0);
    });

    it('a submit Button in the body runs confirm (validated) and folds a collapsed card once done', async () => {
      const item = await mountWidget(
        formCard({ collapsed: true, children: [field('guests', { defaultValue: '3' }), { type: 'Button', label: 'Go', submit: true }] }),
      );
      const actions = answerActions(item);
      buttonLabelled(item, 'Go').click();
      await settleWidget(item);
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['trip.book', { id: 7, guests: '3' }]]);
      expect(q(item, '.ck-w-card__body').hidden).to.equal(true);
      expect(q(item, '.ck-w-card__toggle').textContent.trim()).to.equal('Show details');
    });

    it('without asForm, confirm keeps its own payload and fields are not collected', async () => {
      const item = await mountWidget(formCard({ asForm: false }));
      const actions = answerActions(item);
      buttonLabelled(item, 'Book').click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['trip.book', { id: 7 }]]);
      expect(qa(item, 'ck-widget-card form')).to.have.length(0);
    });
  });

  describe('the demo form of the captures, with the real controls', () => {
    async function demoCard(): Promise<Record<string, unknown>> {
      const events = await captureEvents('threads.create.sse');
      const done = events.find((e) => e.type === 'thread.item.done' && (e['item'] as { id: string }).id === 'msg_a3011ec4');
      if (!done) throw new Error('no demo card in threads.create.sse');
      return (done['item'] as { widget: Record<string, unknown> }).widget;
    }

    async function fill(root: ParentNode, fruit: string, quantity: string, note: string): Promise<void> {
      const select = root.querySelector<HTMLSelectElement>('ck-widget-select select')!;
      select.focus();
      select.value = fruit;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await retype(root.querySelector<HTMLInputElement>('ck-widget-input input')!, quantity);
      await retype(root.querySelector<HTMLTextAreaElement>('ck-widget-textarea textarea')!, note);
    }

    it('Submit sends exactly the payload of threads.custom_action.submit_form', async () => {
      const expected = await loadJsonFixture<{ params: { action: { type: string; payload: unknown } } }>(
        'threads.custom_action.submit_form.request.json',
      );
      const item = await mountWidget(await demoCard());
      const actions = answerActions(item);
      await fill(item.shadowRoot!, 'banana', '3', 'ripe please');
      await settleWidget(item);
      buttonLabelled(item, 'Submit').click();
      await settleWidget(item);
      const submit = actions.find((a) => a.type === 'demo.submit_form');
      expect(submit).to.deep.equal({
        ...expected.params.action,
        handler: 'server',
        loadingBehavior: 'container',
        streaming: true,
      });
      // The Select's change action (fired while filling) carried the values too, and dimmed nothing.
      expect(actions[0]!.type).to.equal('demo.fruit_changed');
      expect(actions[0]!.payload).to.deep.include({ fruit: 'banana' });
    });

    it('an empty required Quantity blocks Submit with its message, focus and an alert', async () => {
      const item = await mountWidget(await demoCard());
      const actions = answerActions(item);
      const quantity = q<HTMLInputElement>(item, 'ck-widget-input input');
      await retype(quantity, '');
      buttonLabelled(item, 'Submit').focus();
      buttonLabelled(item, 'Submit').click();
      await settleWidget(item);
      expect(actions.filter((a) => a.type === 'demo.submit_form')).to.have.length(0);
      expect(item.shadowRoot!.activeElement).to.equal(quantity);
      expect(quantity.getAttribute('aria-invalid')).to.equal('true');
      const message = q(item, `#${quantity.getAttribute('aria-describedby')!}`);
      expect(message.textContent.trim()).to.not.equal('');
      expect(q(item, 'ck-widget-form [role="alert"]').textContent.trim()).to.equal('Please fix the highlighted field.');
    });

    it('through <chat-kit>: the request equals the submit_form request capture', async () => {
      const expected = await loadJsonFixture<Record<string, unknown>>('threads.custom_action.submit_form.request.json');
      const f = fakeFetch().reply('threads.create', 'threads.create.sse');
      const reply = f.replyStream('threads.custom_action');
      const el: ChatKit = await mountChat(f, { widgets: { onAction: () => Promise.resolve() } });
      const logs = recordEvents(el, ['chatkit.log']);
      await el.sendUserMessage({ text: 'Show me the demo' });
      await settle(el);
      const item = deepQueryAll<CkWidgetItem>(el, 'ck-widget-item').find((w) => w.item?.id === 'msg_a3011ec4')!;
      await fill(item.shadowRoot!, 'banana', '3', 'ripe please');
      await settle(el);
      buttonLabelled(item, 'Submit').click();
      const call = await reply.called;
      // The client also sends `metadata: {}` (request metadata, empty here); the rest is the capture.
      expect({ type: call.body.type, params: call.body.params }).to.deep.equal(expected);
      reply.close();
      await oneEvent(el, 'chatkit.response.end');
      expect(logs.filter((l) => (l.detail as { name: string }).name === 'widget.form_value_collision')).to.have.length(0);
    });
  });
});
