import { svg, type SVGTemplateResult } from 'lit';
import { installChromeIcons, turn } from './icons.js';

/**
 * The chrome icons the main bundle does not draw itself (see `icons.ts`): notices, errors, item
 * actions, history rows, attachments. Imported by the chunks whose elements show them.
 */

const thumb = 'M6.5 17.5V9l3.2-5.4a1.5 1.5 0 0 1 2.8 1l-.6 3.4h3.6a1.5 1.5 0 0 1 1.5 1.8l-1.2 6.2a2 2 0 0 1-2 1.5z';
const thumbUp = svg`<path d=${thumb} /><path d="M6.5 9h-3v8.5h3" />`;
const thumbUpFilled = svg`<path d=${thumb} fill="currentColor" /><path d="M6.5 9h-3v8.5h3" />`;
const dot = (cx: number): SVGTemplateResult => svg`<circle cx=${cx} cy="10" r="1.4" fill="currentColor" stroke="none" />`;
const send = svg`<path d="M10 16V4M10 4l-5 5M10 4l5 5" />`;

const more = {
  retry: svg`<path d="M4 10a6 6 0 1 0 2-4.5" /><path d="M4 3.5V6h2.5" />`,
  close: svg`<path d="M5 5l10 10M15 5L5 15" />`,
  warning: svg`<path d="M10 3l8 14H2L10 3z" /><path d="M10 8v4M10 14.5v.5" />`,
  info: svg`<circle cx="10" cy="10" r="7.5" /><path d="M10 9v5M10 6.5v.5" />`,
  sparkle: svg`<path d="M10 3l1.6 4.4L16 9l-4.4 1.6L10 15l-1.6-4.4L4 9l4.4-1.6L10 3z" />`,
  'arrow-down': turn(send, 180),
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

/** Names of the chrome icons drawn here. */
export type MoreChromeIcon = keyof typeof more;

installChromeIcons(more);
