import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ck-composer-input.js';
import { CONTENT_MIME, type CkComposerInput } from '../../src/elements/ck-composer-input.js';
import type { Entity, UserMessageContent } from '../../src/schemas/index.js';

const PEOPLE: Entity[] = [
  { id: 'u1', title: 'Ada Lovelace', group: 'People', data: { role: 'eng' }, interactive: true },
  { id: 'a1', title: 'Adding tags', group: 'Articles' },
  { id: 'u2', title: 'Adam Smith', group: 'People' },
];

interface Call {
  query: string;
  signal: AbortSignal;
  resolve: (entities: Entity[]) => void;
}

/** A search whose replies the test releases by hand. */
function manualSearch(): { calls: Call[]; search: (q: string, s: AbortSignal) => Promise<Entity[]> } {
  const calls: Call[] = [];
  return {
    calls,
    search: (query, signal) =>
      new Promise<Entity[]>((resolve) => {
        calls.push({ query, signal, resolve });
      }),
  };
}

function editorOf(el: CkComposerInput): HTMLElement {
  return el.shadowRoot!.querySelector('.editor') as HTMLElement;
}
function listbox(el: CkComposerInput): HTMLElement | null {
  return el.shadowRoot!.querySelector('[role="listbox"]');
}
function optionTexts(el: CkComposerInput): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent.trim());
}

async function setup(search: ((q: string, s: AbortSignal) => Promise<Entity[]>) | null = null): Promise<CkComposerInput> {
  const el = await fixture<CkComposerInput>(
    html`<ck-composer-input placeholder="Ask anything" .searchEntities=${search}></ck-composer-input>`,
  );
  el.focus();
  await el.updateComplete;
  editorOf(el).focus();
  return el;
}

