/**
 * What the chart says in words: number formats, the accessible summary and the few UI strings,
 * all in the language of the catalogue the widget context carries.
 */
import { en, format, plural, type Catalogue } from '../../i18n/index.js';
import type { ChartModel, SeriesModel } from './model.js';

interface Formats {
  value: Intl.NumberFormat;
  compact: Intl.NumberFormat;
  list: Intl.ListFormat;
  units: Intl.ListFormat;
}

const formatsByLocale = new Map<string, Formats>();

/** Cached formatters; a malformed locale falls back to English instead of throwing mid-render. */
function formats(locale: string): Formats {
  let found = formatsByLocale.get(locale);
  if (!found) {
    const make = (tag: string): Formats => ({
      value: new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
      compact: new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 }),
      list: new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }),
      units: new Intl.ListFormat(tag, { style: 'short', type: 'unit' }),
    });
    try {
      found = make(locale);
    } catch {
      found = make('en');
    }
    formatsByLocale.set(locale, found);
  }
  return found;
}

/** A value as the tooltip, table and summary show it. */
export function formatValue(value: number | null, strings: Catalogue = en): string {
  return value === null ? strings.chartNoValue : formats(strings.locale).value.format(value);
}

/** A y-axis tick: compact once numbers get long (12K, 1.5M; 1,2 M in French). */
export function formatTick(value: number, largest: number, strings: Catalogue = en): string {
  const { compact, value: plain } = formats(strings.locale);
  return Math.abs(largest) >= 10_000 ? compact.format(value) : plain.format(value);
}

function kindName(model: ChartModel, strings: Catalogue): string {
  if (model.kind === 'bar' && model.stacked) return strings.chartStackedBar;
  if (model.kind === 'area' && model.stacked) return strings.chartStackedArea;
  switch (model.kind) {
    case 'bar':
      return strings.chartBar;
    case 'line':
      return strings.chartLine;
    case 'area':
      return strings.chartArea;
    case 'mixed':
      return strings.chartMixed;
  }
}

function seriesRange(series: SeriesModel, strings: Catalogue): string {
  const values = series.values.filter((v): v is number => v !== null);
  if (values.length === 0) return format(strings.chartSeriesValue, { series: series.label, value: strings.chartNoValue });
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return format(strings.chartSeriesValue, { series: series.label, value: formatValue(lo, strings) });
  return format(strings.chartSeriesRange, {
    series: series.label,
    low: formatValue(lo, strings),
    high: formatValue(hi, strings),
  });
}

/**
 * One sentence a screen reader announces for the chart, e.g. "Bar chart: Revenue and Cost over
 * 4 categories (Jan to Apr). Revenue ranges from 120 to 300; Cost ranges from 80 to 150."
 */
export function chartSummary(model: ChartModel, strings: Catalogue = en): string {
  const names = formats(strings.locale).list.format(model.series.map((s) => s.label));
  const count = model.categories.length;
  const first = model.categories[0];
  const last = model.categories[count - 1];
  const categories = plural(strings, 'chartCategories', count);
  let over = categories;
  if (first && last && count > 1) over = format(strings.chartCategorySpan, { categories, first: first.label, last: last.label });
  else if (first) over = format(strings.chartCategoryOnly, { categories, first: first.label });
  const sentence = format(strings.chartSummary, { kind: kindName(model, strings), series: names, categories: over });
  const ranges = model.series.map((series) => seriesRange(series, strings)).join(strings.chartRangeSeparator);
  return ranges ? `${sentence} ${format(strings.chartRanges, { ranges })}` : sentence;
}

/** The values of one category in words: "Mar: Revenue 300, Cost 150". */
export function categorySummary(model: ChartModel, index: number, strings: Catalogue = en): string {
  const category = model.categories[index];
  if (!category) return '';
  const values = model.series.map((s) => `${s.label} ${formatValue(s.values[index] ?? null, strings)}`);
  return format(strings.chartCategoryValues, { category: category.label, values: formats(strings.locale).units.format(values) });
}
