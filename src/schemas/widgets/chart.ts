import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { nodeSchema, optionalBoolean, optionalColor, optionalNumber, optionalSize, optionalString, sizeProps } from './props.js';

export const CURVE_TYPES = [
  'basis',
  'basisClosed',
  'basisOpen',
  'bumpX',
  'bumpY',
  'bump',
  'linear',
  'linearClosed',
  'natural',
  'monotoneX',
  'monotoneY',
  'monotone',
  'step',
  'stepBefore',
  'stepAfter',
] as const;
export const CurveTypeSchema = z.enum(CURVE_TYPES);
export type CurveType = z.output<typeof CurveTypeSchema>;

// `label` is required-but-nullable in Python, and nulls are dropped on the wire: optional here.
const seriesBase = {
  /** Legend label. */
  label: optionalString,
  /** Field of each data row holding the value. */
  dataKey: z.string(),
  /** Chart tokens (`blue`, `purple`, `orange`, `green`, `red`, `yellow`, `pink`) or any colour. */
  color: optionalColor,
};
/** Series sharing a `stack` id stack together. */
const stack = optionalString;
const curveType = nullish(CurveTypeSchema);

/** One plotted series, by `type`. */
export const ChartSeriesSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('bar'), ...seriesBase, stack }),
    z.object({ type: z.literal('area'), ...seriesBase, stack, curveType }),
    z.object({ type: z.literal('line'), ...seriesBase, curveType }),
  ],
  { error: 'expected one of "bar", "area", "line"' },
);
export type ChartSeries = z.output<typeof ChartSeriesSchema>;

/** The X axis: a data key, or a key with options. */
export const ChartXAxisSchema = z.union(
  [
    z.string(),
    z.object({
      dataKey: z.string(),
      hide: optionalBoolean,
      /** Tick value → displayed label. */
      labels: nullish(z.record(z.string(), z.string())),
    }),
  ],
  { error: 'expected string or {dataKey, …}' },
);
export type ChartXAxis = z.output<typeof ChartXAxisSchema>;

/** A data row: field → value (`null` tolerated as a gap). */
export const ChartDataRowSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.null()], { error: 'expected number or string' }),
);
export type ChartDataRow = z.output<typeof ChartDataRowSchema>;

/** `Chart` (Python only): a bar / line / area chart of tabular data. */
export const ChartNodeSchema = nodeSchema('Chart', {
  ...sizeProps,
  data: z.array(ChartDataRowSchema),
  series: z.array(ChartSeriesSchema),
  xAxis: ChartXAxisSchema,
  showYAxis: optionalBoolean,
  showLegend: optionalBoolean,
  showTooltip: optionalBoolean,
  /** px between bars of one category. */
  barGap: optionalNumber,
  /** px between categories. */
  barCategoryGap: optionalNumber,
  flex: optionalSize,
});
export type ChartNode = z.output<typeof ChartNodeSchema>;
