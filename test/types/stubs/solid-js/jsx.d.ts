// Shape of solid-js/types/jsx.d.ts.
export namespace JSX {
  type Element = Node | string | number | boolean | null | undefined | Element[];
  interface HTMLAttributes<T> {
    class?: string;
    id?: string;
    slot?: string;
    ref?: T | ((el: T) => void);
    onClick?: (event: MouseEvent & { currentTarget: T }) => void;
    children?: Element;
  }
  interface IntrinsicElements {
    div: HTMLAttributes<HTMLDivElement>;
  }
}
