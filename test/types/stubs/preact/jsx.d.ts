// Shape of preact/src/jsx.d.ts: the JSX namespace is `JSXInternal`, aliased as `JSX` by the index.
export namespace JSXInternal {
  interface IntrinsicAttributes {
    key?: unknown;
  }
  interface HTMLAttributes<RefType extends EventTarget = EventTarget> {
    class?: string;
    id?: string;
    slot?: string;
    ref?: { current: RefType | null } | ((instance: RefType | null) => void);
    onClick?: (event: MouseEvent & { currentTarget: RefType }) => void;
    children?: unknown;
  }
  interface IntrinsicElements {
    div: HTMLAttributes<HTMLDivElement>;
  }
}
