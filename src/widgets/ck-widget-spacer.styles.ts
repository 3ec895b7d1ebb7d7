import { css } from 'lit';

/**
 * Spacer: grows along its parent's main axis; `--ck-w-spacer-min` (from `minSize`) bounds it on
 * that axis only, so a spacer in a Row never makes the row taller.
 */
export const spacerCss = css`
  ck-widget-spacer {
    display: block;
    flex: 1 1 auto;
    min-block-size: var(--ck-w-spacer-min, 0px);
  }
  [data-axis='row'] > ck-widget-spacer {
    min-block-size: 0;
    min-inline-size: var(--ck-w-spacer-min, 0px);
  }
`;
