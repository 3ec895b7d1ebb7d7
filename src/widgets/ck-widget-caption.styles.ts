import { textBoxCss } from './ck-widget-text.styles.js';

/** Caption: the shared text box rules (truncate, clamp); sizes come from the caption scale inline. */
export const captionCss = textBoxCss('ck-widget-caption');
