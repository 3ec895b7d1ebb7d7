import { svg, type SVGTemplateResult } from 'lit';

const send = svg`<path d="M10 16V4M10 4l-5 5M10 4l5 5" />`;
const thumb = 'M6.5 17.5V9l3.2-5.4a1.5 1.5 0 0 1 2.8 1l-.6 3.4h3.6a1.5 1.5 0 0 1 1.5 1.8l-1.2 6.2a2 2 0 0 1-2 1.5z';
const thumbUp = svg`<path d=${thumb} /><path d="M6.5 9h-3v8.5h3" />`;
const thumbUpFilled = svg`<path d=${thumb} fill="currentColor" /><path d="M6.5 9h-3v8.5h3" />`;
const dot = (cx: number): SVGTemplateResult => svg`<circle cx=${cx} cy="10" r="1.4" fill="currentColor" stroke="none" />`;

/** Reuses a glyph turned by `deg` around the centre, so variants cost no extra path data. */
function turn(glyph: SVGTemplateResult, deg: number): SVGTemplateResult {
  return svg`<g transform=${`rotate(${deg} 10 10)`}>${glyph}</g>`;
}

/** The chrome's own icons (static markup, never server data). 20×20 viewBox, currentColor. */
const paths = {
  send,
  stop: svg`<rect x="5.5" y="5.5" width="9" height="9" rx="1.5" fill="currentColor" stroke="none" />`,
  compose: svg`<path d="M4 16h3.5L16 7.5 12.5 4 4 12.5V16z" /><path d="M11 5.5l3.5 3.5" />`,
  retry: svg`<path d="M4 10a6 6 0 1 0 2-4.5" /><path d="M4 3.5V6h2.5" />`,
  close: svg`<path d="M5 5l10 10M15 5L5 15" />`,
  warning: svg`<path d="M10 3l8 14H2L10 3z" /><path d="M10 8v4M10 14.5v.5" />`,
  info: svg`<circle cx="10" cy="10" r="7.5" /><path d="M10 9v5M10 6.5v.5" />`,
  sparkle: svg`<path d="M10 3l1.6 4.4L16 9l-4.4 1.6L10 15l-1.6-4.4L4 9l4.4-1.6L10 3z" />`,
  history: svg`<path d="M3.5 10a6.5 6.5 0 1 0 1.9-4.6L3.5 7.3" /><path d="M3.5 3.8v3.5H7" /><path d="M10 6.5V10l2.5 1.5" />`,
  'arrow-down': turn(send, 180),
  back: turn(send, -90),
  copy: svg`<rect x="7" y="7" width="10" height="10" rx="2" /><path d="M13 7V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h2" />`,
  check: svg`<path d="M4.5 10.5l3.5 3.5 7.5-8" />`,
  'thumbs-up': thumbUp,
  'thumbs-down': turn(thumbUp, 180),
  'thumbs-up-filled': thumbUpFilled,
  'thumbs-down-filled': turn(thumbUpFilled, 180),
  more: svg`${dot(4.5)}${dot(10)}${dot(15.5)}`,
  edit: svg`<path d="M12.5 4.5l3 3L8 15l-4 1 1-4z" /><path d="M11 6l3 3" /><path d="M11 16.5h5.5" />`,
  trash: svg`<path d="M3.5 5.5h13" /><path d="M8 5.5v-2h4v2" /><path d="M5 5.5l.8 10.6a1.5 1.5 0 0 0 1.5 1.4h5.4a1.5 1.5 0 0 0 1.5-1.4L15 5.5" /><path d="M8.5 9v5M11.5 9v5" />`,
} as const;

/** Names of the chrome icons. */
export type ChromeIcon = keyof typeof paths;

/** An inline, decorative (`aria-hidden`) 20×20 chrome icon in `currentColor`. */
export function icon(name: ChromeIcon): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor"
    stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
