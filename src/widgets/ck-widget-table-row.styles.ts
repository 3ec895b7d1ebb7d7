import { css } from 'lit';

/** Table.Row outside a Table: only its contained fallback shows. */
export const tableRowCss = css`
  ck-widget-table-row {
    display: block;
  }
`;
