import { css } from 'lit';
import { directionalIcons } from './directional-icons.js';

export { directionalIcons };

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
  /*
   * Icons that point along the line (chevrons, back arrows, sidebars) are drawn for left-to-right
   * text; in right-to-left text "next" points left, so they mirror. This covers every widget icon
   * (Icon, Button and ListViewItem icons), which all come from the shared set with \`data-icon\`.
   */
  svg.ck-icon:dir(rtl):is(${directionalIcons}) {
    transform: scaleX(-1);
  }
`;
