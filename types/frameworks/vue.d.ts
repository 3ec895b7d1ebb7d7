/**
 * `<chat-kit>` in Vue 3 templates (Volar / vue-tsc): `import type {} from 'chat-kit/vue'` once,
 * and tell the compiler it is a custom element (`compilerOptions.isCustomElement`).
 *
 * `@widget-action`, `@entity-click` and `@item-action` type-check as `onWidgetAction`, … (each
 * handler's `event` is typed). A template cannot write a dotted event after `@` (`.` starts a
 * modifier): bind the listener as a prop, `v-bind="{ 'onChatkit.ready': (event) => … }"`, which
 * is typed here and which Vue adds as a `chatkit.ready` listener. `v-on="{ 'chatkit.ready': f }"`
 * does the same at run time, but vue-tsc does not check a `v-on` object against the props, so
 * its handlers get no type (annotate them with `ChatKitEventMap['chatkit.ready']`).
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
