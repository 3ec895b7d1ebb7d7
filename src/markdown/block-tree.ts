/**
 * The block parser's mutable working tree, and the conversion of a closed working block into
 * its immutable AST node.
 */
import type { HeadingLevel, ListItemBlock, MarkdownBlock, TableAlign, TableCell } from './ast.js';
import { parseInline } from './inline.js';
import { fitRow, splitRow } from './table.js';

export type BlockType =
  | 'document'
  | 'blockquote'
  | 'list'
  | 'item'
  | 'paragraph'
  | 'heading'
  | 'thematicBreak'
  | 'code'
  | 'math'
  | 'table';

export interface ListData {
  ordered: boolean;
  /** The bullet character, or the ordered delimiter (`.` or `)`). */
  marker: string;
  start: number;
  markerOffset: number;
  padding: number;
}

export interface Fence {
  char: string;
  length: number;
  offset: number;
}

/** A block while it is being parsed. Only blocks on the open path are ever mutated. */
export interface Open {
  type: BlockType;
  parent: Open | null;
  children: Open[];
  open: boolean;
  startLine: number;
  /** Last line with content in this block or below (for list tightness). */
  lastLine: number;
  /** Raw content lines (paragraph, heading, code, math). */
  lines: string[];
  level: number;
  list: ListData | null;
  fence: Fence | null;
  info: string;
  mathCloser: string;
  align: TableAlign[];
  head: TableCell[];
  /** Table rows, inline-parsed as each row line arrives (a row never changes afterwards). */
  rows: TableCell[][];
  checked: boolean | null;
  /** The closing fence/delimiter was seen (code and math). */
  closed: boolean;
  result: MarkdownBlock | ListItemBlock | null;
}

export function newBlock(type: BlockType, line: number): Open {
  return {
    type, parent: null, children: [], open: true, startLine: line, lastLine: line, lines: [], level: 0, list: null,
    fence: null, info: '', mathCloser: '', align: [], head: [], rows: [], checked: null, closed: false, result: null,
  };
}

/** A copy whose arrays can be changed without touching the original. */
export function cloneBlock(block: Open): Open {
  return { ...block, children: block.children.slice(), lines: block.lines.slice(), rows: block.rows.slice() };
}

export function canContain(parent: BlockType, child: BlockType): boolean {
  if (parent === 'list') return child === 'item';
  if (parent === 'document' || parent === 'blockquote' || parent === 'item') return child !== 'item';
  return false;
}

export function acceptsLines(type: BlockType): boolean {
  return type === 'paragraph' || type === 'code' || type === 'math' || type === 'table';
}

export function depthOf(block: Open): number {
  let depth = 0;
  for (let b = block.parent; b; b = b.parent) depth++;
  return depth;
}

/** Parses one table row to exactly `width` cells. */
export function parseRow(line: string, width: number): TableCell[] {
  return fitRow(splitRow(line), width).map(parseInline);
}

/** CommonMark: a list is loose if a blank line separates two items or two blocks of an item. */
function isTight(list: Open): boolean {
  const items = list.children;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    const next = items[i + 1];
    if (next && next.startLine > item.lastLine + 1) return false;
    const kids = item.children;
    for (let j = 0; j + 1 < kids.length; j++) {
      const a = kids[j];
      const b = kids[j + 1];
      if (a && b && b.startLine > a.lastLine + 1) return false;
    }
  }
  return true;
}

const TASK = /^\[([ xX])\](?:[ \t\n]+|$)/;

function childResults(block: Open): MarkdownBlock[] {
  return block.children.map((child) => child.result as MarkdownBlock);
}

/** Builds the AST node of a block whose children are already built. */
export function buildBlock(block: Open): MarkdownBlock | ListItemBlock | null {
  switch (block.type) {
    case 'paragraph': {
      let raw = block.lines.join('\n').replace(/[ \t\n]+$/, '');
      const parent = block.parent;
      if (parent?.type === 'item' && parent.children[0] === block) {
        const task = TASK.exec(raw);
        if (task) {
          parent.checked = task[1] !== ' ';
          raw = raw.slice(task[0].length);
        }
      }
      return { type: 'paragraph', children: parseInline(raw) };
    }
    case 'heading':
      return {
        type: 'heading',
        level: Math.min(6, Math.max(1, block.level)) as HeadingLevel,
        children: parseInline((block.lines[0] ?? '').trim()),
      };
    case 'thematicBreak':
      return { type: 'thematicBreak' };
    case 'code': {
      const lines = block.lines;
      if (!block.fence) {
        // Indented code does not keep trailing blank lines.
        while (lines.length > 0 && !/[^ \t]/.test(lines[lines.length - 1] ?? '')) lines.pop();
      }
      const lang = block.info.split(/[ \t]/)[0] ?? '';
      return {
        type: 'code',
        lang: lang === '' ? null : lang,
        info: block.info,
        value: lines.join('\n'),
        fenced: block.fence !== null,
        open: block.fence !== null && !block.closed,
      };
    }
    case 'math':
      return { type: 'math', value: block.lines.join('\n').replace(/^\n+|\n+$/g, ''), open: !block.closed };
    case 'table':
      return { type: 'table', align: block.align, head: block.head, rows: block.rows };
    case 'blockquote':
      return { type: 'blockquote', children: childResults(block) };
    case 'item':
      return { type: 'listItem', checked: block.checked, children: childResults(block) };
    case 'list': {
      const data = block.list;
      return {
        type: 'list',
        ordered: data?.ordered ?? false,
        start: data?.ordered ? data.start : null,
        tight: isTight(block),
        items: block.children.map((item) => item.result as ListItemBlock),
      };
    }
    case 'document':
      return null;
  }
}
