// @ts-check
/** Medians and quantiles of run values. */

/**
 * @param {number[]} values
 * @param {number} q 0…1
 */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low);
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);
