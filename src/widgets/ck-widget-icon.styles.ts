import { css } from 'lit';

/** Icon: a 1em square box (the icon scale sets its font size) that never shrinks in a Row. */
export const iconCss = css`
  ck-widget-icon {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: 1em;
    block-size: 1em;
    line-height: 1;
  }
  ck-widget-icon > svg {
    display: block;
  }
`;
