import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FormInvalidError } from '../../src/widgets/form-scope.js';
import { MESSAGE_PATTERN, MESSAGE_REQUIRED } from '../../src/widgets/field-base.js';
import { fieldValues, mountInScope, retype, submitScope } from './field-helpers.js';
import { cssOf, mountInCard, mountWidget, q, resolveColor, settleWidget, widgetItem } from './helpers.js';

const SUBMIT = { type: 'form.submit', payload: { form_id: 'f1' } };
const input = (props: Record<string, unknown> = {}) => ({ type: 'Input', name: 'email', ...props });

const px = (value: string): number => parseFloat(value);

describe('ck-widget-input', () => {
  it('is a native <input> carrying the name, type "text" by default', async () => {
    const item = await mountInCard(input({ placeholder: 'you@example.com' }));
    const el = q<HTMLInputElement>(item, 'ck-widget-input input');
    expect(el.name).to.equal('email');
    expect(el.type).to.equal('text');
    expect(el.placeholder).to.equal('you@example.com');
    expect(el.id).to.match(/^ck-f-msg_5f_1-email$/);
  });

  it('renders every inputType as that native type', async () => {
    for (const inputType of ['number', 'email', 'text', 'password', 'tel', 'url']) {
      const item = await mountInCard(input({ inputType }));
      expect(q<HTMLInputElement>(item, 'input').type, inputType).to.equal(inputType);
    }
  });

  describe('labels', () => {
    it('is named by a Label widget pointing at its name (label[for]), with no aria-label', async () => {
      const item = await mountWidget({
        type: 'Card',
        children: [{ type: 'Label', value: 'Email address', fieldName: 'email' }, input({ placeholder: 'you@…' })],
      });
      const el = q<HTMLInputElement>(item, 'input');
      expect(el.labels?.length).to.equal(1);
      expect(el.labels?.[0]?.textContent.trim()).to.equal('Email address');
      expect(el.hasAttribute('aria-label')).to.equal(false);
      await expect(item).to.be.accessible();
    });

    it('drops its fallback name once a Label rendered later (deeper in the tree) names it', async () => {
      const deepLabel = {
        type: 'Box',
        children: [{ type: 'Box', children: [{ type: 'Box', children: [{ type: 'Label', value: 'Quantity', fieldName: 'qty' }] }] }],
      };
      const item = await mountWidget({ type: 'Card', children: [input({ name: 'qty' }), deepLabel] });
      const el = q<HTMLInputElement>(item, 'input');
      expect(el.labels?.[0]?.textContent.trim()).to.equal('Quantity');
      expect(el.hasAttribute('aria-label')).to.equal(false);
    });

    it('without any label, is named by its placeholder, else by its name', async () => {
      let item = await mountInCard(input({ placeholder: 'Your email' }));
      expect(q(item, 'input').getAttribute('aria-label')).to.equal('Your email');
      await expect(item).to.be.accessible();
      item = await mountInCard(input({ name: 'order.quantity' }));
      expect(q(item, 'input').getAttribute('aria-label')).to.equal('order quantity');
      await expect(item).to.be.accessible();
    });
  });

  describe('value', () => {
    it('reports what the user typed as a string, null when empty', async () => {
      const scoped = await mountInScope([input({ name: 'note' })]);
      expect(fieldValues(scoped)).to.deep.equal({ note: null });
      scoped.q<HTMLInputElement>('input').focus();
      await sendKeys({ type: 'ripe please' });
      expect(fieldValues(scoped)).to.deep.equal({ note: 'ripe please' });
    });

    it('keeps numbers as strings and starts from defaultValue', async () => {
      const scoped = await mountInScope([input({ name: 'order.quantity', inputType: 'number', defaultValue: '2' })], {
        submit: SUBMIT,
      });
      const el = scoped.q<HTMLInputElement>('input');
      expect(el.value).to.equal('2');
      await retype(el, '3');
      const error = await submitScope(scoped);
      expect(error).to.equal(null);
      expect(scoped.received[0]?.action.payload).to.deep.equal({ form_id: 'f1', order: { quantity: '3' } });
    });

    it('submits the enclosing form on Enter, with every value', async () => {
      const scoped = await mountInScope([input({ name: 'a' }), input({ name: 'b', defaultValue: 'B' })], { submit: SUBMIT });
      scoped.q<HTMLInputElement>('input[name="a"]').focus();
      await sendKeys({ type: 'A' });
      await sendKeys({ press: 'Enter' });
      await scoped.rerender([input({ name: 'a' }), input({ name: 'b', defaultValue: 'B' })]);
      expect(scoped.received.map((r) => [r.action.type, r.source.binding])).to.deep.equal([['form.submit', 'submit']]);
      expect(scoped.received[0]?.action.payload).to.deep.equal({ form_id: 'f1', a: 'A', b: 'B' });
    });

    it('does nothing on Enter outside a form', async () => {
      const scoped = await mountInScope([input({ name: 'a' })], { noForm: true });
      scoped.q<HTMLInputElement>('input').focus();
      await sendKeys({ type: 'A' });
      await sendKeys({ press: 'Enter' });
      expect(scoped.received).to.deep.equal([]);
      expect(scoped.q<HTMLInputElement>('input').value).to.equal('A');
    });

    it('keeps what the user typed when the node is replaced by an equal one, not when defaultValue changes', async () => {
      const tree = () => ({ type: 'Card', children: [{ type: 'Text', value: 'Hi' }, input({ defaultValue: 'a@b.c' })] });
      const item = await mountWidget(tree());
      const el = q<HTMLInputElement>(item, 'input');
      await retype(el, 'typed@example.com');
      item.item = widgetItem(tree());
      await settleWidget(item);
      expect(q<HTMLInputElement>(item, 'input')).to.equal(el);
      expect(el.value).to.equal('typed@example.com');
      item.item = widgetItem({ type: 'Card', children: [{ type: 'Text', value: 'Hi' }, input({ defaultValue: 'new@b.c' })] });
      await settleWidget(item);
      expect(el.value).to.equal('new@b.c');
    });
  });

  describe('validation', () => {
    it('blocks a submission while required and empty: message, aria-invalid, focus; clears once filled', async () => {
      const scoped = await mountInScope([input({ name: 'email', required: true })], { submit: SUBMIT });
      const el = scoped.q<HTMLInputElement>('input');
      expect(el.getAttribute('aria-required')).to.equal('true');
      expect(el.hasAttribute('aria-invalid')).to.equal(false);
      const error = await submitScope(scoped);
      expect(error).to.be.instanceOf(FormInvalidError);
      expect(scoped.received).to.deep.equal([]);
      expect(el.getAttribute('aria-invalid')).to.equal('true');
      const message = scoped.q(`#${el.getAttribute('aria-describedby') ?? 'none'}`);
      expect(message.textContent.trim()).to.equal(MESSAGE_REQUIRED);
      expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(cssOf(message, 'color')).to.equal(resolveColor(message.parentElement!, 'var(--ck-w-text-danger)'));
      expect(scoped.root.activeElement).to.equal(el);

      await sendKeys({ type: 'x' });
      await scoped.rerender([input({ name: 'email', required: true })]);
      expect(el.hasAttribute('aria-invalid')).to.equal(false);
      expect(el.hasAttribute('aria-describedby')).to.equal(false);
      expect(scoped.root.querySelector('.ck-w-field__message')).to.equal(null);
      expect(await submitScope(scoped)).to.equal(null);
      expect(scoped.received[0]?.action.payload).to.deep.equal({ form_id: 'f1', email: 'x' });
    });

    it('checks pattern as a full match (like HTML); an empty optional value passes', async () => {
      const scoped = await mountInScope([input({ name: 'zip', pattern: '[0-9]+' })], { submit: SUBMIT });
      const el = scoped.q<HTMLInputElement>('input');
      expect(await submitScope(scoped)).to.equal(null);
      await retype(el, '12a34');
      expect(await submitScope(scoped)).to.be.instanceOf(FormInvalidError);
      expect(scoped.q('.ck-w-field__message').textContent.trim()).to.equal(MESSAGE_PATTERN);
      expect(el.getAttribute('aria-invalid')).to.equal('true');
      await retype(el, '1234');
      await scoped.rerender([input({ name: 'zip', pattern: '[0-9]+' })]);
      expect(el.hasAttribute('aria-invalid')).to.equal(false);
      expect(await submitScope(scoped)).to.equal(null);
      expect(scoped.received.at(-1)?.action.payload).to.deep.equal({ form_id: 'f1', zip: '1234' });
    });

    it('ignores (and reports) a pattern that does not compile, instead of throwing', async () => {
      const scoped = await mountInScope([input({ name: 'x', pattern: '([a-z' })], { submit: SUBMIT });
      await retype(scoped.q<HTMLInputElement>('input'), 'anything');
      expect(await submitScope(scoped)).to.equal(null);
      expect(scoped.received[0]?.action.payload).to.deep.equal({ form_id: 'f1', x: 'anything' });
      expect(scoped.logs.map((log) => log.name)).to.include('widget.invalid_pattern');
    });

    it('accepts patterns written for the older regex dialect (a bare "-" in a class)', async () => {
      const scoped = await mountInScope([input({ name: 'slug', pattern: '[a-z-]+' })], { submit: SUBMIT });
      await retype(scoped.q<HTMLInputElement>('input'), 'a-b');
      expect(await submitScope(scoped)).to.equal(null);
      await retype(scoped.q<HTMLInputElement>('input'), 'A B');
      expect(await submitScope(scoped)).to.be.instanceOf(FormInvalidError);
    });

    it('does not block on a disabled field', async () => {
      const scoped = await mountInScope([input({ name: 'x', required: true, disabled: true })], { submit: SUBMIT });
      expect(scoped.q<HTMLInputElement>('input').disabled).to.equal(true);
      expect(await submitScope(scoped)).to.equal(null);
    });

    it('stays accessible while showing a message, in light and dark', async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const form = {
          type: 'Form',
          onSubmitAction: SUBMIT,
          children: [{ type: 'Label', value: 'Email', fieldName: 'email' }, input({ required: true })],
        };
        const item = await mountWidget({ type: 'Card', children: [form] }, { colorScheme });
        item.addEventListener('ck-widget-action', (event) => {
          event.detail.result = Promise.resolve();
        });
        q<HTMLInputElement>(item, 'input').focus();
        await sendKeys({ press: 'Enter' });
        await settleWidget(item);
        expect(q(item, 'input').getAttribute('aria-invalid')).to.equal('true');
        await expect(item).to.be.accessible();
      }
    });
  });

  describe('focus and autofill', () => {
    it('autoFocus focuses it on first render; autoSelect selects its text on focus', async () => {
      const item = await mountInCard(input({ autoFocus: true, autoSelect: true, defaultValue: 'hello' }));
      const el = q<HTMLInputElement>(item, 'input');
      expect(item.shadowRoot?.activeElement).to.equal(el);
      el.blur();
      el.setSelectionRange(5, 5);
      el.focus();
      expect([el.selectionStart, el.selectionEnd]).to.deep.equal([0, 5]);
    });

    it('does not take focus or select without autoFocus/autoSelect', async () => {
      const item = await mountInCard(input({ defaultValue: 'hello' }));
      const el = q<HTMLInputElement>(item, 'input');
      expect(item.shadowRoot?.activeElement).to.equal(null);
      el.setSelectionRange(5, 5);
      el.blur();
      el.focus();
      expect(el.selectionStart).to.equal(el.selectionEnd);
    });

    it('keeps autofill extensions away unless allowAutofillExtensions', async () => {
      let el = q<HTMLInputElement>(await mountInCard(input()), 'input');
      expect(el.getAttribute('autocomplete')).to.equal('off');
      expect(el.hasAttribute('data-1p-ignore')).to.equal(true);
      expect(el.getAttribute('data-lpignore')).to.equal('true');
      el = q<HTMLInputElement>(await mountInCard(input({ allowAutofillExtensions: true })), 'input');
      expect(el.hasAttribute('autocomplete')).to.equal(false);
      expect(el.hasAttribute('data-1p-ignore')).to.equal(false);
      expect(el.hasAttribute('data-lpignore')).to.equal(false);
    });
  });

  describe('appearance', () => {
    it('takes its height and font size from the control size scale (md by default)', async () => {
      const heights: number[] = [];
      for (const size of ['3xs', 'sm', 'md', 'xl', '3xl']) {
        const el = q(await mountInCard(input({ size })), 'input');
        heights.push(el.getBoundingClientRect().height);
        expect(cssOf(el, 'min-height'), size).to.equal(resolveLength(el, `var(--ck-w-control-${size}-height)`));
      }
      for (let i = 1; i < heights.length; i += 1) expect(heights[i]).to.be.greaterThan(heights[i - 1]!);
      const plain = q(await mountInCard(input()), 'input');
      expect(plain.getBoundingClientRect().height).to.equal(heights[2]);
    });

    it('gutterSize sets the inline padding', async () => {
      const sm = q(await mountInCard(input({ gutterSize: 'sm' })), 'input');
      const xl = q(await mountInCard(input({ gutterSize: 'xl' })), 'input');
      expect(cssOf(sm, 'padding-left')).to.equal(resolveLength(sm, 'var(--ck-w-gutter-sm)'));
      expect(px(cssOf(xl, 'padding-left'))).to.be.greaterThan(px(cssOf(sm, 'padding-left')));
    });

    it('paints outline (default) with a border and no fill, soft with a fill; pill is fully round', async () => {
      const outline = q(await mountInCard(input()), 'input');
      expect(cssOf(outline, 'background-color')).to.equal('rgba(0, 0, 0, 0)');
      expect(cssOf(outline, 'border-top-color')).to.equal(
        resolveColor(outline.parentElement!, 'var(--ck-w-control-secondary-outline-border)'),
      );
      const soft = q(await mountInCard(input({ variant: 'soft' })), 'input');
      expect(cssOf(soft, 'background-color')).to.equal(resolveColor(soft.parentElement!, 'var(--ck-w-control-secondary-soft-bg)'));
      const pill = q(await mountInCard(input({ pill: true })), 'input');
      expect(px(cssOf(pill, 'border-top-left-radius'))).to.be.greaterThan(1000);
    });

    it('fills a Row next to a button', async () => {
      const item = await mountWidget({
        type: 'Card',
        children: [{ type: 'Row', gap: 2, children: [input(), { type: 'Button', label: 'Go' }] }],
      });
      const row = q(item, 'ck-widget-box');
      const field = q(item, 'ck-widget-input');
      expect(field.getBoundingClientRect().width).to.be.greaterThan(row.getBoundingClientRect().width * 0.6);
    });
  });
});

/** What a CSS length expression computes to at `where`. */
function resolveLength(where: Element, expression: string): string {
  const probe = document.createElement('span');
  probe.style.display = 'block';
  probe.style.minHeight = expression;
  where.parentElement!.appendChild(probe);
  const value = getComputedStyle(probe).minHeight;
  probe.remove();
  return value;
}
