/**
 * Streaming widget updates (protocol §2.2, §4.6) through `<chat-kit>` and a hand-driven SSE
 * stream: each patch shows, and what the user is doing in a form field — focus, typed text, the
 * very element — survives patches of other nodes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatKit } from '../../src/index.js';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import '../../src/widgets/ck-widget-input.js';
import '../../src/widgets/ck-widget-label.js';
import '../../src/widgets/ck-widget-select.js';
import { fakeFetch, type FakeStreamHandle } from '../helpers/fake-fetch.js';
import { deepQueryAll, mountChat, settle } from '../helpers/mount.js';

const THREAD = 'thr_stream';
const ITEM = 'msg_widget';

/** The widget tree, built fresh each time (as a new `widget.root.updated` payload would be). */
function tree(options: { title?: string; summary?: string; streaming?: boolean; status?: string } = {}): Record<string, unknown> {
  return {
    type: 'Card',
    children: [
      { type: 'Title', id: 'title', value: options.title ?? 'Draft order' },
      { type: 'Markdown', id: 'summary', value: options.summary ?? '', streaming: options.streaming ?? true },
      { type: 'Text', id: 'status', value: options.status ?? 'Waiting for prices' },
      {
        type: 'Form',
        onSubmitAction: { type: 'order.submit' },
        children: [
          { type: 'Label', value: 'City', fieldName: 'city' },
          { type: 'Input', name: 'city', placeholder: 'Where to?' },
          { type: 'Select', name: 'size', options: [{ value: 's', label: 'Small' }, { value: 'l', label: 'Large' }], defaultValue: 's' },
        ],
      },
    ],
  };
}

function push(stream: FakeStreamHandle, event: Record<string, unknown>): void {
  stream.push(`data: ${JSON.stringify(event)}\n\n`);
}

function update(stream: FakeStreamHandle, change: Record<string, unknown>): void {
  push(stream, { type: 'thread.item.updated', item_id: ITEM, update: change });
}

function widgetItemOf(el: ChatKit): CkWidgetItem | undefined {
  return deepQueryAll<CkWidgetItem>(el, 'ck-widget-item').find((w) => w.item?.id === ITEM);
}

