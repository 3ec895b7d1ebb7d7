import { css, type CSSResultGroup } from 'lit';
import { markdownStyles } from '../markdown/index.js';
import { widgetTokens } from '../styles/widget-tokens.js';
import { badgeCss } from './ck-widget-badge.styles.js';
import { basicCss } from './ck-widget-basic.styles.js';
import { boxCss } from './ck-widget-box.styles.js';
import { buttonCss } from './ck-widget-button.styles.js';
import { captionCss } from './ck-widget-caption.styles.js';
import { cardCss } from './ck-widget-card.styles.js';
import { dividerCss } from './ck-widget-divider.styles.js';
import { formCss } from './ck-widget-form.styles.js';
import { iconCss } from './ck-widget-icon.styles.js';
import { imageCss } from './ck-widget-image.styles.js';
import { listViewCss } from './ck-widget-list-view.styles.js';
import { listViewItemCss } from './ck-widget-list-view-item.styles.js';
import { markdownCss } from './ck-widget-markdown.styles.js';
import { spacerCss } from './ck-widget-spacer.styles.js';
import { textCss } from './ck-widget-text.styles.js';
import { titleCss } from './ck-widget-title.styles.js';
import { inputCss } from './ck-widget-input.styles.js';
import { textareaCss } from './ck-widget-textarea.styles.js';
import { selectCss } from './ck-widget-select.styles.js';
import { datePickerCss } from './ck-widget-date-picker.styles.js';
import { checkboxCss } from './ck-widget-checkbox.styles.js';
import { radioGroupCss } from './ck-widget-radio-group.styles.js';
import { labelCss } from './ck-widget-label.styles.js';
import { tableCss } from './ck-widget-table.styles.js';
import { tableRowCss } from './ck-widget-table-row.styles.js';
import { tableCellCss } from './ck-widget-table-cell.styles.js';
import { transitionCss } from './ck-widget-transition.styles.js';
import { chartCss } from './ck-widget-chart.styles.js';

/**
 * Every built-in component's styles, adopted once by each `<ck-widget-item>` shadow root (widget
 * elements render in light DOM under it). Selectors are the component tag names.
 */
export const widgetStyles: CSSResultGroup = [
  widgetTokens,
  markdownStyles,
  cardCss,
  listViewCss,
  listViewItemCss,
  basicCss,
  boxCss,
  dividerCss,
  spacerCss,
  textCss,
  titleCss,
  captionCss,
  markdownCss,
  imageCss,
  iconCss,
  badgeCss,
  buttonCss,
  formCss,
  inputCss,
  textareaCss,
  selectCss,
  datePickerCss,
  checkboxCss,
  radioGroupCss,
  labelCss,
  tableCss,
  tableRowCss,
  tableCellCss,
  transitionCss,
  chartCss,
  // Widget text comes from the server in any language: each text block takes its own direction,
  // while the layout (Row order, alignment of boxes) follows the UI's.
  css`
    ck-widget-text,
    ck-widget-title,
    ck-widget-caption,
    ck-widget-label {
      unicode-bidi: plaintext;
    }
  `,
];
