// Shape of solid-js/types/index.d.ts: `JSX` is re-exported, not declared here.
export type { JSX } from './jsx.js';
export declare function createSignal<T>(value: T): [() => T, (value: T) => void];
