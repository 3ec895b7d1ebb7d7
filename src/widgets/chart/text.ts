/**
 * What the chart says in words: number formats, the accessible summary and the few UI strings.
 * English for now: the widget context's catalogue has no chart strings yet.
 */
import type { ChartModel, SeriesModel } from './model.js';

export const CHART_TEXT = {
  bar: 'Bar chart',
  line: 'Line chart',
  area: 'Area chart',
  mixed: 'Chart',
  stackedBar: 'Stacked bar chart',
  stackedArea: 'Stacked area chart',
  noValue: 'no value',
  dataCaption: 'Chart data',
} as const;

const valueFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const compactFormat = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** A value as the tooltip, table and summary show it. */
export function formatValue(value: number | null): string {
  return value === null ? CHART_TEXT.noValue : valueFormat.format(value);
}

/** A y-axis tick: compact once numbers get long (12K, 1.5M). */
export function formatTick(value: number, largest: number): string {
  return Math.abs(largest) >= 10_000 ? compactFormat.format(value) : valueFormat.format(value);
}

function kindName(model: ChartModel): string {
  if (model.kind === 'bar' && model.stacked) return CHART_TEXT.stackedBar;
  if (model.kind === 'area' && model.stacked) return CHART_TEXT.stackedArea;
  return CHART_TEXT[model.kind];
}

function seriesRange(series: SeriesModel): string {
  const values = series.values.filter((v): v is number => v !== null);
  if (values.length === 0) return `${series.label}: ${CHART_TEXT.noValue}`;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return `${series.label}: ${formatValue(lo)}`;
  return `${series.label} ranges from ${formatValue(lo)} to ${formatValue(hi)}`;
}

/**
 * One sentence a screen reader announces for the chart, e.g. "Bar chart: Revenue and Cost over
 * 4 categories (Jan to Apr). Revenue ranges from 120 to 300; Cost ranges from 80 to 150."
 */
export function chartSummary(model: ChartModel): string {
  const names = list.format(model.series.map((s) => s.label));
  const count = model.categories.length;
  const first = model.categories[0];
  const last = model.categories[count - 1];
  let over = `${String(count)} ${count === 1 ? 'category' : 'categories'}`;
  if (first && last && count > 1) over += ` (${first.label} to ${last.label})`;
  else if (first) over += ` (${first.label})`;
  const ranges = model.series.map(seriesRange).join('; ');
  return `${kindName(model)}: ${names} over ${over}.${ranges ? ` ${ranges}.` : ''}`;
}

/** The values of one category in words: "Mar: Revenue 300, Cost 150". */
export function categorySummary(model: ChartModel, index: number): string {
  const category = model.categories[index];
  if (!category) return '';
  const values = model.series.map((s) => `${s.label} ${formatValue(s.values[index] ?? null)}`);
  return `${category.label}: ${values.join(', ')}`;
}
