/**
 * Registers every built-in component: each module defines its element and registers its
 * `type` → render function (see registry.ts). Imported by `<ck-widget-item>`.
 */
import './ck-widget-card.js';
import './ck-widget-list-view.js';
import './ck-widget-list-view-item.js';
import './ck-widget-basic.js';
import './ck-widget-box.js';
import './ck-widget-divider.js';
import './ck-widget-spacer.js';
import './ck-widget-text.js';
import './ck-widget-title.js';
import './ck-widget-caption.js';
import './ck-widget-markdown.js';
import './ck-widget-image.js';
import './ck-widget-icon.js';
import './ck-widget-badge.js';
import './ck-widget-button.js';
