import { css } from 'lit';

/**
 * Chart: the element is a column (plot, then legend) sized by the node (200px tall by default);
 * the SVG fills the plot absolutely, so drawing never feeds back into the measured size. Series
 * colours arrive as `--_ck-chart-series` on each series group.
 * Series colours come from the `--ck-w-chart-*` tokens, which meet 3:1 against the card.
 */
export const chartCss = css`
  ck-widget-chart {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-w-spacing-unit) * 2);
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
    color: var(--ck-w-text-prose);
    font-size: var(--ck-w-text-xs-font-size);
    line-height: var(--ck-w-text-xs-line-height);
  }

  .ck-w-chart__placeholder {
    flex: 1 1 0;
    min-height: 0;
    border-radius: var(--ck-w-radius-md);
    background: var(--ck-w-surface-secondary);
  }

  .ck-w-chart__plot {
    position: relative;
    flex: 1 1 0;
    min-height: 0;
    border-radius: var(--ck-w-radius-xs);
    outline: none;
  }
  .ck-w-chart__plot:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: 4px;
  }
  .ck-w-chart__svg {
    position: absolute;
    inset: 0;
    overflow: visible;
  }

  .ck-w-chart__gridline {
    stroke: var(--ck-w-border-subtle);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .ck-w-chart__baseline {
    stroke: var(--ck-w-border-strong);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .ck-w-chart__tick {
    fill: var(--ck-w-text-secondary);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .ck-w-chart__bar {
    fill: var(--_ck-chart-series);
  }
  .ck-w-chart__line {
    fill: none;
    stroke: var(--_ck-chart-series);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .ck-w-chart__area-fill {
    fill: var(--_ck-chart-series);
    fill-opacity: 0.28;
  }
  .ck-w-chart__lone {
    fill: var(--_ck-chart-series);
  }
  .ck-w-chart__cursor {
    fill: var(--ck-w-surface-tertiary);
    opacity: 0.6;
  }
  .ck-w-chart__cursor-line {
    stroke: var(--ck-w-border-strong);
    stroke-width: 1;
  }
  .ck-w-chart__dot {
    fill: var(--_ck-chart-series);
    stroke: var(--ck-w-surface-elevated);
    stroke-width: 2;
  }

  .ck-w-chart__tooltip {
    position: absolute;
    z-index: 1;
    display: grid;
    gap: 2px;
    min-width: 96px;
    max-width: min(240px, 80%);
    padding: 6px 8px;
    border: 1px solid var(--ck-w-border-default);
    border-radius: var(--ck-w-radius-md);
    background: var(--ck-w-surface-elevated);
    box-shadow: var(--ck-w-shadow);
    color: var(--ck-w-text-primary);
    pointer-events: none;
  }
  .ck-w-chart__tooltip-title {
    font-weight: var(--ck-w-font-weight-semibold);
  }
  .ck-w-chart__tooltip-row {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .ck-w-chart__tooltip-label {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    color: var(--ck-w-text-secondary);
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .ck-w-chart__tooltip-value {
    font-variant-numeric: tabular-nums;
    font-weight: var(--ck-w-font-weight-medium);
  }

  .ck-w-chart__swatch {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 3px;
    background: var(--_ck-chart-series);
  }
  .ck-w-chart__legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 4px 16px;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--ck-w-text-secondary);
  }
  .ck-w-chart__legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .ck-w-chart__legend-item[data-type='line'] > .ck-w-chart__swatch {
    height: 3px;
    border-radius: 2px;
  }

  .ck-w-chart__sr {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