describe('ck-composer-input', () => {
  it('is a labelled multi-line textbox with a placeholder', async () => {
    const el = await setup();
    const editor = editorOf(el);
    expect(editor.getAttribute('role')).to.equal('textbox');
    expect(editor.getAttribute('aria-multiline')).to.equal('true');
    expect(editor.getAttribute('aria-label')).to.equal('Message');
    expect(editor.getAttribute('data-placeholder')).to.equal('Ask anything');
    expect(editor.hasAttribute('data-empty')).to.equal(true);
    expect(el.value).to.deep.equal([]);
  });

  it('runs the keyboard-only mention flow: debounced search, groups, choice becomes a tag', async () => {
    const { calls, search } = manualSearch();
    const el = await setup(search);
    await sendKeys({ type: 'Hi @ad' });
    await el.updateComplete;
    expect(listbox(el), 'menu opens on @').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Searching');
    await waitUntil(() => calls.length > 0);
    // Debounced: the whole burst of keystrokes asks once, with the final query.
    expect(calls.map((c) => c.query)).to.deep.equal(['ad']);
    calls[0]!.resolve(PEOPLE);
    await waitUntil(() => optionTexts(el).length === 3);
    // Grouped in first-appearance order: People (Ada, Adam) then Articles.
    expect(optionTexts(el)).to.deep.equal(['Ada Lovelace', 'Adam Smith', 'Adding tags']);
    const headings = [...el.shadowRoot!.querySelectorAll('ck-tag-menu .heading')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['People', 'Articles']);
    const editor = editorOf(el);
    expect(editor.getAttribute('aria-controls')).to.equal(listbox(el)!.id);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const activeId = editor.getAttribute('aria-activedescendant')!;
    const active = el.shadowRoot!.getElementById(activeId)!;
    expect(active.textContent.trim()).to.equal('Adam Smith');
    expect(active.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listbox(el), 'menu closes after choosing').to.equal(null);
    expect(editor.hasAttribute('aria-controls')).to.equal(false);
    await sendKeys({ type: 'hello' });
    expect(el.value).to.deep.equal([
      { type: 'input_text', text: 'Hi ' },
      { type: 'input_tag', id: 'u1', text: 'Ada Lovelace', group: 'People', data: { role: 'eng' }, interactive: true },
      { type: 'input_text', text: ' hello' },
    ]);
    const tag = editor.querySelector('[data-tag-id="u1"]')!;
    expect(tag.getAttribute('contenteditable')).to.equal('false');
    expect(tag.textContent).to.equal('@Ada Lovelace');
  });

  it('aborts a stale search and ignores its late reply', async () => {
    const { calls, search } = manualSearch();
    const el = await setup(search);
    await sendKeys({ type: '@a' });
    await waitUntil(() => calls.length === 1);
    await sendKeys({ type: 'x' });
    await waitUntil(() => calls.length === 2);
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(calls[1]!.query).to.equal('ax');
    calls[0]!.resolve(PEOPLE);
    calls[1]!.resolve([]);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')?.textContent.includes('No matches'));
    expect(optionTexts(el)).to.deep.equal([]);
  });

  it('Tab chooses, Escape closes and keeps the typed @query as text', async () => {
    const el = await setup(() => Promise.resolve([PEOPLE[1]!]));
    await sendKeys({ type: '@add' });
    await waitUntil(() => optionTexts(el).length === 1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(listbox(el)).to.equal(null);
    expect(el.value).to.deep.equal([{ type: 'input_text', text: '@add' }]);
    await sendKeys({ type: ' @ad' });
    // The search for the full query has answered (not a previous keystroke's, still shown while busy).
    await waitUntil(() => optionTexts(el).length === 1 && listbox(el)?.getAttribute('aria-busy') === 'false');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.deep.equal([
      { type: 'input_text', text: '@add ' },
      { type: 'input_tag', id: 'a1', text: 'Adding tags', group: 'Articles', data: {}, interactive: false },
      { type: 'input_text', text: ' ' },
    ]);
  });

  it('a mouse click on an option chooses it', async () => {
    const el = await setup(() => Promise.resolve(PEOPLE));
    await sendKeys({ type: '@' });
    await waitUntil(() => optionTexts(el).length === 3);
    (el.shadowRoot!.querySelectorAll('[role="option"]')[2] as HTMLElement).click();
    expect(el.value.map((p) => (p.type === 'input_tag' ? p.id : p.text))).to.deep.equal(['a1', ' ']);
  });

  it('openMention inserts @ and opens the search', async () => {
    const { calls, search } = manualSearch();
    const el = await setup(search);
    el.text = 'Ask';
    el.openMention();
    await el.updateComplete;
    expect(el.text).to.equal('Ask @');
    expect(listbox(el)).to.not.equal(null);
    await waitUntil(() => calls.length === 1);
    expect(calls[0]!.query).to.equal('');
  });

  it('is accessible with the menu open', async () => {
    const el = await setup(() => Promise.resolve(PEOPLE));
    await sendKeys({ type: '@a' });
    await waitUntil(() => optionTexts(el).length === 3);
    await expect(el).to.be.accessible();
  });

  it('Backspace right after a tag removes the whole tag', async () => {
    const el = await setup();
    el.value = [{ type: 'input_text', text: 'Hi ' }, { type: 'input_tag', id: 'u1', text: 'Ada', data: {}, interactive: false }];
    const editor = editorOf(el);
    editor.focus();
    const sel = (el.shadowRoot as unknown as { getSelection(): Selection }).getSelection();
    sel.collapse(editor, editor.childNodes.length);
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    await sendKeys({ press: 'Backspace' });
    expect(el.value).to.deep.equal([{ type: 'input_text', text: 'Hi ' }]);
    expect(editor.querySelector('[data-tag-id]')).to.equal(null);
    expect(inputs).to.equal(1);
  });

  it('Enter submits the value; Shift+Enter inserts a newline', async () => {
    const el = await setup();
    const submitted: UserMessageContent[][] = [];
    el.addEventListener('ck-input-submit', (e) => submitted.push((e as CustomEvent<{ content: UserMessageContent[] }>).detail.content));
    await sendKeys({ type: 'one' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'two' });
    expect(submitted).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.deep.equal([[{ type: 'input_text', text: 'one\ntwo' }]]);
  });

  it('setting value renders text nodes and atomic tags', async () => {
    const el = await setup();
    const value: UserMessageContent[] = [
      { type: 'input_text', text: '<b>not html</b> ' },
      { type: 'input_tag', id: 'x', text: 'X', group: 'G', data: { a: 1 }, interactive: true },
    ];
    el.value = value;
    const editor = editorOf(el);
    expect(editor.querySelector('b')).to.equal(null);
    expect(editor.firstChild!.textContent).to.equal('<b>not html</b> ');
    const tag = editor.querySelector('[data-tag-id="x"]')!;
    expect(tag.textContent).to.equal('@X');
    expect(el.value).to.deep.equal(value);
    expect(el.text).to.equal('<b>not html</b> @X');
    expect(editor.hasAttribute('data-empty')).to.equal(false);
  });

  it('pastes plain text only, never HTML', async () => {
    const el = await setup();
    const data = new DataTransfer();
    data.setData('text/html', '<img src=x onerror=alert(1)><b>bold</b>');
    data.setData('text/plain', 'bold');
    editorOf(el).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    expect(el.value).to.deep.equal([{ type: 'input_text', text: 'bold' }]);
    expect(editorOf(el).querySelector('img, b')).to.equal(null);
  });

  it('copy puts text/plain and chatkit content on the clipboard; pasting it restores tags', async () => {
    const el = await setup();
    const value: UserMessageContent[] = [
      { type: 'input_text', text: 'See ' },
      { type: 'input_tag', id: 'u1', text: 'Ada', group: 'People', data: { k: 'v' }, interactive: true },
      { type: 'input_text', text: ' now' },
    ];
    el.value = value;
    const editor = editorOf(el);
    const sel = (el.shadowRoot as unknown as { getSelection(): Selection }).getSelection();
    sel.selectAllChildren(editor);
    const data = new DataTransfer();
    editor.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    expect(data.getData('text/plain')).to.equal('See @Ada now');
    expect(JSON.parse(data.getData(CONTENT_MIME))).to.deep.equal(value);

    el.value = [];
    sel.collapse(editor, 0);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    expect(el.value).to.deep.equal(value);
    expect(editor.querySelector('[data-tag-id="u1"]')!.getAttribute('contenteditable')).to.equal('false');
  });
});

describe('ck-composer-input navigation and previews', () => {
  it('Home/End move within the menu and ArrowLeft steps over a tag', async () => {
    const el = await setup(() => Promise.resolve(PEOPLE));
    await sendKeys({ type: '@' });
    await waitUntil(() => optionTexts(el).length === 3);
    const editor = editorOf(el);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById(editor.getAttribute('aria-activedescendant')!)!.textContent.trim()).to.equal('Adding tags');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    // Caret is after "@Ada Lovelace" + space; step left over the space, then over the tag.
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: 'x' });
    expect(el.value.map((p) => (p.type === 'input_tag' ? `#${p.id}` : p.text))).to.deep.equal(['x', '#u1', ' ']);
  });

  it('shows a preview card for an interactive tag on focus', async () => {
    const el = await setup();
    const asked: string[] = [];
    el.requestPreview = (entity) => {
      asked.push(entity.id);
      return Promise.resolve({ preview: { type: 'Basic', children: [{ type: 'Text', value: 'Preview of Ada' }] } as never });
    };
    // Previews (and mentions) are a lazy chunk, in long before anyone hovers a tag.
    await el.updateComplete;
    el.value = [{ type: 'input_tag', id: 'u1', text: 'Ada', data: {}, interactive: true }];
    const tag = editorOf(el).querySelector<HTMLElement>('[data-tag-id="u1"]')!;
    tag.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('.preview ck-widget-item'));
    expect(asked).to.deep.equal(['u1']);
    const item = el.shadowRoot!.querySelector('.preview ck-widget-item') as HTMLElement & { item: { widget: unknown } };
    expect(item.item.widget).to.deep.include({ type: 'Basic' });
    tag.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.preview')).to.equal(null);
  });
});
