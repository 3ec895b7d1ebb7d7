// Shape of preact/src/dom.d.ts: `HTMLAttributes` is a top-level export of `preact` (Preact 11 has
// no `JSX.HTMLAttributes`).
import type { ClassAttributes } from './index';
export interface HTMLAttributes<RefType extends EventTarget = EventTarget> extends ClassAttributes<RefType> {
  class?: string;
  id?: string;
  slot?: string;
  onClick?: (event: MouseEvent & { currentTarget: RefType }) => void;
  children?: unknown;
}
