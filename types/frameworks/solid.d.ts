/**
 * `<chat-kit>` in Solid JSX: `import type {} from 'chat-kit/solid'` once in the app.
 *
 * Solid listens to custom events with `on:<name>` (the name as written) and sets props on custom
 * elements as properties, so `options={…}` and `on:widget-action={…}` both work. A dotted name
 * cannot be a JSX attribute (`on:chatkit.ready={…}` does not parse): spread it,
 * `{...{ 'on:chatkit.ready': (event) => … }}`, which Solid's `spread` also turns into a listener.
 */
import type { JSX } from 'solid-js';
import type { ChatKit } from 'chat-kit';
import type { ChatKitAttributes, ChatKitOnColonEventProps, ChatKitProperties } from './shared.js';

export type * from './shared.js';

/** Props of `<chat-kit>` in Solid. */
export type ChatKitSolidProps = JSX.HTMLAttributes<ChatKit> & ChatKitAttributes & ChatKitProperties & ChatKitOnColonEventProps;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'chat-kit': ChatKitSolidProps;
    }
  }
}
