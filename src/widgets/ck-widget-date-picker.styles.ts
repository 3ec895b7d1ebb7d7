import { css } from 'lit';
import { controlCss } from './ck-widget-input.styles.js';

/**
 * DatePicker: an inline control (full width with `block`) — a native date input in the shared
 * control box. The platform's calendar button stays where it is (and clickable) but invisible,
 * under a calendar icon that follows the text colour in every variant and scheme.
 */
export const datePickerCss = [
  controlCss,
  css`
    ck-widget-date-picker {
      display: inline-block;
      /* As wide as its content, also where a column would stretch it. */
      width: fit-content;
      min-width: 0;
      max-width: 100%;
      vertical-align: middle;
    }
    ck-widget-date-picker[data-block] {
      display: block;
      width: auto;
    }
    [data-axis='row'] > ck-widget-date-picker[data-block] {
      flex: 1 1 0;
    }
    ck-widget-date-picker .ck-w-date-picker__box {
      /* Room for the clear button at the end, after the calendar button. */
      --_clear-space: 0px;
    }
    ck-widget-date-picker .ck-w-date-picker__box[data-clearable] {
      --_clear-space: 1.75em;
    }
    ck-widget-date-picker .ck-w-date-picker {
      padding-inline-end: calc(var(--_gutter) + var(--_clear-space));
    }
    /* Over the (invisible, still clickable) native calendar button, which ends the content box. */
    ck-widget-date-picker .ck-w-date-picker__box > .ck-w-field__icon {
      inset-inline-end: calc(var(--_gutter) + var(--_clear-space) + 1px);
    }
    ck-widget-date-picker .ck-w-date-picker__box > .ck-w-field__clear {
      inset-inline-end: calc(var(--_gutter) / 2);
    }
    ck-widget-date-picker .ck-w-date-picker[data-empty] {
      color: var(--ck-w-text-tertiary);
    }
    ck-widget-date-picker .ck-w-date-picker[data-variant='solid'][data-empty] {
      color: var(--_fg);
    }
    ck-widget-date-picker .ck-w-date-picker::-webkit-calendar-picker-indicator {
      opacity: 0;
      cursor: pointer;
    }
  `,
];
