import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MESSAGE_PATTERN, MESSAGE_REQUIRED } from '../../src/widgets/field-base.js';
import { FormInvalidError } from '../../src/widgets/form-scope.js';
import { fieldValues, mountInScope, retype, settleRoot, submitScope } from './field-helpers.js';
import { cssOf, mountInCard, mountWidget, q, qa, settleWidget, widgetItem } from './helpers.js';

const text = (editable: Record<string, unknown> | false | undefined, props: Record<string, unknown> = {}) => ({
  type: 'Text',
  value: 'Buy milk',
  ...(editable === undefined ? {} : { editable }),
  ...props,
});

describe('editable Text', () => {
  it('a Text that is not editable stays plain text', async () => {
    for (const editable of [undefined, false] as const) {
      const item = await mountInCard(text(editable));
      expect(qa(item, 'ck-widget-text input')).to.have.length(0);
      expect(q(item, 'ck-widget-text').textContent).to.equal('Buy milk');
    }
  });

  it('renders its value in an <input> named editable.name, in the look of the text', async () => {
    const item = await mountWidget({
      type: 'Card',
      children: [text({ name: 'todo.title' }, { size: 'lg', weight: 'bold', color: 'danger' }), { type: 'Text', value: 'Buy milk', size: 'lg', weight: 'bold', color: 'danger' }],
    });
    const [editable, plain] = qa(item, 'ck-widget-text');
    const input = editable!.querySelector('input')!;
    expect(input.name).to.equal('todo.title');
    expect(input.value).to.equal('Buy milk');
    for (const property of ['font-size', 'font-weight', 'color', 'font-family']) {
      expect(cssOf(input, property), property).to.equal(cssOf(plain!, property));
    }
    expect(cssOf(input, 'background-color')).to.equal('rgba(0, 0, 0, 0)');
  });

  it('joins the form: reports the typed text (null when empty) under editable.name', async () => {
    const scoped = await mountInScope([text({ name: 'todo.title' })], { submit: { type: 'save', payload: { id: 3 } } });
    expect(fieldValues(scoped)).to.deep.equal({ 'todo.title': 'Buy milk' });
    const input = scoped.q<HTMLInputElement>('input');
    await retype(input, 'Buy oat milk');
    await sendKeys({ press: 'Enter' });
    await settleRoot(scoped.root);
    expect(scoped.received.map((r) => [r.source.binding, r.action.payload])).to.deep.equal([
      ['submit', { id: 3, todo: { title: 'Buy oat milk' } }],
    ]);
    await retype(input, '');
    expect(fieldValues(scoped)).to.deep.equal({ 'todo.title': null });
  });

  it('checks required and pattern, with a linked message', async () => {
    const node = text({ name: 'code', required: true, pattern: '[A-Z]{3}' }, { value: '' });
    const scoped = await mountInScope([node], { submit: { type: 'save' } });
    const input = scoped.q<HTMLInputElement>('input');
    expect(input.getAttribute('aria-required')).to.equal('true');
    expect(await submitScope(scoped)).to.be.instanceOf(FormInvalidError);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(scoped.q(`#${input.getAttribute('aria-describedby') ?? ''}`).textContent.trim()).to.equal(MESSAGE_REQUIRED);
    await retype(input, 'abc');
    expect(await submitScope(scoped)).to.be.instanceOf(FormInvalidError);
    expect(scoped.q('.ck-w-field__message').textContent.trim()).to.equal(MESSAGE_PATTERN);
    await retype(input, 'ABC');
    await settleRoot(scoped.root);
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(await submitScope(scoped)).to.equal(null);
  });

  it('placeholder, autoComplete, autoFocus and autoSelect', async () => {
    const item = await mountInCard(
      text({ name: 't', placeholder: 'Title', autoComplete: 'nickname', autoFocus: true, autoSelect: true }),
    );
    const input = q<HTMLInputElement>(item, 'input');
    expect(input.placeholder).to.equal('Title');
    expect(input.getAttribute('autocomplete')).to.equal('nickname');
    expect(input.getAttribute('aria-label')).to.equal('Title');
    expect(item.shadowRoot?.activeElement).to.equal(input);
    input.blur();
    input.setSelectionRange(0, 0);
    input.focus();
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, 'Buy milk'.length]);
    const plain = q<HTMLInputElement>(await mountInCard(text({ name: 't' })), 'input');
    expect(plain.getAttribute('autocomplete')).to.equal('off');
    expect(plain.hasAttribute('data-1p-ignore')).to.equal(true);
  });

  it('keeps what the user typed when the node is replaced by an equal one; a new value wins', async () => {
    const tree = (value: string) => ({ type: 'Card', children: [text({ name: 't' }, { value })] });
    const item = await mountWidget(tree('Draft'));
    const input = q<HTMLInputElement>(item, 'input');
    await retype(input, 'Mine');
    item.item = widgetItem(tree('Draft'));
    await settleWidget(item);
    expect(input.value).to.equal('Mine');
    item.item = widgetItem(tree('Server'));
    await settleWidget(item);
    expect(input.value).to.equal('Server');
  });

  it('is labelled by a Label widget and accessible in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const item = await mountWidget(
        { type: 'Card', children: [{ type: 'Label', value: 'Title', fieldName: 't' }, text({ name: 't' })] },
        { colorScheme },
      );
      const input = q<HTMLInputElement>(item, 'input');
      expect(input.labels?.[0]?.textContent.trim()).to.equal('Title');
      await expect(item, colorScheme).to.be.accessible();
    }
  });
});
