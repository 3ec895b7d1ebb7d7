import { svg, type SVGTemplateResult } from 'lit';

/** The chrome's own icons (static markup, never server data). 20×20 viewBox, currentColor. */
const paths = {
  send: svg`<path d="M10 16V4M10 4l-5 5M10 4l5 5" />`,
  stop: svg`<rect x="5.5" y="5.5" width="9" height="9" rx="1.5" fill="currentColor" stroke="none" />`,
  compose: svg`<path d="M4 16h3.5L16 7.5 12.5 4 4 12.5V16z" /><path d="M11 5.5l3.5 3.5" />`,
  retry: svg`<path d="M4 10a6 6 0 1 0 2-4.5" /><path d="M4 3.5V6h2.5" />`,
  close: svg`<path d="M5 5l10 10M15 5L5 15" />`,
  warning: svg`<path d="M10 3l8 14H2L10 3z" /><path d="M10 8v4M10 14.5v.5" />`,
  info: svg`<circle cx="10" cy="10" r="7.5" /><path d="M10 9v5M10 6.5v.5" />`,
  sparkle: svg`<path d="M10 3l1.6 4.4L16 9l-4.4 1.6L10 15l-1.6-4.4L4 9l4.4-1.6L10 3z" />`,
} as const;

export type ChromeIcon = keyof typeof paths;

export function icon(name: ChromeIcon): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor"
    stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
