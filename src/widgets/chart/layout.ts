/** Where everything goes in a chart of a given pixel size. Pure geometry, no DOM. */
import type { ChartModel } from './model.js';
import { linearScale, niceAxis } from './scale.js';
import { en, type Catalogue } from '../../i18n/index.js';
import { formatTick } from './text.js';

/** Axis labels are 12px; their width is estimated (measuring text would need layout). */
const CHAR_WIDTH = 6.8;
const LABEL_HEIGHT = 12;
const X_AXIS_HEIGHT = 24;
const EDGE = 6;
const DEFAULT_BAR_GAP = 4;
/** Bars get no wider than this unless `barCategoryGap` sets the spacing explicitly. */
const MAX_BAR_WIDTH = 56;

export const textWidth = (text: string): number => text.length * CHAR_WIDTH;

export interface Tick {
  readonly value: number;
  readonly y: number;
  readonly label: string;
}

export interface BarRect {
  readonly series: number;
  readonly category: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface XLabel {
  readonly index: number;
  readonly x: number;
  readonly label: string;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Value → y pixel. */
  readonly y: (value: number) => number;
  readonly ticks: readonly Tick[];
  /** Category → x pixel of its centre. */
  readonly x: (index: number) => number;
  /** Horizontal space per category. */
  readonly step: number;
  readonly bars: readonly BarRect[];
  /** The x labels drawn (every k-th when they would overlap). */
  readonly xLabels: readonly XLabel[];
  readonly xLabelY: number;
}

/** The category nearest to `px` (an x pixel), or `null` without categories. */
export function categoryAt(layout: ChartLayout, count: number, px: number): number | null {
  if (count === 0) return null;
  let best = 0;
  for (let i = 1; i < count; i += 1) if (Math.abs(layout.x(i) - px) < Math.abs(layout.x(best) - px)) best = i;
  return best;
}

/** Lays `model` out in `width × height` px; `barGap`/`barCategoryGap` are the node's px gaps. */
export function chartLayout(
  model: ChartModel,
  width: number,
  height: number,
  gaps: { barGap?: number | undefined; barCategoryGap?: number | undefined } = {},
  strings: Catalogue = en,
): ChartLayout {
  const count = model.categories.length;
  const top = model.showYAxis ? LABEL_HEIGHT / 2 + 2 : EDGE;
  const bottom = Math.max(top + 1, height - (model.hideXAxis ? EDGE : X_AXIS_HEIGHT));
  const tickCount = Math.max(2, Math.min(6, Math.floor((bottom - top) / 36)));
  const axis = niceAxis(model.min, model.max, tickCount);
  const y = linearScale(axis.min, axis.max, bottom, top);
  const largest = Math.max(Math.abs(axis.min), Math.abs(axis.max));
  const ticks = axis.ticks.map((value) => ({ value, y: y(value), label: formatTick(value, largest, strings) }));
  const left = model.showYAxis ? Math.max(...ticks.map((t) => textWidth(t.label))) + 10 : 0;
  const right = width;
  const plotWidth = Math.max(1, right - left);

  const widestLabel = Math.max(0, ...model.categories.map((c) => textWidth(c.label)));
  let x: (index: number) => number;
  let step: number;
  if (model.slots > 0 || count <= 1) {
    // Bars: each category owns an equal band.
    step = plotWidth / Math.max(1, count);
    x = (i) => left + step * (i + 0.5);
  } else {
    // Lines and areas run edge to edge, inset enough for the end labels and markers.
    const inset = Math.min(plotWidth / 4, Math.max(EDGE, model.hideXAxis ? 0 : widestLabel / 2));
    step = (plotWidth - 2 * inset) / (count - 1);
    x = (i) => left + inset + step * i;
  }

  const bars: BarRect[] = [];
  if (model.slots > 0) {
    const explicitGap = gaps.barCategoryGap !== undefined;
    const categoryGap = Math.min(step - 1, Math.max(0, gaps.barCategoryGap ?? step * 0.2));
    let barGap = Math.max(0, gaps.barGap ?? DEFAULT_BAR_GAP);
    let group = step - categoryGap;
    let barWidth = (group - barGap * (model.slots - 1)) / model.slots;
    if (barWidth < 1) {
      barGap = 0;
      barWidth = Math.max(1, group / model.slots);
    }
    if (!explicitGap && barWidth > MAX_BAR_WIDTH) {
      barWidth = MAX_BAR_WIDTH;
      group = barWidth * model.slots + barGap * (model.slots - 1);
    }
    model.series.forEach((series, s) => {
      if (series.type !== 'bar') return;
      series.extents.forEach((extent, i) => {
        if (!extent) return;
        const [lo, hi] = extent;
        const y0 = y(hi);
        bars.push({
          series: s,
          category: i,
          x: x(i) - group / 2 + series.slot * (barWidth + barGap),
          y: y0,
          width: barWidth,
          height: Math.max(0, y(lo) - y0),
        });
      });
    });
  }

  // Skip labels that would overlap: show every k-th.
  const every = Math.max(1, Math.ceil((widestLabel + 8) / Math.max(1, step)));
  // Centred under their category, but kept within the plot so the end labels are not cut off
  // (nor run into the y axis).
  const within = (center: number, label: string): number => {
    const half = Math.min(textWidth(label), plotWidth) / 2;
    return Math.min(right - half, Math.max(left + half, center));
  };
  const xLabels = model.hideXAxis
    ? []
    : model.categories.flatMap((c, index) => (index % every === 0 ? [{ index, x: within(x(index), c.label), label: c.label }] : []));

  return { width, height, left, right, top, bottom, y, ticks, x, step, bars, xLabels, xLabelY: height - 6 };
}
