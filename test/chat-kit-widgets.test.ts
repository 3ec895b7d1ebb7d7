import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatKit, WidgetActionEvent } from '../src/index.js';
import { fakeFetch, type FakeFetch } from './helpers/fake-fetch.js';
import { deepQuery, deepQueryAll, mountChat, recordEvents, settle, transcriptText } from './helpers/mount.js';

/** The demo thread of the captures: a message, the order Card and the lines ListView. */
async function demoThread(f: FakeFetch, options = {}): Promise<ChatKit> {
  f.reply('threads.create', 'threads.create.sse');
  const el = await mountChat(f, options);
  await el.sendUserMessage({ text: 'Show me the demo' });
  await settle(el);
  return el;
}

function widgetItem(el: ChatKit, id: string): HTMLElement {
  const item = deepQueryAll<HTMLElement & { item: { id: string } | null }>(el, 'ck-widget-item').find((w) => w.item?.id === id);
  if (!item) throw new Error(`no widget item ${id}`);
  return item;
}

function buttonIn(root: HTMLElement, label: string): HTMLButtonElement {
  const button = deepQueryAll<HTMLButtonElement>(root, 'button').find((b) => b.textContent.trim() === label);
  if (!button) throw new Error(`no button "${label}"`);
  return button;
}

describe('<chat-kit> widget actions', () => {
  it('a server action fires widget-action, sends threads.custom_action and applies the reply', async () => {
    const f = fakeFetch().reply('threads.custom_action', 'threads.custom_action.approve.sse');
    const el = await demoThread(f);
    const seen = recordEvents(el, ['widget-action', 'chatkit.effect']);
    const ended = oneEvent(el, 'chatkit.response.end');
    buttonIn(widgetItem(el, 'msg_a3011ec4'), 'Approve').click();
    await ended;
    await settle(el);
    expect(seen[0]).to.deep.equal({
      name: 'widget-action',
      detail: {
        action: { type: 'demo.approve', payload: { order_id: 'ord_42' } },
        item: { id: 'msg_a3011ec4', widget: (seen[0]!.detail as { item: { widget: unknown } }).item.widget },
        handler: 'server',
      },
    });
    expect(f.callsOf('threads.custom_action')[0]!.body.params).to.deep.equal({
      thread_id: 'thr_b46d1d4c',
      item_id: 'msg_a3011ec4',
      action: { type: 'demo.approve', payload: { order_id: 'ord_42' } },
    });
    // thread.item.replaced swapped the card in place.
    expect(widgetItem(el, 'msg_a3011ec4').shadowRoot!.textContent).to.contain('Approved ord_42');
    expect(seen.find((e) => e.name === 'chatkit.effect')!.detail).to.deep.equal({
      name: 'toast',
      data: { text: 'Approved order', level: 'success' },
    });
  });

  it('a cancelled server action sends nothing', async () => {
    const f = fakeFetch();
    const el = await demoThread(f);
    el.addEventListener('widget-action', (event: WidgetActionEvent) => {
      expect(event.cancelable).to.equal(true);
      event.preventDefault();
    });
    buttonIn(widgetItem(el, 'msg_a3011ec4'), 'Approve').click();
    await settle(el);
    expect(f.callsOf('threads.custom_action')).to.have.length(0);
  });

  it('a client action fires widget-action and widgets.onAction, and sends nothing', async () => {
    const f = fakeFetch();
    const calls: unknown[][] = [];
    const el = await demoThread(f, {
      widgets: {
        onAction: (action: unknown, item: unknown) => {
          calls.push([action, item]);
          return Promise.resolve();
        },
      },
    });
    const event = oneEvent(el, 'widget-action');
    buttonIn(widgetItem(el, 'msg_a3011ec4'), 'Open docs').click();
    const { detail } = await event;
    expect(detail.handler).to.equal('client');
    expect(detail.action).to.deep.equal({ type: 'demo.open_url', payload: { url: 'https://example.com/docs' } });
    await settle(el);
    expect(calls).to.have.length(1);
    expect(calls[0]![0]).to.deep.equal({ type: 'demo.open_url', payload: { url: 'https://example.com/docs' } });
    expect((calls[0]![1] as { id: string }).id).to.equal('msg_a3011ec4');
    expect(f.callsOf('threads.custom_action')).to.have.length(0);
    expect(f.callsOf('threads.sync_custom_action')).to.have.length(0);
  });

  it('streaming: false sends threads.sync_custom_action and replaces the item', async () => {
    const f = fakeFetch().reply('threads.sync_custom_action', 'threads.sync_custom_action.counter.json');
    const el = await demoThread(f);
    buttonIn(widgetItem(el, 'msg_a3011ec4'), 'Clicked 0x').click();
    await f.waitForCalls(2);
    await waitUntil(() => widgetItem(el, 'msg_a3011ec4').shadowRoot!.textContent.includes('Counter bumped'), 'item replaced');
    expect(f.callsOf('threads.sync_custom_action')[0]!.body.params).to.deep.equal({
      thread_id: 'thr_b46d1d4c',
      item_id: 'msg_a3011ec4',
      action: { type: 'demo.counter', payload: { count: 0 } },
    });
    expect(widgetItem(el, 'msg_a3011ec4').shadowRoot!.textContent).to.contain('Counter bumped via threads.sync_custom_action.');
  });

  it('shows the self loading state on the button while the action runs', async () => {
    const f = fakeFetch();
    const el = await demoThread(f);
    const stream = f.replyStream('threads.custom_action');
    const approve = buttonIn(widgetItem(el, 'msg_a3011ec4'), 'Approve');
    approve.click();
    await stream.called;
    await settle(el);
    expect(approve.getAttribute('aria-busy')).to.equal('true');
    expect(approve.disabled).to.equal(true);
    stream.close();
    await oneEvent(el, 'chatkit.response.end');
    await settle(el);
    expect(approve.getAttribute('aria-busy')).not.to.equal('true');
  });

  it('a failed action shows an error next to the widget and leaves it usable', async () => {
    const f = fakeFetch().reply('threads.custom_action', { json: { error: 'nope' }, status: 500 });
    const el = await demoThread(f);
    const item = widgetItem(el, 'msg_a3011ec4');
    const approve = buttonIn(item, 'Approve');
    approve.click();
    await oneEvent(el, 'chatkit.response.end');
    await settle(el);
    const error = item.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.match(/500/);
    expect(approve.disabled).to.equal(false);
    expect(item.shadowRoot!.querySelector('.root')!.hasAttribute('inert')).to.equal(false);
  });

  it('a ListView row action round-trips and the list is replaced', async () => {
    const f = fakeFetch().reply('threads.custom_action', 'threads.custom_action.pick.sse');
    const el = await demoThread(f);
    const list = widgetItem(el, 'msg_46baa61a');
    const row = deepQueryAll<HTMLElement>(list, 'button').find((b) => b.textContent.includes('Orange line'))!;
    const ended = oneEvent(el, 'chatkit.response.end');
    row.click();
    await ended;
    expect(f.callsOf('threads.custom_action')[0]!.body.params).to.deep.equal({
      thread_id: 'thr_b46d1d4c',
      item_id: 'msg_46baa61a',
      action: { type: 'demo.pick', payload: { id: 'orange' } },
    });
  });

  it('renders the demo widgets with no fallback for seed components', async () => {
    const el = await demoThread(fakeFetch());
    const list = widgetItem(el, 'msg_46baa61a');
    expect(list.shadowRoot!.querySelectorAll('[data-widget-error]')).to.have.length(0);
    expect(list.shadowRoot!.textContent).to.contain('Blue line');
  });

  it('renders a contained fallback for unknown and invalid nodes, logs them, and keeps siblings', async () => {
    const widget = {
      type: 'Card',
      children: [
        { type: 'Text', value: 'Still here' },
        { type: 'Sparkline', points: [1, 2] },
        { type: 'Text', size: 'huge', value: 'bad size' },
        'not a node',
        { type: 'Button', label: 'Also here' },
      ],
    };
    const item = { id: 'msg_w', thread_id: 'thr_1', created_at: '2026-11-23T19:11:55', type: 'widget', widget };
    const f = fakeFetch().reply('threads.create', { sse: `data: ${JSON.stringify({ type: 'thread.item.done', item })}\n\n` });
    const el = await mountChat(f);
    const logs = recordEvents(el, ['chatkit.log']);
    await el.sendUserMessage({ text: 'hi' });
    await settle(el);
    const root = widgetItem(el, 'msg_w').shadowRoot!;
    const fallbacks = [...root.querySelectorAll('[data-widget-error]')].map((node) => node.getAttribute('data-widget-error'));
    expect(fallbacks).to.have.length(3);
    expect(fallbacks[0]).to.contain('unknown component type "Sparkline"');
    expect(fallbacks[1]).to.match(/^Text: size/);
    expect(root.textContent).to.contain('Still here');
    expect(root.textContent).to.contain('Also here');
    const invalid = logs.filter((l) => (l.detail as { name: string }).name === 'widget.invalid_node');
    expect(invalid).to.have.length(3);
  });

  it('is accessible with widgets in the thread', async () => {
    const el = await demoThread(fakeFetch());
    await expect(el).to.be.accessible();
  });
});

