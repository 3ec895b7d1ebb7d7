/**
 * `<chat-kit>` in Vue 3 templates (Volar / vue-tsc): `import type {} from 'chat-kit/vue'` once,
 * and tell the compiler it is a custom element (`compilerOptions.isCustomElement`).
 *
 * `@widget-action`, `@entity-click` and `@item-action` type-check as `onWidgetAction`, … A
 * template cannot write a dotted event after `@` (`.` starts a modifier): use
 * `v-on="{ 'chatkit.ready': onReady }"`, typed here as `'onChatkit.ready'`.
 */
import type { HTMLAttributes } from 'vue';
import type { ChatKit } from 'chat-kit';
import type { ChatKitAttributes, ChatKitProperties, ChatKitVueEventProps } from './shared.js';

export type * from './shared.js';

/** Props of `<chat-kit>` in a Vue template (`:options="…"` sets the property). */
export type ChatKitVueProps = HTMLAttributes & ChatKitAttributes & ChatKitProperties & ChatKitVueEventProps;

declare module 'vue' {
  interface GlobalComponents {
    /** Volar reads a global component's props from its instance's `$props`. */
    'chat-kit': new () => ChatKit & { $props: ChatKitVueProps };
  }
}
