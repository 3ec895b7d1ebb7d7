/**
 * For the chunks that show icons: the chrome's drawings (`icon-chrome.ts`), and a directive that
 * fills in an app- or server-chosen icon (a tool's, an entity's, a task's) once the full table is
 * in, without its element having to re-render. Kept out of the main bundle, whose two elements
 * with such icons re-render instead (`whenIconsDrawn`).
 */
import './icon-chrome.js';
import { drawnIcon, fallbackIcon, loadIcons, setPendingDrawing } from './icon-set.js';
import { lazyGlyph, type GlyphSource } from './lazy-glyph.js';

const table: GlyphSource = {
  get: drawnIcon,
  load: loadIcons,
  get fallback() {
    return fallbackIcon();
  },
};

setPendingDrawing((name) => lazyGlyph(table, name));
