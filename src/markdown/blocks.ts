/**
 * Block parser: the CommonMark line-by-line container algorithm (as in commonmark.js), with the
 * GFM table and task-list extensions and `$$` math blocks. HTML blocks, setext headings and link
 * reference definitions are deliberately not recognised: they show as plain text.
 *
 * The parser is fed one complete line at a time and never looks back, which is what makes
 * incremental parsing cheap: {@link BlockParser.fork} copies just the open path so the
 * incomplete last line and the end of input can be applied to the copy, leaving the original
 * ready for more lines.
 */
import type { MarkdownBlock } from './ast.js';
import {
  acceptsLines, buildBlock, canContain, cloneBlock, depthOf, newBlock, parseRow, type BlockType, type ListData, type Open,
} from './block-tree.js';
import { parseInline } from './inline.js';
import { LineCursor, isSpaceOrTab } from './line-cursor.js';
import { parseDelimiterRow, splitRow } from './table.js';
import { unescapeString } from './text.js';

/** Containers nested deeper than this are not opened (keeps rendering recursion bounded). */
const MAX_DEPTH = 16;
const MAYBE_SPECIAL = /^[#`~*+_<>0-9$|:\\-]/;
const ATX = /^#{1,6}(?:[ \t]+|$)/;
const FENCE_OPEN = /^`{3,}(?!.*`)|^~{3,}/;
const FENCE_CLOSE = /^(?:`{3,}|~{3,})(?=[ \t]*$)/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const BULLET = /^[*+-]/;
const ORDERED = /^(\d{1,9})([.)])/;
/** Lines that end a table because they start another block. */
const TABLE_BREAK = /^(?:>|#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|\$\$|(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$))/;

/**
 * A line-fed Markdown block parser. Top-level blocks move to {@link BlockParser.closed} (and
 * never change again) as soon as a fed line closes them.
 */
export class BlockParser extends LineCursor {
  /** Finished top-level blocks, in order. Append-only. */
  readonly closed: MarkdownBlock[] = [];
  private doc = newBlock('document', 0);
  private tip = this.doc;
  private oldTip = this.doc;
  private lastMatched = this.doc;
  private allClosed = true;
  private lineNumber = 0;
  /** The current line was used up by a block start (fence/math opener, table delimiter row). */
  private lineConsumed = false;

  /** Processes one complete line (without its `\n`). */
  feed(line: string): void {
    this.incorporateLine(line);
    // Whatever comes next ends a heading or a rule, so close them now: an incremental parse
    // then keeps them without waiting for the next line to be complete.
    if (this.tip.type === 'heading' || this.tip.type === 'thematicBreak') this.finalize(this.tip);
    this.lineNumber++;
  }

  /**
   * A parser in the same state that shares the finished blocks but owns copies of everything
   * still open, so feeding or finishing the copy leaves this one untouched.
   */
  fork(): BlockParser {
    const copy = new BlockParser();
    copy.lineNumber = this.lineNumber;
    copy.doc = cloneBlock(this.doc);
    copy.tip = copy.doc;
    let from = this.doc;
    let to = copy.doc;
    for (;;) {
      const last = from.children[from.children.length - 1];
      if (!last?.open) break;
      const clone = cloneBlock(last);
      clone.parent = to;
      to.children[to.children.length - 1] = clone;
      if (last === this.tip) copy.tip = clone;
      from = last;
      to = clone;
    }
    return copy;
  }

  /** Closes everything still open (end of input); afterwards `closed` holds every block. */
  finish(): void {
    while (this.tip !== this.doc) this.finalize(this.tip);
  }

  // --- tree operations ---

  private touch(block: Open): void {
    for (let b: Open | null = block; b; b = b.parent) b.lastLine = this.lineNumber;
  }

  private addLine(): void {
    let prefix = '';
    if (this.partiallyConsumedTab) {
      this.offset += 1;
      prefix = ' '.repeat(4 - (this.column % 4));
    }
    const tip = this.tip;
    const text = prefix + this.line.slice(this.offset);
    // A table row is final once its line is: parse it now, not on every later update.
    if (tip.type === 'table') tip.rows.push(parseRow(text, tip.align.length));
    else tip.lines.push(text);
    if (!this.blank || tip.fence || tip.type === 'math') this.touch(tip);
  }

  private addChild(type: BlockType): Open {
    while (!canContain(this.tip.type, type)) this.finalize(this.tip);
    const block = newBlock(type, this.lineNumber);
    block.parent = this.tip;
    this.tip.children.push(block);
    this.tip = block;
    this.touch(block);
    return block;
  }

  private closeUnmatchedBlocks(): void {
    if (this.allClosed) return;
    while (this.oldTip !== this.lastMatched) {
      const parent = this.oldTip.parent;
      this.finalize(this.oldTip);
      if (!parent) break;
      this.oldTip = parent;
    }
    this.allClosed = true;
  }

  // --- the per-line algorithm ---

  private beginLine(line: string): void {
    this.line = line;
    this.offset = 0;
    this.column = 0;
    this.blank = false;
    this.partiallyConsumedTab = false;
    this.lineConsumed = false;
    this.oldTip = this.tip;
  }

  private incorporateLine(line: string): void {
    this.beginLine(line);

    let container = this.doc;
    for (;;) {
      const last = container.children[container.children.length - 1];
      if (!last?.open) break;
      container = last;
      this.findNextNonspace();
      const result = this.continues(container);
      if (result === 2) return;
      if (result === 1) {
        container = container.parent ?? this.doc;
        break;
      }
    }
    this.allClosed = container === this.oldTip;
    this.lastMatched = container;

    let matchedLeaf = container.type !== 'paragraph' && acceptsLines(container.type);
    while (!matchedLeaf) {
      this.findNextNonspace();
      if (!this.indented && !MAYBE_SPECIAL.test(line.slice(this.nextNonspace))) {
        this.advanceNextNonspace();
        break;
      }
      const started = this.startBlock(container);
      if (started === 0) {
        this.advanceNextNonspace();
        break;
      }
      container = this.tip;
      if (started === 2) matchedLeaf = true;
    }

    if (!this.allClosed && !this.blank && this.tip.type === 'paragraph') {
      this.addLine(); // lazy continuation
      return;
    }
    this.closeUnmatchedBlocks();
    // A blank `>` line belongs to its quote: it must not make an enclosing list loose.
    if (this.blank && container.type === 'blockquote') this.touch(container);
    if (acceptsLines(container.type)) {
      if (!this.lineConsumed) this.addLine();
    } else if (this.offset < line.length && !this.blank) {
      this.addChild('paragraph');
      this.advanceNextNonspace();
      this.addLine();
    }
  }

  /** 0: the line continues the block; 1: it does not; 2: the line was consumed (closing fence). */
  private continues(block: Open): 0 | 1 | 2 {
    const line = this.line;
    switch (block.type) {
      case 'document':
      case 'list':
        return 0;
      case 'blockquote':
        if (this.indented || line[this.nextNonspace] !== '>') return 1;
        this.advanceNextNonspace();
        this.advanceOffset(1, false);
        if (isSpaceOrTab(line[this.offset])) this.advanceOffset(1, true);
        return 0;
      case 'item': {
        const list = block.list;
        if (!list) return 1;
        if (this.blank) {
          if (block.children.length === 0) return 1; // a blank line after an empty item ends it
          this.advanceNextNonspace();
        } else if (this.indent >= list.markerOffset + list.padding) {
          this.advanceOffset(list.markerOffset + list.padding, true);
        } else {
          return 1;
        }
        return 0;
      }
      case 'paragraph':
        return this.blank ? 1 : 0;
      case 'heading':
      case 'thematicBreak':
        return 1;
      case 'table':
        if (this.blank) return 1;
        if (!this.indented) {
          const rest = line.slice(this.nextNonspace);
          if (TABLE_BREAK.test(rest) || THEMATIC.test(rest)) return 1;
        }
        return 0;
      case 'math': {
        const rest = line.slice(this.nextNonspace).trimEnd();
        if (!rest.endsWith(block.mathCloser)) return 0;
        const before = rest.slice(0, rest.length - block.mathCloser.length).trimEnd();
        if (before) block.lines.push(before);
        this.closeFenced(block);
        return 2;
      }
      case 'code': {
        const fence = block.fence;
        if (!fence) {
          if (this.indent >= 4) this.advanceOffset(4, true);
          else if (this.blank) this.advanceNextNonspace();
          else return 1;
          return 0;
        }
        const rest = line.slice(this.nextNonspace);
        const close = this.indent <= 3 && rest[0] === fence.char ? FENCE_CLOSE.exec(rest) : null;
        if (close && close[0].length >= fence.length) {
          this.closeFenced(block);
          return 2;
        }
        for (let i = fence.offset; i > 0 && isSpaceOrTab(line[this.offset]); i--) this.advanceOffset(1, true);
        return 0;
      }
    }
  }

  private closeFenced(block: Open): void {
    block.closed = true;
    this.touch(block);
    this.finalize(block);
  }

  /** Tries each block start; 0: none, 1: a container opened, 2: a leaf opened. */
  private startBlock(container: Open): 0 | 1 | 2 {
    if (this.indented) {
      // Indented code cannot interrupt a paragraph (that line is a lazy continuation instead).
      if (this.tip.type === 'paragraph' || this.blank) return 0;
      this.advanceOffset(4, true);
      this.closeUnmatchedBlocks();
      this.addChild('code');
      return 2;
    }
    const rest = this.line.slice(this.nextNonspace);
    const c = rest[0];
    if (container.type === 'paragraph' && this.startTable(container, rest)) return 2;
    if (c === '>' && depthOf(container) < MAX_DEPTH) {
      this.advanceNextNonspace();
      this.advanceOffset(1, false);
      if (isSpaceOrTab(this.line[this.offset])) this.advanceOffset(1, true);
      this.closeUnmatchedBlocks();
      this.addChild('blockquote');
      return 1;
    }
    if (c === '#') {
      const m = ATX.exec(rest);
      if (m) {
        this.advanceNextNonspace();
        this.advanceOffset(m[0].length, false);
        this.closeUnmatchedBlocks();
        const heading = this.addChild('heading');
        heading.level = m[0].trim().length;
        heading.lines.push(this.line.slice(this.offset).replace(/^[ \t]*#+[ \t]*$/, '').replace(/[ \t]+#+[ \t]*$/, ''));
        this.toLineEnd();
        return 2;
      }
    }
    if (c === '`' || c === '~') {
      const m = FENCE_OPEN.exec(rest);
      if (m) {
        const length = m[0].length;
        this.closeUnmatchedBlocks();
        const code = this.addChild('code');
        code.fence = { char: c, length, offset: this.indent };
        code.info = unescapeString(rest.slice(length).trim());
        this.toLineEnd();
        this.lineConsumed = true;
        return 2;
      }
    }
    if (c === '$' || c === '\\') {
      if (this.startMath(rest)) return 2;
    }
    if (THEMATIC.test(rest)) {
      this.closeUnmatchedBlocks();
      this.addChild('thematicBreak');
      this.toLineEnd();
      return 2;
    }
    if (depthOf(container) + 2 <= MAX_DEPTH && this.startListItem(container, rest)) return 1;
    return 0;
  }

  private startMath(rest: string): boolean {
    const trimmed = rest.trimEnd();
    let opener: string;
    let closer: string;
    if (trimmed.startsWith('$$')) {
      opener = '$$';
      closer = '$$';
    } else if (trimmed === '\\[' || /^\\\[.*\\\]$/.test(trimmed)) {
      opener = '\\[';
      closer = '\\]';
    } else {
      return false;
    }
    this.closeUnmatchedBlocks();
    const math = this.addChild('math');
    math.mathCloser = closer;
    this.lineConsumed = true;
    this.toLineEnd();
    const after = trimmed.slice(opener.length).trim();
    if (after.length >= closer.length && after.endsWith(closer)) {
      const body = after.slice(0, after.length - closer.length).trim();
      if (body) math.lines.push(body);
      this.closeFenced(math);
    } else if (after) {
      math.lines.push(after);
    }
    return true;
  }

  /** A delimiter row under a one-line header turns the paragraph's last line into a table. */
  private startTable(paragraph: Open, rest: string): boolean {
    const align = parseDelimiterRow(rest);
    const header = paragraph.lines[paragraph.lines.length - 1];
    if (!align || header === undefined || splitRow(header).length !== align.length) return false;
    const parent = paragraph.parent;
    if (!parent) return false;
    this.closeUnmatchedBlocks();
    paragraph.lines.pop();
    if (paragraph.lines.length === 0) {
      parent.children.pop();
      this.tip = parent;
    } else {
      this.finalize(paragraph);
    }
    const table = this.addChild('table');
    table.startLine = this.lineNumber - 1;
    table.align = align;
    table.head = splitRow(header).map(parseInline);
    this.toLineEnd();
    this.lineConsumed = true;
    return true;
  }

  private startListItem(container: Open, rest: string): boolean {
    const inParagraph = container.type === 'paragraph';
    let marker: string;
    let ordered = false;
    let start = 1;
    const bullet = BULLET.exec(rest);
    const numbered = bullet ? null : ORDERED.exec(rest);
    if (bullet) {
      marker = bullet[0];
    } else if (numbered) {
      start = parseInt(numbered[1] ?? '1', 10);
      // Only a list starting at 1 may interrupt a paragraph ("2024. was a year" is prose).
      if (inParagraph && start !== 1) return false;
      ordered = true;
      marker = numbered[2] ?? '.';
    } else {
      return false;
    }
    const markerLength = (bullet ?? numbered)?.[0].length ?? 1;
    const after = rest[markerLength];
    if (after !== undefined && after !== ' ' && after !== '\t') return false;
    if (inParagraph && !/[^ \t]/.test(rest.slice(markerLength))) return false;

    const markerOffset = this.indent;
    this.advanceNextNonspace();
    this.advanceOffset(markerLength, true);
    const spacesStartColumn = this.column;
    const spacesStartOffset = this.offset;
    do {
      this.advanceOffset(1, true);
    } while (this.column - spacesStartColumn < 5 && isSpaceOrTab(this.line[this.offset]));
    const blankItem = this.line[this.offset] === undefined;
    const spaces = this.column - spacesStartColumn;
    let padding: number;
    if (spaces >= 5 || spaces < 1 || blankItem) {
      padding = markerLength + 1;
      this.column = spacesStartColumn;
      this.offset = spacesStartOffset;
      if (isSpaceOrTab(this.line[this.offset])) this.advanceOffset(1, true);
    } else {
      padding = markerLength + spaces;
    }
    const data: ListData = { ordered, marker, start, markerOffset, padding };
    this.closeUnmatchedBlocks();
    const current = this.tip.list;
    if (this.tip.type !== 'list' || current?.ordered !== ordered || current.marker !== marker) {
      this.addChild('list').list = data;
    }
    this.addChild('item').list = data;
    return true;
  }

  // --- closing blocks and building the public tree ---

  private finalize(block: Open): void {
    const parent = block.parent;
    block.open = false;
    block.result = buildBlock(block);
    if (parent === this.doc) {
      // Only the last child of the document can be open; once closed it is final, and the
      // working copy is no longer needed.
      this.closed.push(block.result as MarkdownBlock);
      parent.children.pop();
    }
    this.tip = parent ?? this.doc;
  }
}
