import { textBoxCss } from './ck-widget-text.styles.js';

/** Title: the shared text box rules (truncate, clamp); sizes come from the title scale inline. */
export const titleCss = textBoxCss('ck-widget-title');
