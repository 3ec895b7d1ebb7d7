/**
 * Heading levels follow the host page: `<chat-kit heading-level="N">` sets the rank of its top
 * headings and everything beneath goes one deeper, instead of fixed `<h2>`/`<h5>` that break the
 * page's outline for screen-reader users (chatkit-js #114).
 */

/** The level used when none is given: beneath a page's own `h1`. */
export const DEFAULT_HEADING_LEVEL = 2;

/** A level ARIA accepts (1–6); a non-number falls back to {@link DEFAULT_HEADING_LEVEL}. */
export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : DEFAULT_HEADING_LEVEL;
}
