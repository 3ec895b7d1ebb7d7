/**
 * Framework-neutral prop and event types of `<chat-kit>`, shared by the per-framework typings
 * next to this file (`chat-kit/react`, `chat-kit/preact`, `chat-kit/solid`, `chat-kit/vue`,
 * `chat-kit/svelte`).
 *
 * Hand-written `.d.ts` rather than `src/**` so that it is never compiled by the main project:
 * the sibling files augment `react`, `vue`, … which are not installed here, and an augmentation
 * of a missing module is an error in a `.ts` file. Everything is derived from the element and
 * event classes, so adding an attribute-less property or a new exported event needs no edit here.
 */
import type * as ChatKitModule from 'chat-kit';
import type { ChatKit } from 'chat-kit';

type Exports = typeof ChatKitModule;

/**
 * Every public event `<chat-kit>` fires, by name: built from the exported event classes
 * (`static eventName` → instance type), so a new exported event class appears here by itself.
 */
export type ChatKitEventMap = {
  [K in keyof Exports as Exports[K] extends { readonly eventName: infer N extends string; prototype: Event } ? N : never]: Exports[K] extends {
    prototype: infer E;
  }
    ? E
    : never;
};

/** `'chatkit.ready' | … | 'widget-action' | 'entity-click' | 'item-action'`. */
export type ChatKitEventName = keyof ChatKitEventMap;

/** The options object `setOptions()` (and the `options` property) accepts. */
export type ChatKitOptionsInput = Parameters<ChatKit['setOptions']>[0];

/** The attributes, as written in markup (every value a string, as HTML has it). */
export interface ChatKitAttributes {
  /** URL of the ChatKit endpoint (`api.url`). */
  'api-url'?: string;
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto';
  /** UI locale (BCP 47). */
  locale?: string;
  /** Composer placeholder. */
  placeholder?: string;
  /** Start-screen greeting. */
  greeting?: string;
  /** Level of the top headings, `1`–`6` (default 2). */
  'heading-level'?: `${1 | 2 | 3 | 4 | 5 | 6}` | 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * Properties a framework can set directly on the element (React 19, Preact, Svelte 5 and Solid
 * set a prop as a property when the element has it; `options` only works that way).
 */
export interface ChatKitProperties {
  apiUrl?: string | null;
  headingLevel?: number;
  /** The ChatKit JS options object (validated; invalid objects fire `chatkit.error`). */
  options?: ChatKitOptionsInput | null;
}

/** `on` + the exact event name (React 19, Preact, Svelte 5): `onwidget-action`, `onchatkit.ready`. */
export type ChatKitOnEventProps = {
  [K in ChatKitEventName as `on${K}`]?: (event: ChatKitEventMap[K]) => void;
};

/** `on:` + the exact event name (Solid, Svelte 4): `on:widget-action`, `on:chatkit.ready`. */
export type ChatKitOnColonEventProps = {
  [K in ChatKitEventName as `on:${K}`]?: (event: ChatKitEventMap[K]) => void;
};

type Camelize<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camelize<T>>}` : S;

/**
 * Vue's handler props: `@widget-action` compiles to `onWidgetAction`; a dotted name, which a
 * template cannot write after `@`, is `'onChatkit.ready'`, bound with
 * `v-bind="{ 'onChatkit.ready': f }"` (Vue turns it back into `chatkit.ready` when it adds the
 * listener, as it does for the same key from `v-on="{ 'chatkit.ready': f }"`, which vue-tsc
 * leaves unchecked).
 */
export type ChatKitVueEventProps = {
  [K in ChatKitEventName as `on${Capitalize<Camelize<K>>}`]?: (event: ChatKitEventMap[K]) => void;
};

/** Attributes, properties and `on<event>` handlers: the props of `<chat-kit>` in React-like JSX. */
export type ChatKitProps = ChatKitAttributes & ChatKitProperties & ChatKitOnEventProps;