describe('<chat-kit> entity-click', () => {
  /** A thread whose user message carries an interactive and a plain tag, echoed by the server. */
  async function taggedThread(f: FakeFetch, onClick?: (entity: unknown) => void): Promise<ChatKit> {
    const content = [
      { type: 'input_text', text: 'Ask ' },
      { type: 'input_tag', id: 'person_ada', text: 'Ada', interactive: true, group: 'People', data: { team: 'x' } },
      { type: 'input_tag', id: 'plain', text: 'Plain', interactive: false, data: {} },
    ] as const;
    const echo = {
      type: 'thread.item.done',
      item: { id: 'msg_u1', thread_id: 'thr_1', created_at: '2026-11-23T19:11:55', type: 'user_message', content, attachments: [], inference_options: {} },
    };
    f.reply('threads.create', { sse: `data: ${JSON.stringify(echo)}\n\n` });
    const el = await mountChat(f, onClick ? { entities: { onClick } } : {});
    await el.sendUserMessage({ content: [...content] });
    await settle(el);
    return el;
  }

  it('fires entity-click and entities.onClick when a tag is clicked', async () => {
    const clicked: unknown[] = [];
    const el = await taggedThread(fakeFetch(), (entity) => clicked.push(entity));
    expect(transcriptText(el)).to.contain('@Ada');
    const tag = deepQuery<HTMLButtonElement>(el, 'button.tag')!;
    const event = oneEvent(el, 'entity-click');
    tag.click();
    const expected = { id: 'person_ada', title: 'Ada', interactive: true, group: 'People', data: { team: 'x' } };
    expect((await event).detail).to.deep.equal({ entity: expected });
    expect(clicked).to.deep.equal([expected]);
    // Non-interactive tags are not controls.
    expect(deepQueryAll(el, 'button.tag')).to.have.length(1);
  });

  it('activates a tag from the keyboard', async () => {
    const el = await taggedThread(fakeFetch());
    deepQuery<HTMLButtonElement>(el, 'button.tag')!.focus();
    const event = oneEvent(el, 'entity-click');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.entity.id).to.equal('person_ada');
  });

  it('fires entity-click for interactive entity sources', async () => {
    const f = fakeFetch();
    const el = await demoThread(f);
    const source = deepQueryAll<HTMLButtonElement>(el, '.sources button').find((b) => b.textContent.includes('Demo entity'))!;
    const event = oneEvent(el, 'entity-click');
    source.click();
    const { entity } = (await event).detail;
    expect(entity).to.deep.include({ id: 'ent_demo', title: 'Demo entity', interactive: true });
  });

  it('the internal events never reach the page', async () => {
    const leaked: string[] = [];
    for (const name of ['ck-widget-action', 'ck-entity-activate', 'ck-widget-log']) {
      document.addEventListener(name, () => leaked.push(name));
    }
    const el = await taggedThread(fakeFetch());
    deepQuery<HTMLButtonElement>(el, 'button.tag')!.click();
    expect(leaked).to.deep.equal([]);
  });
});
