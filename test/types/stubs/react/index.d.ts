// Shape of @types/react 19 (export= namespace with a nested JSX namespace).
export = React;
export as namespace React;

declare namespace React {
  type Key = string | number | bigint;
  interface RefObject<T> {
    current: T;
  }
  type Ref<T> = RefObject<T | null> | ((instance: T | null) => void) | null;
  interface Attributes {
    key?: Key | null;
  }
  interface ClassAttributes<T> extends Attributes {
    ref?: Ref<T>;
  }
  type ReactNode = string | number | bigint | boolean | null | undefined | Iterable<ReactNode>;
  interface DOMAttributes<T> {
    children?: ReactNode;
    onClick?: (event: MouseEvent & { currentTarget: T }) => void;
  }
  interface HTMLAttributes<T> extends DOMAttributes<T> {
    className?: string;
    id?: string;
    hidden?: boolean;
    slot?: string;
    style?: Record<string, string | number>;
  }
  type DetailedHTMLProps<E extends HTMLAttributes<T>, T> = ClassAttributes<T> & E;
  namespace JSX {
    interface IntrinsicElements {
      div: DetailedHTMLProps<HTMLAttributes<HTMLDivElement>, HTMLDivElement>;
    }
  }
}
