import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import '../../src/widgets/ck-widget-input.js';
import {
  answerActions,
  cssOf,
  deferred,
  mountWidget,
  q,
  qa,
  registerTestField,
  settleWidget,
  widgetItem,
} from './helpers.js';

registerTestField();

const submitAction = { type: 'form.submit', payload: { form_id: 'f1' } };
const field = (name: string, extra: Record<string, unknown> = {}) => ({ type: 'TestField', name, ...extra });
const submitButton = (extra: Record<string, unknown> = {}) => ({ type: 'Button', label: 'Send', submit: true, ...extra });
const form = (children: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'Form',
  onSubmitAction: submitAction,
  children,
  ...extra,
});
const inCard = (node: unknown, extra: Record<string, unknown> = {}) => ({ type: 'Card', children: [node], ...extra });

/** Types `value` into the TestField named `name` as a user would (focus, type). */
async function typeInto(item: CkWidgetItem, name: string, value: string): Promise<HTMLInputElement> {
  const input = q<HTMLInputElement>(item, `test-form-field input[aria-label="${name}"]`);
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  return input;
}

function logsOf(item: CkWidgetItem): { name: string; data?: Record<string, unknown> }[] {
  const seen: { name: string; data?: Record<string, unknown> }[] = [];
  item.addEventListener('ck-widget-log', (event) => seen.push(event.detail));
  return seen;
}

function activeElementOf(item: CkWidgetItem): Element | null {
  return item.shadowRoot?.activeElement ?? null;
}

