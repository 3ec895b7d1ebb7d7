/**
 * What the network-fault tests check after every fault, read the way a user sees the element:
 * the error banner and its Retry, the composer, the transcript.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { ChatKit } from '../../src/index.js';
import type { CkComposer } from '../../src/elements/ck-composer.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { loadFixture, sseCapturePayloads } from '../helpers/fixtures.js';
import { composerInput, deepQuery, deepQueryAll, settle, transcriptText, typeAndSend } from '../helpers/mount.js';

/** The capture every cut is computed from (a first turn: thread.created, the user message, the reply). */
export const CAPTURE = 'threads.create.sse';
export const SENT = 'Show me the demo';
/** A sentence of the captured reply; a retried turn must show it exactly once. */
export const REPLY = 'Hello from the ChatKit peer.';

/** Types `text`, sends it, and waits until the response ended and the view settled. */
export async function sendAndWait(el: ChatKit, text: string): Promise<void> {
  const ended = oneEvent(el, 'chatkit.response.end');
  await typeAndSend(el, text);
  await ended;
  await settle(el);
}

/** Clicks the error banner's Retry and waits for the retried response to end. */
export async function pressRetry(el: ChatKit): Promise<void> {
  const ended = oneEvent(el, 'chatkit.response.end');
  retryButton(el).click();
  await ended;
  await settle(el);
}

/** The current turn's error banner (`role="alert"`), or null. */
export function errorBanner(el: ChatKit): HTMLElement | null {
  return deepQuery<HTMLElement>(el, '[part="error"][role="alert"]');
}

export function retryButton(el: ChatKit): HTMLButtonElement {
  const button = errorBanner(el)?.querySelector('button');
  if (!button) throw new Error('no Retry button in the error banner');
  expect(button.textContent.trim()).to.equal('Retry');
  return button;
}

/** Texts of the user bubbles in the transcript, in order. */
export function userMessages(el: ChatKit): string[] {
  return deepQueryAll(el, 'ck-message')
    .filter((m) => m.shadowRoot?.querySelector('.user'))
    .map((m) => (m.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Ids of every rendered thread item. */
export function itemIds(el: ChatKit): string[] {
  return deepQueryAll(el, '[data-item-id]').map((node) => node.getAttribute('data-item-id') ?? '');
}

/** How often `needle` occurs in the transcript. */
export function occurrences(el: ChatKit, needle: string): number {
  return transcriptText(el).split(needle).length - 1;
}

function composer(el: ChatKit): CkComposer {
  const found = deepQuery<CkComposer>(el, 'ck-composer');
  if (!found) throw new Error('no composer');
  return found;
}

/**
 * The composer takes input and can send: not locked, not responding, and (with `probe`) with
 * text in it the Send button is enabled. A draft in the field is left as it was.
 */
export async function expectUsable(el: ChatKit, probe = true): Promise<void> {
  const field = composer(el);
  expect(field.responding, 'composer still responding').to.equal(false);
  expect(field.disabled, 'composer disabled').to.equal(false);
  if (!probe) return;
  const input = composerInput(el);
  const draft = input.text;
  if (draft.trim() === '') {
    input.text = 'probe';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
  }
  const send = field.shadowRoot?.querySelector<HTMLButtonElement>('[part="send"]');
  expect(send, 'Send button').to.exist;
  expect(send!.disabled, 'Send disabled with text in the field').to.equal(false);
  if (draft.trim() === '') {
    input.text = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
  }
}

/** Item ids are unique and the sent text shows in exactly one user bubble. */
export function expectNoDuplicates(el: ChatKit, sent: string): void {
  const ids = itemIds(el);
  expect(new Set(ids).size, `duplicate item ids: ${ids.join(', ')}`).to.equal(ids.length);
  expect(userMessages(el).filter((text) => text.includes(sent))).to.have.length(1);
}

/** The capture's `data:` payloads and the byte offset where each event block ends. */
export async function captureLayout(name: string): Promise<{ text: string; payloads: string[]; ends: number[]; bytes: number }> {
  const text = await loadFixture(name);
  const payloads = sseCapturePayloads(text);
  const encoder = new TextEncoder();
  const ends: number[] = [];
  let offset = 0;
  for (const payload of payloads) {
    offset += encoder.encode(`data: ${payload}\n\n`).length;
    ends.push(offset);
  }
  expect(offset, 'capture is plain data: blocks').to.equal(encoder.encode(text).length);
  return { text, payloads, ends, bytes: offset };
}

/** SSE text from payloads. */
export function sse(payloads: readonly string[]): string {
  return payloads.map((payload) => `data: ${payload}\n\n`).join('');
}

/** One `<chat-kit>` shared by a suite's cases, and the `chatkit.error`s of the current case. */
export interface SharedChat {
  readonly el: ChatKit;
  readonly errors: Error[];
  /** Starts a case: a new fake server, the new-thread view, no errors yet. */
  fresh(f: FakeFetch): Promise<void>;
}

/**
 * Mounts one element for the whole suite (mocha `before`/`after`) so ~100 cases stay fast; each
 * case starts from the new-thread view with its own fake server. Mounted by hand: open-wc's
 * `fixture()` would remove it after the first test.
 */
export function sharedChat(): SharedChat {
  let element: ChatKit | null = null;
  const errors: Error[] = [];
  const onError = (event: Event): void => {
    errors.push((event as CustomEvent<{ error: Error }>).detail.error);
  };
  before(async () => {
    element = document.createElement('chat-kit');
    element.style.cssText = 'display: block; height: 600px; width: 480px';
    document.body.append(element);
    element.addEventListener('chatkit.error', onError);
    await settle(element);
  });
  after(() => {
    element?.removeEventListener('chatkit.error', onError);
    element?.remove();
  });
  return {
    get el(): ChatKit {
      if (!element) throw new Error('sharedChat(): the suite has not started');
      return element;
    },
    errors,
    async fresh(f: FakeFetch): Promise<void> {
      const el = this.el;
      el.setOptions({ api: { url: '/chatkit', fetch: f.fetch, domainKey: 'domain_pk_test' } });
      await el.setThreadId(null);
      await settle(el);
      errors.length = 0;
    },
  };
}
