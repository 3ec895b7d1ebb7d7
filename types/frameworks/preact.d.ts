/**
 * `<chat-kit>` in Preact JSX: `import type {} from 'chat-kit/preact'` once in the app.
 *
 * Preact sets props the element has as properties, and `on<name>` listens to `<name>` as
 * written when it is not a native `on…` handler, so events are `onwidget-action`,
 * `onchatkit.ready`, …. A dotted name cannot be a JSX attribute: spread it,
 * `{...{ 'onchatkit.ready': (event) => … }}`.
 */
// `HTMLAttributes` from `preact` itself: Preact 11 dropped `JSX.HTMLAttributes` (Preact 10 keeps
// it only as a deprecated alias of this one).
import type { HTMLAttributes } from 'preact';
import type { ChatKit } from 'chat-kit';
import type { ChatKitProps } from './shared.js';

export type * from './shared.js';

/** Props of `<chat-kit>` in Preact. */
export type ChatKitPreactProps = HTMLAttributes<ChatKit> & ChatKitProps;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'chat-kit': ChatKitPreactProps;
    }
  }
}
