import { css } from 'lit';

/** Box, Row and Col: a flex container whose inline style carries the node's box props. */
export const boxCss = css`
  ck-widget-box {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    min-width: 0;
  }
  ck-widget-box[data-axis='row'] {
    flex-direction: row;
  }
`;
