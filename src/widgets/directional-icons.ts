import { unsafeCSS } from 'lit';

/**
 * Selector list matching icons of the shared set that point in a horizontal direction
 * (`chevron-right`, `back-small`, `sidebar-open-left-alt`…), by their `data-icon` name. Its own
 * module: the header needs it in the main bundle, the widget styles in the widgets chunk.
 */
export const directionalIcons = unsafeCSS(
  ["[data-icon$='-left']", "[data-icon$='-right']", "[data-icon*='-left-']", "[data-icon*='-right-']", "[data-icon^='back-']"].join(', '),
);
