/** GFM table rows: splitting on unescaped pipes and reading the alignment row. */
import type { TableAlign } from './ast.js';

const DELIMITER_CELL = /^:?-+:?$/;

/** Splits a table row into trimmed cell texts; `\|` is a literal pipe inside a cell. */
export function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row.charAt(i);
    if (c === '\\' && row[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Reads a delimiter row (`| :-- | :-: | --: |`) into column alignments, or `null` if the line
 * is not one. A pipe is required so that a lone `---` stays a thematic break.
 */
export function parseDelimiterRow(line: string): TableAlign[] | null {
  if (!line.includes('|') || !line.includes('-')) return null;
  const cells = splitRow(line);
  const align: TableAlign[] = [];
  for (const cell of cells) {
    if (!DELIMITER_CELL.test(cell)) return null;
    const left = cell.startsWith(':');
    const right = cell.endsWith(':');
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
  }
  return align;
}

/** Pads or truncates a row to the header's width, as GFM does. */
export function fitRow(cells: string[], width: number): string[] {
  if (cells.length === width) return cells;
  if (cells.length > width) return cells.slice(0, width);
  return [...cells, ...Array<string>(width - cells.length).fill('')];
}
