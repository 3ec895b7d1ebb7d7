/**
 * Shared set-ups for the accessibility tests: a chat in a given state, reached the way a user or
 * a server would get it there.
 */
import { oneEvent } from '@open-wc/testing';
import type { ChatKit, ChatKitOptions } from '../../src/index.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { deepQuery, mountChat, settle, typeAndSend } from '../helpers/mount.js';

export const THREAD_ID = 'thr_b46d1d4c';

/** Resolves once `check` holds, re-rendering between tries; fails naming `what` after ~300 frames. */
export async function until(el: Element, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (check()) return;
    await settle(el);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Types `text` in the composer, sends it and waits for the whole response. */
export async function sendAndWait(el: ChatKit, text: string): Promise<void> {
  const ended = oneEvent(el, 'chatkit.response.end');
  await typeAndSend(el, text);
  await ended;
  await settle(el);
}

/** Mounts a chat that has replayed the captured demo conversation (a message, a Card, a ListView). */
export async function demoConversation(f: FakeFetch, options: Partial<ChatKitOptions> = {}): Promise<ChatKit> {
  f.reply('threads.create', 'threads.create.sse');
  const el = await mountChat(f, options);
  await sendAndWait(el, 'Show me the demo');
  return el;
}

/** The focused element, looking through every open shadow root from the document down. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short description of the focused element, for assertions (never compare DOM nodes). */
export function describeFocus(): string {
  const active = deepActiveElement();
  if (!active) return '(none)';
  const host = (active.getRootNode() as ShadowRoot).host as Element | undefined;
  const part = active.getAttribute('part');
  const label = active.getAttribute('aria-label');
  return `${host?.localName ?? 'document'} > ${active.localName}${part ? `[part=${part}]` : ''}${label ? `[aria-label=${label}]` : ''}`;
}

/** The header's shadow root (fails if there is no header). */
export function headerRoot(el: ChatKit): ShadowRoot {
  const header = deepQuery(el, 'ck-header');
  if (!header?.shadowRoot) throw new Error('no header');
  return header.shadowRoot;
}

/** SSE text creating a thread whose assistant answers with one widget item per tree given. */
export function widgetThreadSse(widgets: readonly unknown[]): string {
  const created = '2026-11-23T19:11:55.571188';
  const thread = { id: THREAD_ID, created_at: created, status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } };
  const events: unknown[] = [
    { type: 'thread.created', thread },
    {
      type: 'thread.item.done',
      item: {
        id: 'msg_user',
        thread_id: THREAD_ID,
        created_at: created,
        type: 'user_message',
        content: [{ type: 'input_text', text: 'Show me widgets' }],
        attachments: [],
        inference_options: {},
      },
    },
    ...widgets.map((widget, index) => ({
      type: 'thread.item.done',
      item: { id: `msg_widget_${index}`, thread_id: THREAD_ID, created_at: created, type: 'widget', widget },
    })),
  ];
  return events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
}
