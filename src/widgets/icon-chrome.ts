import { installIcons } from './icon-set.js';

/**
 * The chrome's own icons beyond the few the main bundle draws (see `icon-set.ts` for the format).
 * Imported by the chunks whose elements show them (the transcript, the composer extras), so those
 * draw synchronously; anywhere else they arrive with the full table.
 */

const PAGE = 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z|M14 3v5h5';
const CLOSE = 'M6 6l12 12M18 6 6 18';

/** The drawings the chrome asks for by name (messages, tasks, item actions, menus). */
export const CHROME_ICONS = {
  'book-open': 'M12 6.5C10 5 7 4.5 3 5v13c4-.5 7 0 9 1.5 2-1.5 5-2 9-1.5V5c-4-.5-7 0-9 1.5zM12 6.5v13',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  'check-circle': 'o12 12 9|M8 12.3l2.8 2.7 5.2-5.5',
  'chevron-right': 'M9 5l7 7-7 7',
  'circle-question': 'o12 12 9|M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.4|M12 17h.01',
  document: `${PAGE}|M9 13h6M9 17h4`,
  dot: 'O12 12 2.5',
  globe: 'o12 12 9|M3 12h18|M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z',
  images: 'r7 3 14 13 2|o11.5 7.5 1.5|M21 12l-3.5-3.5L10 16|M17 20H5a2 2 0 0 1-2-2V7',
  plus: 'M12 5v14M5 12h14',
  search: 'o11 11 6.5|M20 20l-4.4-4.4',
  'square-image': 'r3 3 18 18 3|o9 9 1.5|M21 15l-5-5L5 21',
  'arrow-down': 'M12 5v14M6 13l6 6 6-6',
  copy: 'r8 8 13 13 2|M16 8V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h3',
  'thumbs-up':
    'M7 10H4a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h3|M7 21h10.3a2.5 2.5 0 0 0 2.4-2l1.3-7a2 2 0 0 0-2-2.4H14V5.5A2.5 2.5 0 0 0 11.5 3L7 10z',
  'thumbs-down':
    'M7 14H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h3|M7 3h10.3a2.5 2.5 0 0 1 2.4 2l1.3 7a2 2 0 0 1-2 2.4H14v4.1a2.5 2.5 0 0 1-2.5 2.5L7 14z',
  x: CLOSE,
  warning: 'M12 3.5 2.5 20h19z|M12 10v4|M12 17h.01',
  'chevron-down': 'M5 9l7 7 7-7',
  'chevron-up': 'M5 15l7-7 7 7',
} as const satisfies Record<string, string>;

installIcons(CHROME_ICONS);
