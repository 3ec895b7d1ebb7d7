import { css } from 'lit';

/** Basic: an unstyled flex root; its axis follows `data-axis` (from `direction`). */
export const basicCss = css`
  ck-widget-basic {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    min-width: 0;
    color: var(--ck-w-text-prose);
  }
  ck-widget-basic[data-axis='row'] {
    flex-direction: row;
  }
`;
