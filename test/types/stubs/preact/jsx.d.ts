// Shape of preact/src/jsx.d.ts: the JSX namespace is `JSXInternal`, aliased as `JSX` by the index;
// its elements use the attribute types of dom.d.ts.
import type * as preact from './index';
export namespace JSXInternal {
  interface IntrinsicAttributes {
    key?: unknown;
  }
  interface IntrinsicElements {
    div: preact.HTMLAttributes<HTMLDivElement>;
  }
}
