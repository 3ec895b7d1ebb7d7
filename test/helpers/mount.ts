/**
 * Mounting `<chat-kit>` against a fake server, and reading what a user sees through its shadow
 * roots.
 */
import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import type { ChatKit, ChatKitOptions } from '../../src/index.js';
import type { CkComposerInput } from '../../src/elements/ck-composer-input.js';
import type { FakeFetch } from './fake-fetch.js';

/** Mounts a sized `<chat-kit>` wired to `f` with `options` (api added). */
export async function mountChat(f: FakeFetch, options: Partial<ChatKitOptions> = {}): Promise<ChatKit> {
  const el = await fixture<ChatKit>(html`<chat-kit style="height: 600px; width: 480px"></chat-kit>`);
  el.setOptions({ api: { url: '/chatkit', fetch: f.fetch, domainKey: 'domain_pk_test' }, ...options });
  await settle(el);
  return el;
}

/** Waits a frame, then for every Lit element in the tree to finish updating. */
export async function settle(root: Element): Promise<void> {
  await nextFrame();
  for (let round = 0; round < 3; round += 1) {
    const pending = collect(root)
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((p): p is Promise<unknown> => p !== undefined);
    await Promise.all(pending);
  }
}

function collect(root: Element): Element[] {
  const out: Element[] = [root];
  const scope = root.shadowRoot ?? root;
  for (const child of scope.querySelectorAll('*')) {
    if (child.shadowRoot) out.push(...collect(child));
  }
  return out;
}

/** `querySelector` that pierces open shadow roots (depth-first). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed query, like querySelector<T>
export function deepQuery<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

/** All matches across open shadow roots. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const scope = root instanceof Element ? (root.shadowRoot ?? root) : root;
  const out = [...scope.querySelectorAll<T>(selector)];
  for (const child of scope.querySelectorAll('*')) {
    if (child.shadowRoot) out.push(...deepQueryAll<T>(child.shadowRoot, selector));
  }
  return out;
}

/** The text a user reads in the transcript (rendered text of every message). */
export function transcriptText(el: ChatKit): string {
  return deepQueryAll(el, 'ck-message')
    .map((message) => message.shadowRoot?.textContent ?? '')
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The composer's message field (`<ck-composer-input>`; not a widget's Textarea). */
export function composerInput(el: Element): CkComposerInput {
  const input = deepQuery(el, 'ck-composer')?.shadowRoot?.querySelector('ck-composer-input');
  if (!input) throw new Error('no composer input');
  return input;
}

/** The editable element inside the composer field (where keys go). */
export function composerEditor(el: Element): HTMLElement {
  const editor = composerInput(el).shadowRoot?.querySelector<HTMLElement>('[part="editor"]');
  if (!editor) throw new Error('no composer editor');
  return editor;
}

/** Types into the composer as a user would and presses Enter. */
export async function typeAndSend(el: ChatKit, text: string): Promise<void> {
  const input = composerInput(el);
  input.focus();
  input.text = text;
  composerEditor(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
  composerEditor(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
}

/** Collects every event of the given names fired on `target`, in order. */
export function recordEvents(target: EventTarget, names: readonly string[]): { name: string; detail: unknown }[] {
  const seen: { name: string; detail: unknown }[] = [];
  for (const name of names) {
    target.addEventListener(name, (event) => {
      seen.push({ name, detail: (event as CustomEvent).detail });
    });
  }
  return seen;
}
