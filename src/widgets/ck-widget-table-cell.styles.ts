import { css } from 'lit';

/** Table.Cell outside a Table: only its contained fallback shows. */
export const tableCellCss = css`
  ck-widget-table-cell {
    display: block;
  }
`;
