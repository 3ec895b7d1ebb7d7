import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { MoreChromeIcon } from './icons-more.js';

const send = svg`<path d="M10 16V4M10 4l-5 5M10 4l5 5" />`;

/** Reuses a glyph turned by `deg` around the centre, so variants cost no extra path data. */
export function turn(glyph: SVGTemplateResult, deg: number): SVGTemplateResult {
  return svg`<g transform=${`rotate(${deg} 10 10)`}>${glyph}</g>`;
}

/**
 * The chrome's own icons (static markup, never server data). 20×20 viewBox, currentColor. The
 * composer's and the header's are here; the rest (`icons-more.ts`) come with the chunks whose
 * elements show them (transcript, history, composer extras), so those always draw at once.
 */
const eager = {
  send,
  stop: svg`<rect x="5.5" y="5.5" width="9" height="9" rx="1.5" fill="currentColor" stroke="none" />`,
  compose: svg`<path d="M4 16h3.5L16 7.5 12.5 4 4 12.5V16z" /><path d="M11 5.5l3.5 3.5" />`,
  history: svg`<path d="M3.5 10a6.5 6.5 0 1 0 1.9-4.6L3.5 7.3" /><path d="M3.5 3.8v3.5H7" /><path d="M10 6.5V10l2.5 1.5" />`,
  back: turn(send, -90),
} as const;

/** Names of the chrome icons. */
export type ChromeIcon = keyof typeof eager | MoreChromeIcon;

let glyphs: Partial<Record<ChromeIcon, SVGTemplateResult>> = eager;

/** Adds the other glyphs (`icons-more.ts` calls it when it is evaluated). */
export function installChromeIcons(more: Readonly<Record<MoreChromeIcon, SVGTemplateResult>>): void {
  glyphs = { ...glyphs, ...more };
}

/** An inline, decorative (`aria-hidden`) 20×20 chrome icon in `currentColor`. */
export function icon(name: ChromeIcon): SVGTemplateResult {
  const glyph = glyphs[name];
  // Only an element used outside its chunk gets here: its box now, the glyph on a later render.
  if (!glyph) import('./icons-more.js').catch(() => undefined);
  return svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor"
    stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${glyph ?? nothing}</svg>`;
}
