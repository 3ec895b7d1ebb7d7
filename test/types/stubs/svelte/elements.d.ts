// Shape of svelte/elements.d.ts (Svelte 5).
export interface DOMAttributes<T extends EventTarget> {
  onclick?: (event: MouseEvent & { currentTarget: EventTarget & T }) => void;
}
export interface HTMLAttributes<T extends EventTarget> extends DOMAttributes<T> {
  class?: string | null;
  id?: string | null;
  slot?: string | null;
  [key: `data-${string}`]: unknown;
}
export interface SvelteHTMLElements {
  div: HTMLAttributes<HTMLDivElement>;
  // Unknown tags are allowed with any attribute; a declared tag is checked strictly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [name: string]: { [name: string]: any };
}
