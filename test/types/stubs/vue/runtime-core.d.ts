// Shape of @vue/runtime-core / runtime-dom: `GlobalComponents` and `HTMLAttributes` live here.
export interface GlobalComponents {
  Teleport: new () => { $props: { to: string } };
}
export interface HTMLAttributes {
  class?: unknown;
  id?: string;
  slot?: string;
  onClick?: (payload: MouseEvent) => void;
}
