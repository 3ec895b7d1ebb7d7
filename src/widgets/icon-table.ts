import { CHROME_ICONS } from './icon-chrome.js';
import { EAGER_ICONS, installIcons } from './icon-set.js';

/**
 * The full drawing table of the icon set (see `icon-set.ts` for the format). A lazy chunk: the
 * chrome's icons are in `icon-set.ts` and `icon-chrome.ts`; this module adds the rest (widget, header and
 * app-chosen icons) and, once evaluated, every name draws synchronously. The widgets chunk
 * imports it statically, so widgets never wait for a drawing.
 */

const PAGE = 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z|M14 3v5h5';
const STAR = 'M12 3.1 14.5 9.2 21.1 9.7 16.1 14 17.6 20.5 12 17 6.4 20.5 7.9 14 2.9 9.7 9.5 9.2z';
const FRAME = 'r3 4 18 16 2';
const FLOAT = 'r3 4 18 16 3';
const NOTEBOOK_RINGS = 'M9 3v18|M3 8h4M3 12h4M3 16h4';
const SEND = 'M12 19V5M6 11l6-6 6 6';
const RELOAD = 'M20 12a8 8 0 1 1-2.3-5.7L20 8.5|M20 4v4.5h-4.5';

/** Every drawing, by name (the eager ones included). */
export const ICONS: Readonly<Record<string, string>> = {
  ...EAGER_ICONS,
  ...CHROME_ICONS,
  // Widget / ChatKit icons (protocol §4.8).
  agent: 'r4 8 16 12 3|M12 8V5|o12 3.5 1|M9 13v1.5M15 13v1.5|M2 13v2M22 13v2',
  analytics: 'M4 4v16h16|M8 15l3.5-4 3 2.5L19 8',
  atom: 'O12 12 .6|M3 12a9 3.5 0 1 0 18 0 9 3.5 0 1 0-18 0|M7.5 4.2a9 3.5 60 1 0 9 15.6 9 3.5 60 1 0-9-15.6|M7.5 19.8a9 3.5-60 1 0 9-15.6 9 3.5-60 1 0-9 15.6',
  batch: 'r3 9 12 12 2|M6.5 5.5H16A2.5 2.5 0 0 1 18.5 8v9.5|M10 2h8a4 4 0 0 1 4 4v8',
  bolt: 'M13 2 4 14h7l-1 8 9-12h-7z',
  'book-closed': 'M5 19V5a2 2 0 0 1 2-2h12v14H7a2 2 0 0 0 0 4h12',
  'book-clock': 'M4 19V5a2 2 0 0 1 2-2h11v6|M10 17H6a2 2 0 0 0 0 4h4|o17 16.5 4.5|M17 14.5v2l1.3 1.3',
  bug: 'r7 8 10 12 5|M9 8a3 3 0 0 1 6 0|M7 12H3M7 16l-3 2M17 12h4M17 16l3 2|M10 5.5 8.5 3M14 5.5 15.5 3|M12 12v8',
  calendar: 'r3 5 18 16 2|M3 10h18M8 3v4M16 3v4',
  chart: 'M6 20v-6M12 20V4M18 20v-10',
  'check-circle-filled':
    'E M12 2.1a9.9 9.9 0 1 1 0 19.8 9.9 9.9 0 1 1 0-19.8zM7.3 13.1l3.5 3.4 6-6.3-1.6-1.4-4.4 4.7-2.1-2z',
  'chevron-left': 'M15 5l-7 7 7 7',
  clock: 'o12 12 9|M12 7v5l3 2',
  compass: 'o12 12 9|M15.5 8.5l-2 5-5 2 2-5z',
  confetti: 'M3 21l4.5-11.5 7 7z|M14 3v2M19 9h2M17 7l2-2|M12 8c1-1.5 1-3 0-4.5M16 12c1.5-1 3-1 4.5 0',
  cube: 'M12 3l8 4.5v9L12 21l-8-4.5v-9z|M4 7.5l8 4.5 8-4.5M12 12v9',
  desktop: 'r3 4 18 12 2|M8 20h8M12 16v4',
  'dots-horizontal': 'O5.5 12 1|O12 12 1|O18.5 12 1',
  'dots-vertical': 'O12 5.5 1|O12 12 1|O12 18.5 1',
  'empty-circle': 'o12 12 9',
  'external-link': 'M14 4h6v6M20 4l-9 9|M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4',
  keys: 'o8 16 4|M11 13l8.5-8.5M17 7l2.5 2.5M14.5 9.5l2 2',
  lab: 'M9 3h6M10 3v6l-5 9a2 2 0 0 0 1.7 3h10.6a2 2 0 0 0 1.7-3l-5-9V3|M7.5 15h9',
  info: 'o12 12 9|M12 11v5|M12 8h.01',
  lifesaver: 'o12 12 9|o12 12 4|M5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6',
  lightbulb: 'M9 18h6M10 21h4|M12 3a6 6 0 0 0-3.5 10.9c.4.4.5.9.5 1.5v.6h6v-.6c0-.6.1-1.1.5-1.5A6 6 0 0 0 12 3z',
  mail: 'r3 5 18 14 2|M3.5 7l8.5 6 8.5-6',
  'map-pin': 'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z|o12 9.5 2.5',
  maps: 'M9 4 3 6.5V20l6-2.5 6 2.5 6-2.5V4l-6 2.5z|M9 4v13.5M15 6.5V20',
  mobile: 'r6 2.5 12 19 2.5|M11 18h2',
  name: 'M3 7V5h11v2M8.5 5v14M6.5 19h4|M14 12v-1h7v1M17.5 11v8M16 19h3',
  notebook: `r5 3 14 18 2|${NOTEBOOK_RINGS}`,
  'notebook-pencil': `M12 21H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v4|${NOTEBOOK_RINGS}|M20.3 12.2l-5.8 5.8-.5 3 3-.5 5.8-5.8a1.8 1.8 0 0 0-2.5-2.5z`,
  'page-blank': PAGE,
  phone: 'M5 4h3.5l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5V19a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  play: 'M7 4l13 8-13 8z',
  profile: 'o12 12 9|o12 10 3|M6.2 18.5a7 7 0 0 1 11.6 0',
  'profile-card': 'r3 5 18 14 2|o9 10.5 2|M5.8 16a3.2 3.2 0 0 1 6.4 0|M15 10h3M15 14h3',
  reload: RELOAD,
  star: STAR,
  'star-filled': `F ${STAR}`,
  sparkle: 'M12 3Q13 11 21 12 13 13 12 21 11 13 3 12 11 11 12 3z',
  'sparkle-double': 'M10 7Q11 13 17 14 11 15 10 21 9 15 3 14 9 13 10 7z|M18 2.5Q18.4 5.6 21.5 6 18.4 6.4 18 9.5 17.6 6.4 14.5 6 17.6 5.6 18 2.5z',
  'square-code': 'r3 3 18 18 3|M10 9l-3 3 3 3M14 9l3 3-3 3',
  'square-text': 'r3 3 18 18 3|M7.5 8h9M7.5 12h9M7.5 16h5',
  suitcase: 'r3 7 18 13 2|M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2|M3 13h18',
  'settings-slider': 'M4 7h9M17 7h3M4 17h3M11 17h9|o15 7 2|o9 17 2',
  user: 'o12 8 4|M4.5 20.5a7.5 7.5 0 0 1 15 0',
  wreath:
    'M10.8 19.2A6.8 6.8 0 0 1 7.8 7.1|M8.1 18.1a3 3 0 0 1-4.1 1.1 3 3 0 0 1 4.1-1.1M5.4 14.3a3 3 0 0 1-3.8-1.8 3 3 0 0 1 3.8 1.8M5.8 9.6a2.9 2.9 0 0 1-1.4-3.8 2.9 2.9 0 0 1 1.4 3.8M7.8 7.1a2.6 2.6 0 0 1 1.9-3.1 2.6 2.6 0 0 1-1.9 3.1|M13.2 19.2A6.8 6.8 0 0 0 16.2 7.1|M15.9 18.1a3 3 0 0 0 4.1 1.1 3 3 0 0 0-4.1-1.1M18.6 14.3a3 3 0 0 0 3.8-1.8 3 3 0 0 0-3.8 1.8M18.2 9.6a2.9 2.9 0 0 0 1.4-3.8 2.9 2.9 0 0 0-1.4 3.8M16.2 7.1a2.6 2.6 0 0 0-1.9-3.1 2.6 2.6 0 0 0 1.9 3.1',
  write: 'M4 20h4L19 9l-4-4L4 16z|M13 7l4 4',
  'write-alt': 'M12 4H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-6|M18.5 3.5a2.1 2.1 0 0 1 3 3L13 15l-4 1 1-4z',
  'write-alt2': 'M12 20h8|M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z',
  // Header icons (ChatKit.js HeaderIcon).
  'sidebar-left': `${FRAME}|M9 4v16`,
  'sidebar-right': `${FRAME}|M15 4v16`,
  'sidebar-open-left': `${FRAME}|M9 4v16|M13 10l2 2-2 2`,
  'sidebar-open-right': `${FRAME}|M15 4v16|M11 10l-2 2 2 2`,
  'sidebar-open-left-alt': `${FRAME}|F M5 4h4v16H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z`,
  'sidebar-open-right-alt': `${FRAME}|F M19 4h-4v16h4a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2z`,
  'sidebar-floating-left': `${FLOAT}|r6 7 4 10 1`,
  'sidebar-floating-right': `${FLOAT}|r14 7 4 10 1`,
  'sidebar-floating-open-left': `${FLOAT}|r6 7 4 10 1|M14 10l2 2-2 2`,
  'sidebar-floating-open-right': `${FLOAT}|r14 7 4 10 1|M10 10l-2 2 2 2`,
  'sidebar-collapse-left': `${FRAME}|M9 4v16|M15 10l-2 2 2 2`,
  'sidebar-collapse-right': `${FRAME}|M15 4v16|M9 10l2 2-2 2`,
  'collapse-left': 'M20 12H8M12 8l-4 4 4 4|M4 5v14',
  'collapse-right': 'M4 12h12M12 8l4 4-4 4|M20 5v14',
  'open-left': 'M4 5v14|M8 12h12M16 8l4 4-4 4',
  'open-right': 'M20 5v14|M16 12H4M8 8l-4 4 4 4',
  'double-chevron-left': 'M11 17l-5-5 5-5M18 17l-5-5 5-5',
  'double-chevron-right': 'M13 17l5-5-5-5M6 17l5-5-5-5',
  home: 'M4 10l8-6.5 8 6.5v9a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z|M10 21v-6h4v6',
  'home-alt': 'M3 11l9-8 9 8|M5 9.5V20h14V9.5|M10 20v-5h4v5',
  'back-small': 'M14 8l-4 4 4 4',
  'back-large': 'M19 12H5M11 6l-6 6 6 6',
  'expand-large': 'M14 4h6v6M10 20H4v-6M20 4l-6.5 6.5M4 20l6.5-6.5',
  'collapse-large': 'M4 14h6v6M20 10h-6V4M10 14l-6.5 6.5M14 10l6.5-6.5',
  'expand-small': 'M13 7h4v4M11 17H7v-4M17 7l-4 4M7 17l4-4',
  'collapse-small': 'M7 13h4v4M17 11h-4V7M11 13l-4 4M13 11l4-4',
  'chat-temporary':
    'M16.3 4.1A8.5 8.5 0 0 1 19 6.6M20.2 9.3a8.5 8.5 0 0 1 .2 3.7M19.4 15.8a8.5 8.5 0 0 1-2.5 2.7M14.2 19.7a8.5 8.5 0 0 1-3.7.2M3.8 13.7a8.5 8.5 0 0 1-.2-3.7M4.6 7.2a8.5 8.5 0 0 1 2.5-2.7M9.8 3.3a8.5 8.5 0 0 1 3.7-.2|M7.5 18.5 4 20l1-3.5',
  'settings-cog':
    'M19 9.8 21.3 10.2V13.8L19 14.2 18.5 15.4 19.9 17.3 17.3 19.9 15.4 18.5 14.2 19 13.8 21.3H10.2L9.8 19 8.6 18.5 6.7 19.9 4.1 17.3 5.5 15.4 5 14.2 2.7 13.8V10.2L5 9.8 5.5 8.6 4.1 6.7 6.7 4.1 8.6 5.5 9.8 5 10.2 2.7H13.8L14.2 5 15.4 5.5 17.3 4.1 19.9 6.7 18.5 8.6z|o12 12 3',
  grid: 'r4 4 6.5 6.5 1.5|r13.5 4 6.5 6.5 1.5|r4 13.5 6.5 6.5 1.5|r13.5 13.5 6.5 6.5 1.5',
  'dots-horizontal-circle': 'o12 12 9|O8 12 .5|O12 12 .5|O16 12 .5',
  'dots-vertical-circle': 'o12 12 9|O12 8 .5|O12 12 .5|O12 16 .5',
  menu: 'M4 8h16M4 16h10',
  'menu-inverted': 'M4 8h16M10 16h10',
  hamburger: 'M4 6h16M4 12h16M4 18h16',
  history: 'M3.5 12a8.5 8.5 0 1 0 2.5-6L3.5 8.5|M3.5 4v4.5H8|M12 7.5V12l3 2',
  compose: 'M11 4H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-5|M17.5 3.5l3 3L12 15H9v-3z',
  share: 'M12 15V3M7.5 7.5 12 3l4.5 4.5|M8 10H6a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7a2 2 0 0 0-2-2h-2',
  'light-mode':
    'o12 12 4|M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4',
  'dark-mode': 'M20 14.5A8.5 8.5 0 1 1 9.5 4a7.5 7.5 0 0 0 10.5 10.5z',
  close: CHROME_ICONS.x,
  // Chrome icons (composer, message actions, notices).
  send: SEND,
  'arrow-up': SEND,
  stop: 'R6.5 6.5 11 11 2',
  paperclip: EAGER_ICONS.attach,
  mic: 'r9 3 6 11 3|M5.5 11a6.5 6.5 0 0 0 13 0|M12 17.5V21',
  upload: 'M12 15V4M7 9l5-5 5 5|M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3',
  code: 'M8 7l-5 5 5 5M16 7l5 5-5 5|M14 4l-4 16',
  trash: 'M4 6h16|M9 6V4h6v2|M6 6l1 13a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-13|M10 10.5v6M14 10.5v6',
  retry: RELOAD,
};

installIcons(ICONS);