describe('ck-widget-form', () => {
  describe('layout', () => {
    it('renders a real <form novalidate> laid out as a column by default', async () => {
      const item = await mountWidget(inCard(form([field('a'), field('b')])));
      const el = q<HTMLFormElement>(item, 'ck-widget-form form');
      expect(el.noValidate).to.equal(true);
      expect(cssOf(el, 'display')).to.equal('flex');
      expect(cssOf(el, 'flex-direction')).to.equal('column');
      const [a, b] = qa(item, 'test-form-field');
      expect(b!.getBoundingClientRect().top).to.be.at.least(a!.getBoundingClientRect().bottom);
    });

    it('lays children side by side with direction row, and a Spacer grows along that axis', async () => {
      const item = await mountWidget(
        inCard(form([field('a'), { type: 'Spacer' }, submitButton()], { direction: 'row', width: 400 }), { size: 'full' }),
      );
      const el = q(item, 'ck-widget-form form');
      expect(cssOf(el, 'flex-direction')).to.equal('row');
      const input = q(item, 'test-form-field').getBoundingClientRect();
      const button = q(item, 'ck-widget-button').getBoundingClientRect();
      expect(Math.round(button.top)).to.be.lessThan(Math.round(input.bottom));
      // The spacer pushed the button to the far end of the 400px form.
      expect(Math.round(button.right)).to.equal(Math.round(el.getBoundingClientRect().right));
      expect(q(item, 'ck-widget-spacer').getBoundingClientRect().width).to.be.greaterThan(50);
    });

    it('maps every box prop: gap and padding in spacing units, background, border, radius, align, margin', async () => {
      const item = await mountWidget(
        inCard(
          form([field('a'), field('b')], {
            gap: 3,
            padding: { x: 2, y: 1 },
            background: '#102030',
            border: { size: 2, color: '#ff0000' },
            radius: 'md',
            align: 'center',
            margin: 1,
          }),
        ),
      );
      const el = q(item, 'ck-widget-form form');
      expect(cssOf(el, 'row-gap')).to.equal('12px');
      expect(cssOf(el, 'padding-left')).to.equal('8px');
      expect(cssOf(el, 'padding-top')).to.equal('4px');
      // Margin (like size and flex) places the element among its siblings.
      expect(cssOf(q(item, 'ck-widget-form'), 'margin-top')).to.equal('4px');
      expect(cssOf(el, 'background-color')).to.equal('rgb(16, 32, 48)');
      expect(cssOf(el, 'border-top-width')).to.equal('2px');
      expect(cssOf(el, 'border-top-color')).to.equal('rgb(255, 0, 0)');
      expect(cssOf(el, 'border-top-left-radius')).not.to.equal('0px');
      expect(cssOf(el, 'align-items')).to.equal('center');
      const [a, b] = qa(item, 'test-form-field');
      expect(Math.round(b!.getBoundingClientRect().top - a!.getBoundingClientRect().bottom)).to.equal(12);
    });
  });

  describe('submitting', () => {
    it('a submit Button sends onSubmitAction once, with the values merged and the submit defaults', async () => {
      const item = await mountWidget(inCard(form([field('city', { defaultValue: 'Oslo' }), submitButton()])));
      const actions = answerActions(item);
      const button = q<HTMLButtonElement>(item, 'ck-widget-button button');
      expect(button.type).to.equal('submit');
      button.click();
      await settleWidget(item);
      expect(actions).to.deep.equal([
        {
          type: 'form.submit',
          payload: { form_id: 'f1', city: 'Oslo' },
          handler: 'server',
          loadingBehavior: 'auto',
          streaming: true,
        },
      ]);
      // Never a navigation: the test page is still here, and the widget too.
      expect(item.isConnected).to.equal(true);
    });

    it('dims the whole widget (container loading) while the submission runs', async () => {
      const item = await mountWidget(inCard(form([field('city', { defaultValue: 'Oslo' }), submitButton()])));
      const pending = deferred();
      answerActions(item, () => pending.promise);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      const root = q(item, '.root');
      expect(root.inert).to.equal(true);
      expect(root.getAttribute('aria-busy')).to.equal('true');
      pending.resolve();
      await pending.promise;
      await settleWidget(item);
      expect(root.inert).to.equal(false);
    });

    it('Enter in a field presses the submit button (one submission)', async () => {
      const item = await mountWidget(inCard(form([field('a'), field('b'), submitButton()])));
      const actions = answerActions(item);
      await typeInto(item, 'a', 'one');
      await typeInto(item, 'b', 'two');
      await sendKeys({ press: 'Enter' });
      await settleWidget(item);
      expect(actions.map((a) => a.payload)).to.deep.equal([{ form_id: 'f1', a: 'one', b: 'two' }]);
    });

    it('Enter in a real Input presses the default submit button: its own action goes, with its spinner', async () => {
      const item = await mountWidget(
        inCard(
          form([
            { type: 'Input', name: 'q', defaultValue: 'tea' },
            submitButton({ label: 'Search', onClickAction: { type: 'form.search', loadingBehavior: 'self' } }),
            submitButton({ label: 'Other' }),
          ]),
        ),
      );
      const pending = deferred();
      const actions = answerActions(item, () => pending.promise);
      q<HTMLInputElement>(item, 'ck-widget-input input').focus();
      await sendKeys({ press: 'Enter' });
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['form.search', { q: 'tea' }]]);
      const [search, other] = qa<HTMLButtonElement>(item, 'ck-widget-button button');
      expect(search!.getAttribute('aria-busy')).to.equal('true');
      pending.resolve();
      await pending.promise;
      await settleWidget(item);
      // A second submit button submits as itself (the form's action), not as the default one.
      other!.click();
      await settleWidget(item);
      expect(actions.map((a) => a.type)).to.deep.equal(['form.search', 'form.submit']);
    });

    it('Enter in a real Input of a form without a submit button runs onSubmitAction', async () => {
      const item = await mountWidget(inCard(form([{ type: 'Input', name: 'a', defaultValue: '1' }, { type: 'Input', name: 'b', defaultValue: '2' }])));
      const actions = answerActions(item);
      q<HTMLInputElement>(item, 'ck-widget-input input').focus();
      await sendKeys({ press: 'Enter' });
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['form.submit', { form_id: 'f1', a: '1', b: '2' }]]);
    });

    it('a native submit without a submit button runs onSubmitAction and never navigates', async () => {
      const item = await mountWidget(inCard(form([field('a', { defaultValue: 'x' })])));
      const actions = answerActions(item);
      const el = q<HTMLFormElement>(item, 'ck-widget-form form');
      const event = new SubmitEvent('submit', { cancelable: true, bubbles: true });
      el.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(true);
      await settleWidget(item);
      expect(actions.map((a) => a.payload)).to.deep.equal([{ form_id: 'f1', a: 'x' }]);
    });

    it('a Form without onSubmitAction sends nothing on submit', async () => {
      const item = await mountWidget(inCard({ type: 'Form', children: [field('a'), submitButton()] }));
      const actions = answerActions(item);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(actions).to.have.length(0);
    });

    it('reads the submit action of the current node after a patch', async () => {
      const item = await mountWidget(inCard(form([field('a', { defaultValue: 'x' }), submitButton()])));
      const actions = answerActions(item);
      item.item = widgetItem(
        inCard(form([field('a', { defaultValue: 'x' }), submitButton()], { onSubmitAction: { type: 'form.v2', payload: { v: 2 } } })),
      );
      await settleWidget(item);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['form.v2', { v: 2, a: 'x' }]]);
    });

    it('a submit button with its own onClickAction sends that instead, validated and with the values', async () => {
      const item = await mountWidget(
        inCard(
          form([
            field('a', { required: true }),
            submitButton({ onClickAction: { type: 'form.save_draft', payload: { draft: true } } }),
          ]),
        ),
      );
      const actions = answerActions(item);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(actions).to.have.length(0);
      expect(q(item, '.test-field-message').textContent).to.equal('Required');

      await typeInto(item, 'a', 'hello');
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['form.save_draft', { draft: true, a: 'hello' }]]);
      // As a submission: the whole widget dims while it runs (loadingBehavior auto → container).
    });

    it('a submission with its own action dims the widget, like the form submit', async () => {
      const item = await mountWidget(
        inCard(form([field('a', { defaultValue: 'x' }), submitButton({ onClickAction: { type: 'form.other' } })])),
      );
      const pending = deferred();
      answerActions(item, () => pending.promise);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(q(item, '.root').inert).to.equal(true);
      pending.resolve();
      await pending.promise;
      await settleWidget(item);
      expect(q(item, '.root').inert).to.equal(false);
    });

    it('a plain (non-submit) Button inside a form fires its click action with the values, unvalidated', async () => {
      const item = await mountWidget(
        inCard(form([field('a', { required: true }), { type: 'Button', label: 'Help', onClickAction: { type: 'form.help' } }])),
      );
      const actions = answerActions(item);
      const button = q<HTMLButtonElement>(item, 'ck-widget-button button');
      expect(button.type).to.equal('button');
      button.click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['form.help', { a: null }]]);
      expect(qa(item, '.test-field-message')).to.have.length(0);
    });

    it('outside any form a submit button without an action does nothing, and says so once', async () => {
      const item = await mountWidget(inCard(submitButton()));
      const actions = answerActions(item);
      const logs = logsOf(item);
      const button = q<HTMLButtonElement>(item, 'ck-widget-button button');
      expect(button.type).to.equal('button');
      button.click();
      button.click();
      await settleWidget(item);
      expect(actions).to.have.length(0);
      expect(logs).to.deep.equal([{ name: 'widget.submit_outside_form', data: { label: 'Send' } }]);
    });

    it('outside any form a submit button with an action fires it as a click (own spinner)', async () => {
      const item = await mountWidget(inCard(submitButton({ onClickAction: { type: 'lonely.click', payload: { n: 1 } } })));
      const pending = deferred();
      const actions = answerActions(item, () => pending.promise);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['lonely.click', { n: 1 }]]);
      expect(q(item, 'ck-widget-button button').getAttribute('aria-busy')).to.equal('true');
      expect(q(item, '.root').inert).to.equal(false);
      pending.resolve();
      await pending.promise;
    });

    it('a nested form submits only itself, with both forms\u2019 values', async () => {
      const item = await mountWidget(
        inCard(
          form([field('outer', { defaultValue: 'o' }), form([field('inner', { defaultValue: 'i' }), submitButton()], { onSubmitAction: { type: 'inner.submit' } })]),
        ),
      );
      const actions = answerActions(item);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(actions.map((a) => [a.type, a.payload])).to.deep.equal([['inner.submit', { inner: 'i', outer: 'o' }]]);
      // A native submit of the inner form bubbles through the outer <form>, which ignores it.
      const inner = qa<HTMLFormElement>(item, 'ck-widget-form form')[1]!;
      inner.dispatchEvent(new SubmitEvent('submit', { cancelable: true, bubbles: true }));
      await settleWidget(item);
      expect(actions.map((a) => a.type)).to.deep.equal(['inner.submit', 'inner.submit']);
    });
  });

  describe('validation', () => {
    it('blocks the submission: nothing sent, the field says why, focus on the first invalid field, an announced summary', async () => {
      const item = await mountWidget(
        inCard(form([field('ok', { defaultValue: 'fine' }), field('code', { pattern: '[A-Z]{3}' }), field('name', { required: true }), submitButton()])),
      );
      const actions = answerActions(item);
      await typeInto(item, 'code', 'abc');
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(actions).to.have.length(0);
      expect(qa(item, '.test-field-message').map((m) => m.textContent)).to.deep.equal(['Bad format', 'Required']);
      expect(activeElementOf(item)).to.equal(q(item, 'test-form-field input[aria-label="code"]'));
      const alert = q(item, 'ck-widget-form [role="alert"]');
      expect(alert.textContent.trim()).to.equal('Please fix the 2 highlighted fields.');
      expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(cssOf(alert, 'color')).to.equal(cssOf(alertProbe(item), 'color'));
    });

    it('puts the summary on its own line under a row form, never squeezing the fields', async () => {
      const item = await mountWidget(inCard(form([field('email', { required: true }), submitButton()], { direction: 'row' })));
      answerActions(item);
      const before = q(item, 'test-form-field').getBoundingClientRect().width;
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      const alert = q(item, 'ck-widget-form [role="alert"]');
      const row = q(item, 'ck-widget-form form').getBoundingClientRect();
      expect(alert.getBoundingClientRect().top).to.be.at.least(row.bottom);
      expect(q(item, 'test-form-field').getBoundingClientRect().width).to.be.at.least(before);
    });

    it('sends once the fields are fixed, and the summary goes away', async () => {
      const item = await mountWidget(inCard(form([field('name', { required: true }), submitButton()])));
      const actions = answerActions(item);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(q(item, 'ck-widget-form [role="alert"]').textContent.trim()).to.equal('Please fix the highlighted field.');
      await typeInto(item, 'name', 'Ada');
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(actions.map((a) => a.payload)).to.deep.equal([{ form_id: 'f1', name: 'Ada' }]);
      expect(qa(item, 'ck-widget-form [role="alert"]')).to.have.length(0);
      expect(qa(item, '.test-field-message')).to.have.length(0);
    });

    it('focuses the first invalid field in document order, also after a patch added one above', async () => {
      const item = await mountWidget(inCard(form([field('b', { key: 'b', required: true }), submitButton()])));
      answerActions(item);
      const b = q(item, 'test-form-field');
      item.item = widgetItem(
        inCard(form([field('a', { key: 'a', required: true }), field('b', { key: 'b', required: true }), submitButton()])),
      );
      await settleWidget(item);
      // The keyed field kept its element, so it registered before the new one above it.
      expect(qa(item, 'test-form-field')[1]).to.equal(b);
      q<HTMLButtonElement>(item, 'ck-widget-button button').click();
      await settleWidget(item);
      expect(activeElementOf(item)).to.equal(q(item, 'test-form-field input[aria-label="a"]'));
    });
  });
});

/** The danger text colour at the form, for comparing the summary's colour. */
function alertProbe(item: CkWidgetItem): HTMLElement {
  const probe = document.createElement('span');
  probe.style.color = 'var(--ck-w-text-danger)';
  q(item, 'ck-widget-form form').appendChild(probe);
  return probe;
}
