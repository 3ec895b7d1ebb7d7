/**
 * Opt-in drop-in entry for ChatKit JS apps: `import 'chat-kit/openai-chatkit'` registers the
 * chat-kit element under the tag ChatKit JS uses, `<openai-chatkit>`, so code written for it
 * (`document.createElement('openai-chatkit')`, `setOptions`, the `chatkit.*` events, and
 * `@openai/chatkit-react`, which renders that tag) runs on chat-kit unchanged.
 *
 * `<chat-kit>` is registered too. The tag is only taken if it is free: when another script
 * (typically OpenAI's own `chatkit.js`) already defined it, that definition is kept and a
 * warning says why the page is not using chat-kit.
 */
import { ChatKit } from './chat-kit.js';

/**
 * `<openai-chatkit>`: the same element as {@link ChatKit}. A subclass rather than the same
 * constructor, because the custom element registry refuses one constructor under two tags.
 *
 * @tagname openai-chatkit
 */
export class OpenAIChatKit extends ChatKit {}

/** The tag ChatKit JS apps render. */
export const OPENAI_CHATKIT_TAG = 'openai-chatkit';

function register(): void {
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  // Node without a DOM (server-side rendering): nothing to register, and nothing to throw.
  if (!registry) return;
  const existing = registry.get(OPENAI_CHATKIT_TAG);
  if (existing === OpenAIChatKit) return;
  if (existing) {
    console.warn(
      `chat-kit: <${OPENAI_CHATKIT_TAG}> is already defined by another script (ChatKit JS?); keeping it. ` +
        `Remove that script to use chat-kit as the drop-in, or use <chat-kit>.`,
    );
    return;
  }
  registry.define(OPENAI_CHATKIT_TAG, OpenAIChatKit);
}

register();

export { ChatKit };

declare global {
  interface HTMLElementTagNameMap {
    'openai-chatkit': OpenAIChatKit;
  }
}
