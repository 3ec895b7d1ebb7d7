import { css } from 'lit';
import { controlCss } from './ck-widget-input.styles.js';

/**
 * Select: an inline control (full width with `block`, as `data-block` on the element) — a
 * native `<select>` without the platform arrow, in the shared control box, with a chevron
 * that follows the text colour and room for the clear button.
 */
export const selectCss = [
  controlCss,
  css`
    ck-widget-select {
      display: inline-block;
      /* As wide as its content, also where a column would stretch it. */
      width: fit-content;
      min-width: 0;
      max-width: 100%;
      vertical-align: middle;
    }
    ck-widget-select[data-block] {
      display: block;
      width: auto;
    }
    [data-axis='row'] > ck-widget-select[data-block] {
      flex: 1 1 0;
    }
    ck-widget-select .ck-w-select {
      appearance: none;
      padding-inline-end: calc(var(--_gutter) + var(--ck-w-icon-md) + 0.5em);
      text-overflow: ellipsis;
      cursor: pointer;
    }
    ck-widget-select .ck-w-field__box[data-clearable] .ck-w-select {
      padding-inline-end: calc(var(--_gutter) + var(--ck-w-icon-md) + 2.25em);
    }
    ck-widget-select .ck-w-select[data-empty] {
      color: var(--ck-w-text-tertiary);
    }
    ck-widget-select .ck-w-select[data-variant='solid'][data-empty] {
      color: var(--_fg);
    }
    /* The open list keeps the page's colours, whatever the closed control looks like. */
    ck-widget-select .ck-w-select option {
      background: var(--ck-w-surface-elevated);
      color: var(--ck-w-text-primary);
    }
  `,
];
