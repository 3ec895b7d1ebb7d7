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
import './ck-widget-custom.js';
import './ck-widget-form.js';
import './ck-widget-input.js';
import './ck-widget-textarea.js';
import './ck-widget-select.js';
import './ck-widget-date-picker.js';
import './ck-widget-checkbox.js';
import './ck-widget-radio-group.js';
import './ck-widget-label.js';
import './ck-widget-table.js';
import './ck-widget-table-row.js';
import './ck-widget-table-cell.js';
import './ck-widget-transition.js';
import './ck-widget-chart.js';
