import { css } from 'lit';

/** Label: a block of text (its inline style carries size, weight, colour, alignment). */
export const labelCss = css`
  ck-widget-label {
    display: block;
    min-width: 0;
    color: var(--ck-w-text-primary);
    overflow-wrap: anywhere;
  }
  .ck-w-label {
    cursor: default;
  }
`;
