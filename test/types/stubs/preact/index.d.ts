// Shape of preact/src/index.d.ts.
export as namespace preact;
import { JSXInternal } from './jsx';
export import JSX = JSXInternal;
export interface VNode<P = object> {
  props: P;
}
