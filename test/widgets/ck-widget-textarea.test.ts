import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MESSAGE_PATTERN, MESSAGE_REQUIRED } from '../../src/widgets/field-base.js';
import { FormInvalidError } from '../../src/widgets/form-scope.js';
import { fieldValues, mountInScope, retype, submitScope } from './field-helpers.js';
import { cssOf, mountInCard, mountWidget, q, settleWidget, widgetItem } from './helpers.js';

const SUBMIT = { type: 'form.submit' };
const textarea = (props: Record<string, unknown> = {}) => ({ type: 'Textarea', name: 'note', ...props });
const px = (value: string): number => parseFloat(value);

describe('ck-widget-textarea', () => {
  it('is a native <textarea> carrying the name, 3 rows by default, `rows` otherwise', async () => {
    let el = q<HTMLTextAreaElement>(await mountInCard(textarea({ placeholder: 'Anything else?' })), 'textarea');
    expect(el.name).to.equal('note');
    expect(el.rows).to.equal(3);
    expect(el.placeholder).to.equal('Anything else?');
    const three = el.getBoundingClientRect().height;
    el = q<HTMLTextAreaElement>(await mountInCard(textarea({ rows: 6 })), 'textarea');
    expect(el.rows).to.equal(6);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(three * 1.6);
  });

  it('is labelled by a Label widget, else by its placeholder', async () => {
    const item = await mountWidget({
      type: 'Card',
      children: [{ type: 'Label', value: 'Notes', fieldName: 'note' }, textarea()],
    });
    const el = q<HTMLTextAreaElement>(item, 'textarea');
    expect(el.labels[0]?.textContent.trim()).to.equal('Notes');
    expect(el.hasAttribute('aria-label')).to.equal(false);
    await expect(item).to.be.accessible();
    const bare = await mountInCard(textarea({ placeholder: 'Anything else?' }));
    expect(q(bare, 'textarea').getAttribute('aria-label')).to.equal('Anything else?');
    await expect(bare).to.be.accessible();
  });

  it('reports several typed lines as one string; Enter is a line break, not a submission', async () => {
    const scoped = await mountInScope([textarea()], { submit: SUBMIT });
    expect(fieldValues(scoped)).to.deep.equal({ note: null });
    scoped.q<HTMLTextAreaElement>('textarea').focus();
    await sendKeys({ type: 'one' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'two' });
    expect(scoped.received).to.deep.equal([]);
    expect(fieldValues(scoped)).to.deep.equal({ note: 'one\ntwo' });
  });

  it('checks required and pattern on submit, with a linked message that goes once fixed', async () => {
    const node = textarea({ required: true, pattern: '[a-z ]+' });
    const scoped = await mountInScope([node], { submit: SUBMIT });
    const el = scoped.q<HTMLTextAreaElement>('textarea');
    expect(await submitScope(scoped)).to.be.instanceOf(FormInvalidError);
    expect(el.getAttribute('aria-invalid')).to.equal('true');
    expect(scoped.q(`#${el.getAttribute('aria-describedby') ?? ''}`).textContent.trim()).to.equal(MESSAGE_REQUIRED);
    await retype(el, 'Nope');
    expect(await submitScope(scoped)).to.be.instanceOf(FormInvalidError);
    expect(scoped.q('.ck-w-field__message').textContent.trim()).to.equal(MESSAGE_PATTERN);
    await retype(el, 'fine words');
    await scoped.rerender([node]);
    expect(el.hasAttribute('aria-invalid')).to.equal(false);
    expect(await submitScope(scoped)).to.equal(null);
    expect(scoped.received[0]?.action.payload).to.deep.equal({ note: 'fine words' });
  });

  it('autoResize grows with the content up to maxRows, then scrolls', async () => {
    const item = await mountInCard(textarea({ rows: 2, autoResize: true, maxRows: 4 }));
    const el = q<HTMLTextAreaElement>(item, 'textarea');
    expect(cssOf(el, 'resize')).to.equal('none');
    const start = el.getBoundingClientRect().height;
    el.focus();
    await sendKeys({ type: 'a' });
    expect(el.getBoundingClientRect().height).to.equal(start);
    for (const line of ['b', 'c']) {
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: line });
    }
    const three = el.getBoundingClientRect().height;
    expect(three).to.be.greaterThan(start);
    expect(el.scrollHeight).to.be.at.most(el.clientHeight);
    for (const line of ['d', 'e', 'f', 'g']) {
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: line });
    }
    const capped = el.getBoundingClientRect().height;
    const lineHeight = px(cssOf(el, 'line-height'));
    expect(capped).to.be.closeTo(three + lineHeight, 1.5);
    expect(cssOf(el, 'overflow-y')).to.equal('auto');
    expect(el.scrollHeight).to.be.greaterThan(el.clientHeight);
  });

  it('without autoResize keeps its height and lets the user resize it vertically', async () => {
    const el = q<HTMLTextAreaElement>(await mountInCard(textarea({ rows: 2 })), 'textarea');
    const start = el.getBoundingClientRect().height;
    el.focus();
    await sendKeys({ type: 'a\nb\nc\nd' });
    expect(el.getBoundingClientRect().height).to.equal(start);
    expect(cssOf(el, 'resize')).to.equal('vertical');
  });

  it('keeps what the user typed when the node is replaced by an equal one', async () => {
    const tree = () => ({ type: 'Card', children: [textarea({ defaultValue: 'draft' })] });
    const item = await mountWidget(tree());
    const el = q<HTMLTextAreaElement>(item, 'textarea');
    await retype(el, 'my words');
    item.item = widgetItem(tree());
    await settleWidget(item);
    expect(q<HTMLTextAreaElement>(item, 'textarea').value).to.equal('my words');
  });

  it('autoFocus and autoSelect', async () => {
    const item = await mountInCard(textarea({ autoFocus: true, autoSelect: true, defaultValue: 'hello' }));
    const el = q<HTMLTextAreaElement>(item, 'textarea');
    expect(item.shadowRoot?.activeElement).to.equal(el);
    el.blur();
    el.setSelectionRange(2, 2);
    el.focus();
    expect([el.selectionStart, el.selectionEnd]).to.deep.equal([0, 5]);
  });
});
