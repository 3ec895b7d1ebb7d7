/**
 * `<chat-kit>` in Svelte 5 markup (svelte-check): `import type {} from 'chat-kit/svelte'` once.
 *
 * Svelte 5 sets props the element has as properties and listens with `on<name>` (the name as
 * written, case-sensitive): `onwidget-action={…}`, `onchatkit.ready={…}`. Svelte 4's
 * `on:widget-action` is typed too.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { ChatKit } from 'chat-kit';
import type { ChatKitOnColonEventProps, ChatKitProps } from './shared.js';

export type * from './shared.js';

/** Props of `<chat-kit>` in Svelte. */
export type ChatKitSvelteProps = HTMLAttributes<ChatKit> & ChatKitProps & ChatKitOnColonEventProps;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'chat-kit': ChatKitSvelteProps;
  }
}
