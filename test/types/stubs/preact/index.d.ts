// Shape of preact/src/index.d.ts (Preact 11): the attribute types live in dom.d.ts and are
// re-exported here; `JSX` is an alias of jsx.d.ts's `JSXInternal`.
export as namespace preact;
import { JSXInternal } from './jsx';
export import JSX = JSXInternal;
export * from './dom';
export interface VNode<P = object> {
  props: P;
}
export type Ref<T> = { current: T | null } | ((instance: T | null) => void) | null;
export interface Attributes {
  key?: unknown;
}
export interface ClassAttributes<T> extends Attributes {
  ref?: Ref<T>;
}