/** The element that has focus, through every shadow root. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function textOf(item: CkWidgetItem, selector: string): string {
  return item.shadowRoot!.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

describe('streaming widget updates', () => {
  let el: ChatKit;
  let stream: FakeStreamHandle;
  let item: CkWidgetItem;
  let input: HTMLInputElement;
  let select: HTMLSelectElement;

  /** What must hold after every patch: same elements, still focused, still holding what was typed. */
  function expectUserStateKept(): void {
    const now = item.shadowRoot!.querySelector<HTMLInputElement>('ck-widget-input input')!;
    expect(now === input, 'the input is the same DOM node').to.equal(true);
    expect(now.value).to.equal('Oslo');
    expect(deepActiveElement() === input, 'the input still has focus').to.equal(true);
    expect(now.selectionStart).to.equal(4);
    const selectNow = item.shadowRoot!.querySelector<HTMLSelectElement>('ck-widget-select select')!;
    expect(selectNow === select, 'the select is the same DOM node').to.equal(true);
    expect(selectNow.value).to.equal('l');
  }

  async function flush(): Promise<void> {
    await settle(el);
    await item.updateComplete;
    await settle(el);
  }

  beforeEach(async () => {
    const f = fakeFetch();
    stream = f.replyStream('threads.create');
    el = await mountChat(f);
    void el.sendUserMessage({ text: 'Plan my order' }).catch(() => undefined);
    await stream.called;
    push(stream, {
      type: 'thread.created',
      thread: { id: THREAD, created_at: '2026-01-01T00:00:00', status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } },
    });
    push(stream, {
      type: 'thread.item.added',
      item: { id: ITEM, thread_id: THREAD, created_at: '2026-01-01T00:00:01', type: 'widget', widget: tree() },
    });
    // The first widget of the page brings the transcript's and the widgets' chunks along.
    await settle(el);
    await waitUntil(() => widgetItemOf(el)?.shadowRoot?.querySelector('ck-widget-input input'), 'the widget rendered', { timeout: 5000 });
    item = widgetItemOf(el)!;
    await flush();
    select = item.shadowRoot!.querySelector<HTMLSelectElement>('ck-widget-select select')!;
    select.value = 'l';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    input = item.shadowRoot!.querySelector<HTMLInputElement>('ck-widget-input input')!;
    input.focus();
    await sendKeys({ type: 'Oslo' });
    await flush();
    expectUserStateKept();
  });

  afterEach(() => {
    stream.close();
  });

  it('widget.streaming_text.value_delta appends to the Markdown, leaving the field alone', async () => {
    update(stream, { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: '**3 items**', done: false });
    update(stream, { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: ', total $12', done: true });
    await waitUntil(() => textOf(item, 'ck-widget-markdown').includes('total $12'), 'the deltas showed');
    await flush();
    expect(textOf(item, 'ck-widget-markdown')).to.equal('3 items, total $12');
    expect(item.shadowRoot!.querySelector('ck-widget-markdown strong')?.textContent).to.equal('3 items');
    expectUserStateKept();
  });

  it('widget.component.updated replaces the node with that id, leaving the field alone', async () => {
    update(stream, {
      type: 'widget.component.updated',
      component_id: 'status',
      component: { type: 'Text', id: 'status', value: 'Prices checked', color: 'success' },
    });
    await waitUntil(() => textOf(item, 'ck-widget-text') === 'Prices checked', 'the node was replaced');
    await flush();
    expectUserStateKept();
  });

  /**
   * Records every DOM change in the item's tree while `patch` is applied and shown, and returns
   * the ones outside `inside` (the element of the patched node).
   */
  async function mutationsOutside(selector: string, patch: () => void, shown: () => boolean): Promise<string[]> {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(item.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    const inside = item.shadowRoot!.querySelector(selector)!;
    patch();
    await waitUntil(shown, 'the patch showed');
    await flush();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records.length, 'the patch changed the DOM').to.be.above(0);
    return records
      .filter((record) => record.target !== inside && !inside.contains(record.target))
      .map((record) => `${record.type} on ${record.target.nodeName}${record.attributeName ? ` [${record.attributeName}]` : ''}`);
  }

  it('widget.component.updated on one Text changes the DOM of that Text only', async () => {
    const outside = await mutationsOutside(
      'ck-widget-text',
      () => {
        update(stream, {
          type: 'widget.component.updated',
          component_id: 'status',
          component: { type: 'Text', id: 'status', value: 'Prices checked', color: 'success' },
        });
      },
      () => textOf(item, 'ck-widget-text') === 'Prices checked',
    );
    expect(outside).to.deep.equal([]);
    expect(item.shadowRoot!.querySelector('ck-widget-text')?.getAttribute('style')).to.contain('--ck-w-text-success');
  });

  it('widget.streaming_text.value_delta on one Text changes the DOM of that Text only', async () => {
    const outside = await mutationsOutside(
      'ck-widget-text',
      () => {
        update(stream, { type: 'widget.streaming_text.value_delta', component_id: 'status', delta: ' (3 of 5)', done: false });
      },
      () => textOf(item, 'ck-widget-text') === 'Waiting for prices (3 of 5)',
    );
    expect(outside).to.deep.equal([]);
  });

  it('widget.root.updated with the same tree and one changed Title keeps the field (and its value) as is', async () => {
    update(stream, { type: 'widget.root.updated', widget: tree({ title: 'Order ready', summary: 'All set', streaming: false }) });
    await waitUntil(() => textOf(item, 'ck-widget-title') === 'Order ready', 'the title changed');
    await flush();
    expect(textOf(item, 'ck-widget-markdown')).to.equal('All set');
    expectUserStateKept();
  });

  it('survives all three in a row, then thread.item.done, and the typed value still submits', async () => {
    update(stream, { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: 'Pricing…', done: false });
    update(stream, { type: 'widget.component.updated', component_id: 'status', component: { type: 'Text', id: 'status', value: 'Done' } });
    update(stream, { type: 'widget.root.updated', widget: tree({ title: 'Order ready', summary: 'Pricing…', status: 'Done' }) });
    push(stream, {
      type: 'thread.item.done',
      item: {
        id: ITEM,
        thread_id: THREAD,
        created_at: '2026-01-01T00:00:01',
        type: 'widget',
        widget: tree({ title: 'Order ready', summary: 'Pricing… done', streaming: false, status: 'Done' }),
      },
    });
    await waitUntil(() => textOf(item, 'ck-widget-markdown') === 'Pricing… done', 'the final tree showed');
    await flush();
    expect(textOf(item, 'ck-widget-title')).to.equal('Order ready');
    expect(textOf(item, 'ck-widget-text')).to.equal('Done');
    expectUserStateKept();

    // The form still collects what was typed before the patches.
    const seen: unknown[] = [];
    item.addEventListener('ck-widget-action', (event) => {
      seen.push(event.detail.action.payload);
      event.detail.result = Promise.resolve();
    });
    await sendKeys({ press: 'Enter' });
    await flush();
    expect(seen).to.deep.equal([{ city: 'Oslo', size: 'l' }]);
  });
});
