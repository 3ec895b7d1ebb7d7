import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MESSAGE_REQUIRED_CHOICE } from '../../src/widgets/field-base.js';
import { FormInvalidError } from '../../src/widgets/form-scope.js';
import { fieldValues, mountInScope, settleRoot, submitScope } from './field-helpers.js';
import { mountInCard, mountWidget, q, qa, settleWidget, widgetItem } from './helpers.js';

const OPTIONS = [
  { value: 'std', label: 'Standard' },
  { value: 'exp', label: 'Express' },
  { value: 'drone', label: 'Drone', disabled: true },
  { value: 'pickup', label: 'Pick up' },
];
const CHANGE = { type: 'delivery.changed' };
const group = (props: Record<string, unknown> = {}) => ({ type: 'RadioGroup', name: 'delivery', options: OPTIONS, ...props });

describe('ck-widget-radio-group', () => {
  it('is a radiogroup fieldset of native radios sharing the name, each in its own label', async () => {
    const item = await mountInCard(group({ ariaLabel: 'Delivery speed' }));
    const fieldset = q(item, 'fieldset');
    expect(fieldset.getAttribute('role')).to.equal('radiogroup');
    expect(fieldset.getAttribute('aria-label')).to.equal('Delivery speed');
    const radios = qa<HTMLInputElement>(item, 'input');
    expect(radios.map((r) => [r.type, r.name, r.value, r.labels?.[0]?.textContent.trim(), r.disabled])).to.deep.equal([
      ['radio', 'delivery', 'std', 'Standard', false],
      ['radio', 'delivery', 'exp', 'Express', false],
      ['radio', 'delivery', 'drone', 'Drone', true],
      ['radio', 'delivery', 'pickup', 'Pick up', false],
    ]);
    await expect(item).to.be.accessible();
  });

  it('without ariaLabel is named by a Label widget (aria-labelledby), else by its name', async () => {
    const item = await mountWidget({
      type: 'Card',
      children: [{ type: 'Label', value: 'How should we ship it?', fieldName: 'delivery' }, group()],
    });
    const fieldset = q(item, 'fieldset');
    expect(fieldset.hasAttribute('aria-label')).to.equal(false);
    const label = q(item, `#${fieldset.getAttribute('aria-labelledby') ?? ''}`);
    expect(label.textContent.trim()).to.equal('How should we ship it?');
    await expect(item).to.be.accessible();
    // Clicking the Label moves focus into the group (a fieldset cannot take label focus).
    label.click();
    expect(item.shadowRoot?.activeElement).to.equal(qa(item, 'input')[0]);

    const bare = await mountInCard(group({ name: 'ship.speed' }));
    expect(q(bare, 'fieldset').getAttribute('aria-label')).to.equal('ship speed');
  });

  it('reports the checked value (defaultValue first), null when none', async () => {
    const scoped = await mountInScope([group(), group({ name: 'other', defaultValue: 'exp' })]);
    expect(fieldValues(scoped)).to.deep.equal({ delivery: null, other: 'exp' });
  });

  it('moves the choice with the arrow keys, skipping disabled options, firing onChangeAction each time', async () => {
    const scoped = await mountInScope([group({ defaultValue: 'exp', onChangeAction: CHANGE })]);
    const radios = [...scoped.root.querySelectorAll<HTMLInputElement>('input')];
    radios[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settleRoot(scoped.root);
    expect(fieldValues(scoped)).to.deep.equal({ delivery: 'pickup' });
    await sendKeys({ press: 'ArrowLeft' });
    await settleRoot(scoped.root);
    expect(fieldValues(scoped)).to.deep.equal({ delivery: 'exp' });
    expect(scoped.received.map((r) => [r.source.binding, r.action.type, r.action.payload])).to.deep.equal([
      ['change', 'delivery.changed', { delivery: 'pickup' }],
      ['change', 'delivery.changed', { delivery: 'exp' }],
    ]);
  });

  it('required: blocks a submission with no choice, focusing the first radio, until one is made', async () => {
    const scoped = await mountInScope([group({ required: true })], { submit: { type: 'ship' } });
    const fieldset = scoped.q('fieldset');
    expect(fieldset.getAttribute('aria-required')).to.equal('true');
    expect(await submitScope(scoped)).to.be.instanceOf(FormInvalidError);
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect(scoped.q(`#${fieldset.getAttribute('aria-describedby') ?? ''}`).textContent.trim()).to.equal(MESSAGE_REQUIRED_CHOICE);
    const first = scoped.q<HTMLInputElement>('input[value="std"]');
    expect(scoped.root.activeElement).to.equal(first);
    await sendKeys({ press: 'Space' });
    await settleRoot(scoped.root);
    expect(fieldset.hasAttribute('aria-invalid')).to.equal(false);
    expect(await submitScope(scoped)).to.equal(null);
    expect(scoped.received[0]?.action.payload).to.deep.equal({ delivery: 'std' });
  });

  it('lays options out in a row by default, in a column with direction col', async () => {
    const tops = async (direction?: string) => {
      const item = await mountInCard(group(direction ? { direction } : {}));
      return qa(item, '.ck-w-radio').map((el) => Math.round(el.getBoundingClientRect().top));
    };
    const row = await tops();
    expect(new Set(row).size).to.equal(1);
    const col = await tops('col');
    for (let i = 1; i < col.length; i += 1) expect(col[i]).to.be.greaterThan(col[i - 1]!);
  });

  it('disabled disables every radio', async () => {
    const item = await mountInCard(group({ disabled: true, defaultValue: 'std' }));
    for (const radio of qa<HTMLInputElement>(item, 'input')) expect(radio.matches(':disabled')).to.equal(true);
  });

  it('keeps the user’s choice when the node is replaced by an equal one; a new defaultValue wins', async () => {
    const tree = (defaultValue: string) => ({ type: 'Card', children: [group({ defaultValue })] });
    const item = await mountWidget(tree('std'));
    q<HTMLInputElement>(item, 'input[value="pickup"]').click();
    item.item = widgetItem(tree('std'));
    await settleWidget(item);
    expect(q<HTMLInputElement>(item, 'input:checked').value).to.equal('pickup');
    item.item = widgetItem(tree('exp'));
    await settleWidget(item);
    expect(q<HTMLInputElement>(item, 'input:checked').value).to.equal('exp');
  });

  it('is accessible in dark too', async () => {
    const item = await mountInCard(group({ ariaLabel: 'Delivery', defaultValue: 'std' }), { colorScheme: 'dark' });
    await expect(item).to.be.accessible();
  });
});
