// @ts-check
/** The results table: medians per implementation, targets, as aligned text and as Markdown. */
import { median } from './stats.mjs';

/** @typedef {import('./measure.mjs').Row} Row */
/** @typedef {import('./measure.mjs').Impl} Impl */

/** Column order: chat-kit, then the references. */
export const IMPLS = /** @type {const} */ (['chat-kit', 'floor', 'deep-chat', 'adaptivecards', '@a2ui/lit']);

/**
 * @param {number} value
 * @param {Row['unit']} unit
 */
function formatNumber(value, unit) {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'count') return Math.round(value).toLocaleString('en-US');
  const digits = unit === 'ms' ? (value < 100 ? 1 : 0) : unit === 'ratio' ? 2 : 1;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * Medians of a row, per implementation.
 * @param {Row} row
 * @returns {Partial<Record<Impl, number>>}
 */
export function medians(row) {
  /** @type {Partial<Record<Impl, number>>} */
  const out = {};
  for (const impl of IMPLS) {
    const values = row.values[impl];
    if (values?.length) out[impl] = median(values);
  }
  return out;
}

/**
 * The cells of a row: scenario, metric, one per implementation, target, met.
 * @param {Row} row
 */
function cells(row) {
  const m = medians(row);
  const verdict = row.target?.(m);
  return [
    row.scenario,
    row.metric,
    ...IMPLS.map((impl) => {
      const value = m[impl];
      if (value === undefined) return '—';
      return `${row.lowerBound?.[impl] ? '≥ ' : ''}${formatNumber(value, row.unit)}`;
    }),
    verdict?.text ?? '',
    verdict ? (verdict.met ? '✓' : '✗') : '',
  ];
}

const HEADER = ['scenario', 'metric', ...IMPLS, 'target', 'met'];

/**
 * One aligned text table (numbers right-aligned).
 * @param {Row[]} rows
 */
export function textTable(rows) {
  const body = rows.map(cells);
  const widths = HEADER.map((_, i) => Math.max(...[HEADER, ...body].map((r) => [...(r[i] ?? '')].length)));
  const numeric = (/** @type {number} */ i) => i >= 2 && i < 2 + IMPLS.length;
  /** @param {string[]} r */
  const line = (r) => r.map((cell, i) => (numeric(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  let previous = '';
  const out = [line(HEADER), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const r of body) {
    // The scenario name once per group.
    const shown = r[0] === previous ? ['', ...r.slice(1)] : r;
    previous = r[0] ?? '';
    out.push(line(shown));
  }
  return out.join('\n');
}

/**
 * The same table in Markdown.
 * @param {Row[]} rows
 */
export function markdownTable(rows) {
  /** @param {string[]} r */
  const line = (r) => `| ${r.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  const align = HEADER.map((_, i) => (i >= 2 && i < 2 + IMPLS.length ? '---:' : i === HEADER.length - 1 ? ':---:' : '---'));
  let previous = '';
  const body = rows.map(cells).map((r) => {
    const shown = r[0] === previous ? ['', ...r.slice(1)] : r;
    previous = r[0] ?? '';
    return line(shown);
  });
  return [line(HEADER.map((h) => (h === 'chat-kit' ? '**chat-kit**' : h))), `|${align.join('|')}|`, ...body].join('\n');
}
