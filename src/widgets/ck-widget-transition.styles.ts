import { css } from 'lit';

/**
 * Transition: a one-cell grid, so an outgoing and an incoming child overlap during a swap and
 * the element is as tall as the taller of the two.
 */
export const transitionCss = css`
  ck-widget-transition {
    display: grid;
    grid-template: minmax(0, auto) / minmax(0, 1fr);
    min-width: 0;
  }
  .ck-w-transition__layer {
    display: flex;
    flex-direction: column;
    grid-area: 1 / 1;
    min-width: 0;
  }
  .ck-w-transition__layer[inert] {
    pointer-events: none;
  }
`;
