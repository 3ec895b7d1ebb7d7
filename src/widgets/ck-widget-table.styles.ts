import { css } from 'lit';

/**
 * Table: the element is the horizontal scroll container; the `<table>` inside fills the card's
 * width and grows past it when its content needs more (then the element scrolls). Rows are
 * separated by subtle rules; header cells are smaller, secondary and semibold. The outer cells
 * drop their inline padding so the columns line up with the card's other content.
 *
 * @cssprop --ck-w-table-col-xs - (and `-sm`, `-md`, `-lg`, `-xl`) Widths of `colSize` cells.
 */
export const tableCss = css`
  ck-widget-table {
    --ck-w-table-col-xs: 48px;
    --ck-w-table-col-sm: 80px;
    --ck-w-table-col-md: 120px;
    --ck-w-table-col-lg: 180px;
    --ck-w-table-col-xl: 240px;
    display: block;
    min-width: 0;
    max-width: 100%;
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }
  ck-widget-table:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: 2px;
    border-radius: var(--ck-w-radius-xs);
  }
  .ck-w-table {
    width: 100%;
    border-collapse: collapse;
    border-spacing: 0;
    font-size: var(--ck-w-text-sm-font-size);
    line-height: var(--ck-w-text-sm-line-height);
    color: var(--ck-w-text-prose);
  }
  .ck-w-table th,
  .ck-w-table td {
    padding: calc(var(--ck-w-spacing-unit) * 2) calc(var(--ck-w-spacing-unit) * 3);
    border-bottom: 1px solid var(--ck-w-border-subtle);
    text-align: start;
    vertical-align: middle;
    /* Reset per cell, so a nested table does not inherit its parent cell's alignment. */
    --ck-w-cell-align: flex-start;
  }
  .ck-w-table th:first-child,
  .ck-w-table td:first-child {
    padding-inline-start: 0;
  }
  .ck-w-table th:last-child,
  .ck-w-table td:last-child {
    padding-inline-end: 0;
  }
  .ck-w-table th {
    color: var(--ck-w-text-secondary);
    font-size: var(--ck-w-text-xs-font-size);
    font-weight: var(--ck-w-font-weight-semibold);
    line-height: var(--ck-w-text-xs-line-height);
    white-space: nowrap;
  }
  .ck-w-table thead tr:last-child > th {
    border-bottom-color: var(--ck-w-border-default);
  }
  .ck-w-table tbody tr:last-child > td,
  .ck-w-table tbody tr:last-child > th {
    border-bottom: none;
  }
  .ck-w-table [data-col-size='xs'] {
    width: var(--ck-w-table-col-xs);
    min-width: var(--ck-w-table-col-xs);
  }
  .ck-w-table [data-col-size='sm'] {
    width: var(--ck-w-table-col-sm);
    min-width: var(--ck-w-table-col-sm);
  }
  .ck-w-table [data-col-size='md'] {
    width: var(--ck-w-table-col-md);
    min-width: var(--ck-w-table-col-md);
  }
  .ck-w-table [data-col-size='lg'] {
    width: var(--ck-w-table-col-lg);
    min-width: var(--ck-w-table-col-lg);
  }
  .ck-w-table [data-col-size='xl'] {
    width: var(--ck-w-table-col-xl);
    min-width: var(--ck-w-table-col-xl);
  }
  /* Cell content stacks like a column; align moves children as well as their text. */
  .ck-w-table__content {
    display: flex;
    flex-direction: column;
    align-items: var(--ck-w-cell-align, flex-start);
    gap: calc(var(--ck-w-spacing-unit) * 1);
    min-width: 0;
  }
  .ck-w-table__content > * {
    max-width: 100%;
  }
  /* Words stay whole (text widgets break anywhere by default): a table too narrow for its words
     scrolls instead of spelling them out letter by letter. */
  .ck-w-table__content * {
    overflow-wrap: break-word;
  }
`;
