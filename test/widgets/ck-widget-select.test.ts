import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fieldValues, mountInScope, settleRoot } from './field-helpers.js';
import { answerActions, cssOf, deferred, mountInCard, mountWidget, q, qa, resolveColor, settleWidget, widgetItem } from './helpers.js';

const OPTIONS = [
  { value: 'apple', label: 'Apple' },
  { value: 'banana', label: 'Banana', description: 'Ripe and sweet' },
  { value: 'cherry', label: 'Cherry', disabled: true },
  { value: 'date', label: 'Date' },
];
const CHANGE = { type: 'fruit.changed', payload: { source: 'select' } };
const select = (props: Record<string, unknown> = {}) => ({ type: 'Select', name: 'fruit', options: OPTIONS, ...props });

/** Picks an option as the platform does when the user chooses one: value, then `change`. */
function choose(el: HTMLSelectElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('ck-widget-select', () => {
  it('is a native <select> carrying the name, with the options in order', async () => {
    const item = await mountInCard(select({ placeholder: 'Choose a fruit' }));
    const el = q<HTMLSelectElement>(item, 'select');
    expect(el.name).to.equal('fruit');
    const options = [...el.options];
    expect(options.map((o) => o.value)).to.deep.equal(['', 'apple', 'banana', 'cherry', 'date']);
    expect(options.map((o) => o.textContent.trim())).to.deep.equal([
      'Choose a fruit',
      'Apple',
      'Banana — Ripe and sweet',
      'Cherry',
      'Date',
    ]);
    expect(options[2]?.title).to.equal('Ripe and sweet');
    expect(options.map((o) => o.disabled)).to.deep.equal([true, false, false, true, false]);
  });

  it('shows the placeholder (no value) until the user picks, or the defaultValue option', async () => {
    const scoped = await mountInScope([select({ placeholder: 'Choose a fruit' })]);
    const el = scoped.q<HTMLSelectElement>('select');
    expect(el.selectedIndex).to.equal(0);
    expect(el.selectedOptions[0]?.textContent.trim()).to.equal('Choose a fruit');
    expect(fieldValues(scoped)).to.deep.equal({ fruit: null });
    const withDefault = await mountInScope([select({ defaultValue: 'banana' })]);
    expect(withDefault.q<HTMLSelectElement>('select').value).to.equal('banana');
    expect(fieldValues(withDefault)).to.deep.equal({ fruit: 'banana' });
    const unknown = await mountInScope([select({ defaultValue: 'kiwi' })]);
    expect(fieldValues(unknown)).to.deep.equal({ fruit: null });
  });

  it('is changed from the keyboard and fires onChangeAction (binding change, no loading state)', async () => {
    const item = await mountInCard(select({ placeholder: 'Pick', onChangeAction: CHANGE, defaultValue: 'apple' }));
    const held = deferred();
    const seen = answerActions(item, () => held.promise);
    const el = q<HTMLSelectElement>(item, 'select');
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settleWidget(item);
    expect(el.value).to.equal('banana');
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.include({ type: 'fruit.changed', payload: { source: 'select' }, loadingBehavior: 'auto' });
    // `auto` on a change is no loading state: the select stays usable and not busy.
    expect(el.disabled).to.equal(false);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(q(item, '.root').getAttribute('aria-busy')).to.equal('false');
    held.resolve();
  });

  it('merges the form values (its own new value too) into the change action inside a form', async () => {
    const scoped = await mountInScope([select({ onChangeAction: CHANGE }), { type: 'Input', name: 'note', defaultValue: 'hi' }]);
    choose(scoped.q<HTMLSelectElement>('select'), 'date');
    await settleRoot(scoped.root);
    expect(scoped.received.map((r) => r.source.binding)).to.deep.equal(['change']);
    expect(scoped.received[0]?.action.payload).to.deep.equal({ source: 'select', fruit: 'date', note: 'hi' });
  });

  it('shows a self loading state when the action asks for one, and stays usable after a failure', async () => {
    const item = await mountInCard(select({ onChangeAction: { ...CHANGE, loadingBehavior: 'self' } }));
    const held = deferred();
    answerActions(item, () => held.promise);
    const el = q<HTMLSelectElement>(item, 'select');
    choose(el, 'apple');
    await settleWidget(item);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    held.reject(new Error('boom'));
    await settleWidget(item);
    await settleWidget(item);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(el.disabled).to.equal(false);
    expect(el.value).to.equal('apple');
  });

  it('clearable: a clear button while something is selected; clearing reports a change and refocuses', async () => {
    const item = await mountInCard(select({ clearable: true, onChangeAction: CHANGE, placeholder: 'Pick' }));
    const seen = answerActions(item);
    expect(qa(item, '.ck-w-field__clear')).to.have.length(0);
    const el = q<HTMLSelectElement>(item, 'select');
    choose(el, 'banana');
    await settleWidget(item);
    const clear = q<HTMLButtonElement>(item, 'button.ck-w-field__clear');
    expect(clear.type).to.equal('button');
    expect(clear.getAttribute('aria-label')).to.equal('Clear');
    await expect(item).to.be.accessible();
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await settleWidget(item);
    expect(el.value).to.equal('');
    expect(el.selectedIndex).to.equal(0);
    expect(seen.map((a) => a.type)).to.deep.equal(['fruit.changed', 'fruit.changed']);
    expect(qa(item, '.ck-w-field__clear')).to.have.length(0);
    expect(item.shadowRoot?.activeElement).to.equal(el);
  });

  it('keeps the user’s choice when the node is replaced by an equal one; a new defaultValue wins', async () => {
    const tree = (defaultValue: string) => ({ type: 'Card', children: [select({ defaultValue })] });
    const item = await mountWidget(tree('apple'));
    const el = q<HTMLSelectElement>(item, 'select');
    choose(el, 'date');
    item.item = widgetItem(tree('apple'));
    await settleWidget(item);
    expect(el.value).to.equal('date');
    item.item = widgetItem(tree('banana'));
    await settleWidget(item);
    expect(el.value).to.equal('banana');
  });

  it('is labelled by a Label widget (label[for]), else by its placeholder or name', async () => {
    const item = await mountWidget({
      type: 'Card',
      children: [{ type: 'Label', value: 'Fruit', fieldName: 'fruit' }, select()],
    });
    const el = q<HTMLSelectElement>(item, 'select');
    expect(el.labels[0]?.textContent.trim()).to.equal('Fruit');
    expect(el.hasAttribute('aria-label')).to.equal(false);
    await expect(item).to.be.accessible();
    const bare = await mountInCard(select());
    expect(q(bare, 'select').getAttribute('aria-label')).to.equal('fruit');
    await expect(bare).to.be.accessible();
  });

  describe('appearance', () => {
    it('block fills the width; otherwise it is as wide as its content', async () => {
      const item = await mountWidget({
        type: 'Card',
        children: [select({ name: 'a' }), select({ name: 'b', block: true })],
      });
      const [inline, block] = qa(item, 'ck-widget-select');
      const width = q(item, '.ck-w-card__body').getBoundingClientRect().width;
      expect(block!.getBoundingClientRect().width).to.be.closeTo(width - 2 * parseFloat(cssOf(q(item, '.ck-w-card__body'), 'padding-left')), 1);
      expect(inline!.getBoundingClientRect().width).to.be.lessThan(block!.getBoundingClientRect().width * 0.8);
    });

    it('paints each variant from the neutral control tokens', async () => {
      for (const [variant, bg] of [
        ['solid', 'solid-bg'],
        ['soft', 'soft-bg'],
        ['outline', null],
        ['ghost', null],
      ] as const) {
        const item = await mountInCard(select({ variant }));
        const el = q(item, 'select');
        const expected = bg ? resolveColor(el.parentElement!, `var(--ck-w-control-secondary-${bg})`) : 'rgba(0, 0, 0, 0)';
        expect(cssOf(el, 'background-color'), variant).to.equal(expected);
        const border = variant === 'outline' ? resolveColor(el.parentElement!, 'var(--ck-w-control-secondary-outline-border)') : 'rgba(0, 0, 0, 0)';
        expect(cssOf(el, 'border-top-color'), variant).to.equal(border);
      }
    });

    it('sizes from the control scale, pill is fully round, and is readable in light and dark', async () => {
      const sm = q(await mountInCard(select({ size: 'sm' })), 'select').getBoundingClientRect().height;
      const xl = q(await mountInCard(select({ size: 'xl' })), 'select').getBoundingClientRect().height;
      expect(sm).to.equal(32);
      expect(xl).to.equal(44);
      expect(parseFloat(cssOf(q(await mountInCard(select({ pill: true })), 'select'), 'border-top-left-radius'))).to.be.greaterThan(1000);
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const variant of ['solid', 'soft', 'outline', 'ghost']) {
          const item = await mountInCard(select({ variant, defaultValue: 'apple', clearable: true }), { colorScheme });
          await expect(item, `${variant} ${colorScheme}`).to.be.accessible();
        }
      }
    });

    it('disabled: the native select is disabled and offers no clear button', async () => {
      const item = await mountInCard(select({ disabled: true, clearable: true, defaultValue: 'apple' }));
      expect(q<HTMLSelectElement>(item, 'select').disabled).to.equal(true);
      expect(qa(item, '.ck-w-field__clear')).to.have.length(0);
    });
  });
});
