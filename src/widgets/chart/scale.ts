/** Numeric helpers of the chart: a "nice" value axis and a linear scale. Pure functions. */

/** A value axis: its (rounded-out) domain and the tick values, lowest first. */
export interface NiceAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

/** A round step (1, 2 or 5 × 10ⁿ) that cuts `span` into about `count` intervals. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const unit = 10 ** power;
  const error = raw / unit;
  // The thresholds are the geometric means of 1, 2, 5 and 10 (as in d3's tickIncrement).
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * unit;
}

/**
 * Rounds `[min, max]` out to multiples of a round step and lists the ticks, about `count` of
 * them. An empty or one-value domain still gets a usable axis (`[0, 1]`, or around the value).
 */
export function niceAxis(min: number, max: number, count = 5): NiceAxis {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) {
    if (lo === 0) hi = 1;
    else if (lo > 0) lo = 0;
    else hi = 0;
  }
  const step = niceStep(hi - lo, count);
  const niceMin = Math.floor(lo / step) * step;
  const niceMax = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Ticks are computed from integers, so 0.1 + 0.2 noise never shows up in labels.
  const first = Math.round(niceMin / step);
  const last = Math.round(niceMax / step);
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return { min: niceMin, max: niceMax, ticks };
}

/** Maps `[d0, d1]` onto `[r0, r1]` linearly. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}
