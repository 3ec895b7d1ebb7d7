/**
 * A Chart node as plotted data: categories (the x axis), each series' values, stacked extents
 * and colours, and the value range. Pure: no DOM, no Lit.
 */
import type { ChartDataRow, ChartNode, ChartSeries } from '../../schemas/widgets/index.js';
import { CHART_COLORS, chartColor } from '../tokens.js';
import { curveOf, type Curve } from './curves.js';

export interface ChartCategory {
  /** The raw x value, as text. */
  readonly value: string;
  /** What the axis, tooltip and table show (`xAxis.labels` maps raw values). */
  readonly label: string;
}

export interface SeriesModel {
  readonly type: ChartSeries['type'];
  readonly dataKey: string;
  /** Legend label (`label`, else the data key). */
  readonly label: string;
  /** A CSS colour (a chart token unless the node gave another colour). */
  readonly color: string;
  readonly curve: Curve;
  /** One value per category; `null` where the row has none (a gap). */
  readonly values: readonly (number | null)[];
  /** Bottom and top of each plotted value (stacked series start where the previous one ended). */
  readonly extents: readonly (readonly [number, number] | null)[];
  /** Bars only: which bar of a category group this series draws in (stacked bars share one). */
  readonly slot: number;
  readonly stacked: boolean;
}

export interface ChartModel {
  readonly kind: 'bar' | 'line' | 'area' | 'mixed';
  /** Some series stack. */
  readonly stacked: boolean;
  readonly xKey: string;
  readonly hideXAxis: boolean;
  readonly categories: readonly ChartCategory[];
  readonly series: readonly SeriesModel[];
  /** Bar groups per category (0 without bars): a band x scale when > 0, points otherwise. */
  readonly slots: number;
  /** Lowest and highest plotted value, 0 included (bars and areas grow from 0). */
  readonly min: number;
  readonly max: number;
  readonly showYAxis: boolean;
  readonly showLegend: boolean;
  readonly showTooltip: boolean;
}

/** A number, or a numeric string; anything else is a gap. */
export function numericValue(value: ChartDataRow[string] | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function xAxisOf(node: ChartNode): { key: string; hide: boolean; labels: Readonly<Record<string, string>> } {
  const axis = node.xAxis;
  if (typeof axis === 'string') return { key: axis, hide: false, labels: {} };
  return { key: axis.dataKey, hide: axis.hide === true, labels: axis.labels ?? {} };
}

/** Builds the plotted model of a (validated) Chart node. */
export function chartModel(node: ChartNode): ChartModel {
  const axis = xAxisOf(node);
  const categories = node.data.map((row): ChartCategory => {
    const raw = row[axis.key];
    const value = raw === undefined || raw === null ? '' : String(raw);
    const label = Object.hasOwn(axis.labels, value) ? (axis.labels[value] ?? value) : value;
    return { value, label };
  });

  // Running stack sums per `type:stack` id; bars stack positives up and negatives down.
  const stackUp = new Map<string, number[]>();
  const stackDown = new Map<string, number[]>();
  const barSlots = new Map<string, number>();
  let min = 0;
  let max = 0;

  const series = node.series.map((s, index): SeriesModel => {
    const values = node.data.map((row) => numericValue(row[s.dataKey]));
    const stackId = s.type !== 'line' && s.stack ? `${s.type}:${s.stack}` : null;
    let slot = 0;
    if (s.type === 'bar') {
      const slotKey = stackId ?? `#${String(index)}`;
      slot = barSlots.get(slotKey) ?? barSlots.size;
      barSlots.set(slotKey, slot);
    }
    const extents = values.map((value, i): readonly [number, number] | null => {
      if (value === null) return null;
      if (stackId === null) return s.type === 'line' ? [value, value] : [Math.min(0, value), Math.max(0, value)];
      const sums = value < 0 && s.type === 'bar' ? stackDown : stackUp;
      const column = sums.get(stackId) ?? new Array<number>(values.length).fill(0);
      sums.set(stackId, column);
      const base = column[i] ?? 0;
      column[i] = base + value;
      return [Math.min(base, base + value), Math.max(base, base + value)];
    });
    for (const extent of extents) {
      if (!extent) continue;
      min = Math.min(min, extent[0]);
      max = Math.max(max, extent[1]);
    }
    return {
      type: s.type,
      dataKey: s.dataKey,
      label: s.label ?? s.dataKey,
      color: chartColor(s.color) ?? chartColor(CHART_COLORS[index % CHART_COLORS.length]) ?? 'currentColor',
      curve: s.type === 'bar' ? 'linear' : curveOf(s.curveType),
      values,
      extents,
      slot,
      stacked: stackId !== null,
    };
  });

  const types = new Set(series.map((s) => s.type));
  const [only] = types;
  return {
    kind: types.size === 1 && only ? only : 'mixed',
    stacked: series.some((s) => s.stacked),
    xKey: axis.key,
    hideXAxis: axis.hide,
    categories,
    series,
    slots: barSlots.size,
    min,
    max,
    showYAxis: node.showYAxis ?? false,
    showLegend: node.showLegend ?? series.length > 1,
    showTooltip: node.showTooltip ?? true,
  };
}
