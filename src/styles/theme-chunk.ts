/**
 * The theme chunk: turning a `theme` object into CSS (colour maths included) and registering its
 * web fonts. `<chat-kit>` imports it only when a theme object is given; a bare colour scheme
 * (`'light'`, `'dark'`, `'auto'`) needs none of it.
 */
export { themeCss } from './theme.js';
export { loadFontSources } from './fonts.js';
