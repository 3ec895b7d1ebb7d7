import { css } from 'lit';

/**
 * Divider: the element is the rule. Thickness, colour and spacing come from custom properties its
 * node sets; `flush` cancels the inline padding of the nearest padded container (the Card, or a
 * Box with `padding`), which publishes it as `--ck-w-flush-left/right`, so the rule touches both
 * edges.
 */
export const dividerCss = css`
  ck-widget-divider {
    display: block;
    flex: none;
    align-self: stretch;
    border: 0;
    border-block-start: var(--ck-w-divider-size, 1px) solid var(--ck-w-divider-color, var(--ck-w-border-default));
    margin-block: var(--ck-w-divider-spacing, 0px);
  }
  ck-widget-divider[data-flush] {
    /* The container pads by the widget's physical sides (\`padding.left\`), so the bleed must use the same sides. */
    margin-left: calc(-1 * var(--ck-w-flush-left, 0px)); /* physical: cancels padding-left */
    margin-right: calc(-1 * var(--ck-w-flush-right, 0px)); /* physical: cancels padding-right */
  }
  [data-axis='row'] > ck-widget-divider {
    border-block-start: 0;
    border-inline-start: var(--ck-w-divider-size, 1px) solid var(--ck-w-divider-color, var(--ck-w-border-default));
    margin-block: 0;
    margin-inline: var(--ck-w-divider-spacing, 0px);
  }
`;
