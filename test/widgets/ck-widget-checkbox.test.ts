import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MESSAGE_REQUIRED_CHECK } from '../../src/widgets/field-base.js';
import { FormInvalidError } from '../../src/widgets/form-scope.js';
import { fieldValues, mountInScope, settleRoot, submitScope } from './field-helpers.js';
import { answerActions, mountInCard, mountWidget, q, settleWidget, widgetItem } from './helpers.js';

const CHANGE = { type: 'news.toggled', payload: { list: 'weekly' } };
const checkbox = (props: Record<string, unknown> = {}) => ({ type: 'Checkbox', name: 'news', label: 'Send me the newsletter', ...props });

describe('ck-widget-checkbox', () => {
  it('is a native checkbox carrying the name, inside a label with its text', async () => {
    const item = await mountInCard(checkbox());
    const el = q<HTMLInputElement>(item, 'input');
    expect(el.type).to.equal('checkbox');
    expect(el.name).to.equal('news');
    expect(el.checked).to.equal(false);
    expect(el.labels?.[0]?.textContent.trim()).to.equal('Send me the newsletter');
    expect(el.hasAttribute('aria-label')).to.equal(false);
    await expect(item).to.be.accessible();
  });

  it('reports a boolean: defaultChecked, then what the user toggles (click on the label, Space)', async () => {
    const scoped = await mountInScope([checkbox({ defaultChecked: true })]);
    expect(fieldValues(scoped)).to.deep.equal({ news: true });
    scoped.q('.ck-w-checkbox__label').click();
    expect(fieldValues(scoped)).to.deep.equal({ news: false });
    scoped.q<HTMLInputElement>('input').focus();
    await sendKeys({ press: 'Space' });
    expect(fieldValues(scoped)).to.deep.equal({ news: true });
  });

  it('fires onChangeAction on every toggle, with the form values', async () => {
    const scoped = await mountInScope([checkbox({ onChangeAction: CHANGE })]);
    const el = scoped.q<HTMLInputElement>('input');
    el.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await settleRoot(scoped.root);
    expect(scoped.received.map((r) => [r.source.binding, r.action.payload])).to.deep.equal([
      ['change', { list: 'weekly', news: true }],
      ['change', { list: 'weekly', news: false }],
    ]);
  });

  it('required: blocks a submission while unchecked, with a linked message that goes once checked', async () => {
    const scoped = await mountInScope([checkbox({ name: 'terms', label: 'I accept the terms', required: true })], {
      submit: { type: 'go' },
    });
    const el = scoped.q<HTMLInputElement>('input');
    expect(el.getAttribute('aria-required')).to.equal('true');
    expect(await submitScope(scoped)).to.be.instanceOf(FormInvalidError);
    expect(el.getAttribute('aria-invalid')).to.equal('true');
    expect(scoped.q(`#${el.getAttribute('aria-describedby') ?? ''}`).textContent.trim()).to.equal(MESSAGE_REQUIRED_CHECK);
    expect(scoped.root.activeElement).to.equal(el);
    await sendKeys({ press: 'Space' });
    await settleRoot(scoped.root);
    expect(el.hasAttribute('aria-invalid')).to.equal(false);
    expect(scoped.root.querySelector('.ck-w-field__message')).to.equal(null);
    expect(await submitScope(scoped)).to.equal(null);
    expect(scoped.received[0]?.action.payload).to.deep.equal({ terms: true });
  });

  it('without a label of its own, is named by a Label widget, else by its name', async () => {
    const item = await mountWidget({
      type: 'Card',
      children: [{ type: 'Label', value: 'Subscribe', fieldName: 'news' }, checkbox({ label: undefined })],
    });
    const el = q<HTMLInputElement>(item, 'input');
    expect([...(el.labels ?? [])].map((l) => l.textContent.trim())).to.deep.equal(['Subscribe']);
    expect(el.hasAttribute('aria-label')).to.equal(false);
    await expect(item).to.be.accessible();
    const bare = await mountInCard(checkbox({ label: undefined, name: 'opt_in' }));
    expect(q(bare, 'input').getAttribute('aria-label')).to.equal('opt in');
    await expect(bare).to.be.accessible();
  });

  it('keeps the user’s choice when the node is replaced by an equal one', async () => {
    const tree = () => ({ type: 'Card', children: [checkbox({ defaultChecked: false })] });
    const item = await mountWidget(tree());
    answerActions(item);
    const el = q<HTMLInputElement>(item, 'input');
    el.click();
    item.item = widgetItem(tree());
    await settleWidget(item);
    expect(el.checked).to.equal(true);
    item.item = widgetItem({ type: 'Card', children: [checkbox({ defaultChecked: true })] });
    await settleWidget(item);
    expect(el.checked).to.equal(true);
  });

  it('disabled: cannot be toggled and does not block a submission', async () => {
    const scoped = await mountInScope([checkbox({ disabled: true, required: true })], { submit: { type: 'go' } });
    const el = scoped.q<HTMLInputElement>('input');
    expect(el.disabled).to.equal(true);
    scoped.q('.ck-w-checkbox__label').click();
    expect(el.checked).to.equal(false);
    expect(await submitScope(scoped)).to.equal(null);
  });

  it('is accessible in light and dark, also showing its message', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const item = await mountWidget(
        { type: 'Card', asForm: true, confirm: { label: 'OK', action: { type: 'ok' } }, children: [checkbox({ required: true })] },
        { colorScheme },
      );
      answerActions(item);
      q<HTMLButtonElement>(item, '.ck-w-card__action').click();
      await settleWidget(item);
      await expect(item, colorScheme).to.be.accessible();
    }
  });
});
