/**
 * A cursor over the current line with CommonMark's column arithmetic (tabs are stops of 4, and a
 * tab can be partly consumed as indentation), ported from commonmark.js.
 */

export function isSpaceOrTab(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

export class LineCursor {
  protected line = '';
  protected offset = 0;
  protected column = 0;
  protected nextNonspace = 0;
  protected nextNonspaceColumn = 0;
  protected indent = 0;
  protected indented = false;
  protected blank = false;
  protected partiallyConsumedTab = false;

  protected findNextNonspace(): void {
    const line = this.line;
    let i = this.offset;
    let cols = this.column;
    let c = line[i];
    while (c === ' ' || c === '\t') {
      cols += c === ' ' ? 1 : 4 - (cols % 4);
      c = line[++i];
    }
    this.blank = c === undefined;
    this.nextNonspace = i;
    this.nextNonspaceColumn = cols;
    this.indent = cols - this.column;
    this.indented = this.indent >= 4;
  }

  protected advanceNextNonspace(): void {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
    this.partiallyConsumedTab = false;
  }

  protected advanceOffset(count: number, columns: boolean): void {
    let remaining = count;
    const line = this.line;
    while (remaining > 0) {
      const c = line[this.offset];
      if (c === undefined) break;
      if (c === '\t') {
        const toTab = 4 - (this.column % 4);
        if (columns) {
          this.partiallyConsumedTab = toTab > remaining;
          const step = Math.min(remaining, toTab);
          this.column += step;
          this.offset += this.partiallyConsumedTab ? 0 : 1;
          remaining -= step;
        } else {
          this.partiallyConsumedTab = false;
          this.column += toTab;
          this.offset += 1;
          remaining -= 1;
        }
      } else {
        this.partiallyConsumedTab = false;
        this.offset += 1;
        this.column += 1;
        remaining -= 1;
      }
    }
  }

  protected toLineEnd(): void {
    this.advanceOffset(this.line.length - this.offset, false);
  }
}
