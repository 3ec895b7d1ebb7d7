/**
 * `<chat-kit>` in React 19 JSX: `import type {} from 'chat-kit/react'` once in the app.
 *
 * React 19 sets a prop on a custom element as a property when the element has one (`options`,
 * `apiUrl`) and turns `on<name>` into `addEventListener('<name>')` with the name as written, so
 * events are `onwidget-action`, `onentity-click`, `onchatkit.ready`, … (not `onWidgetAction`).
 * A dotted name cannot be a JSX attribute: spread it, `{...{ 'onchatkit.ready': (event) => … }}`
 * (the spread object is checked and its handlers typed like the other props).
 *
 * TypeScript does not report an unknown JSX attribute whose name has a `-`, so a misspelt
 * `onwidget-actoin={…}` passes; its handler's parameter is then untyped, which `strict` reports.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ChatKit } from 'chat-kit';
import type { ChatKitProps } from './shared.js';

export type * from './shared.js';

/** Props of `<chat-kit>` in React: the usual HTML props plus its attributes, properties and events. */
export type ChatKitReactProps = DetailedHTMLProps<HTMLAttributes<ChatKit>, ChatKit> & ChatKitProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'chat-kit': ChatKitReactProps;
    }
  }
}
