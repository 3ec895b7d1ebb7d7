/**
 * Incremental Markdown parsing for streamed text: every complete line is parsed exactly once,
 * blocks that a complete line has closed are kept (same objects), and only the open tail is
 * rebuilt on each update, so streaming an answer costs time roughly linear in its length.
 */
import type { MarkdownBlock } from './ast.js';
import { BlockParser } from './blocks.js';
import { parseMarkdown } from './parse.js';
import { normaliseSource } from './text.js';

/**
 * Parses a growing Markdown text. Give it the full text so far on every update (or the new
 * part with {@link IncrementalMarkdown.append}); the result always equals
 * `parseMarkdown(text)`, but blocks that were finished in an earlier update are the very same
 * objects, so renderers can cache them by identity.
 *
 * A block counts as finished once a *complete* line after it proves it ended: a blank line after
 * a paragraph, the closing fence of a code block, the first line that does not continue a list.
 * If the text is not an extension of the previous one (an edit, a replacement), everything is
 * parsed again.
 *
 * @example
 * ```ts
 * const md = new IncrementalMarkdown();
 * for await (const delta of stream) render(renderMarkdown(md.append(delta)), container);
 * ```
 */
export class IncrementalMarkdown {
  /** The raw text as last given. */
  private raw = '';
  /** Holds every complete line fed so far. */
  private parser = new BlockParser();
  /** The normalised last line, not yet ended by `\n`. */
  private pending = '';
  private result: MarkdownBlock[] = [];
  /** Set if the parser ever failed: then every update parses from scratch (never throws). */
  private degraded = false;

  /** The current blocks (the same array until the text changes). */
  get blocks(): MarkdownBlock[] {
    return this.result;
  }

  /** The full raw text parsed so far. */
  get text(): string {
    return this.raw;
  }

  /**
   * Parses the full `text` so far, re-using what it can from the previous call.
   * @returns the blocks of the whole text; the same array if the text did not change
   */
  update(text: string): MarkdownBlock[] {
    if (text === this.raw) return this.result;
    // `slice(…) ===` is far faster than `startsWith` on long strings in V8.
    if (!this.degraded && text.length > this.raw.length && text.slice(0, this.raw.length) === this.raw) {
      return this.advance(text.slice(this.raw.length), text);
    }
    this.reset();
    return this.advance(text, text);
  }

  /** Appends a streamed delta; equivalent to `update(text + delta)`, without comparing texts. */
  append(delta: string): MarkdownBlock[] {
    if (delta === '') return this.result;
    return this.degraded ? this.update(this.raw + delta) : this.advance(delta, this.raw + delta);
  }

  private advance(addition: string, text: string): MarkdownBlock[] {
    // A `\r` ending the previous text already counted as a line break; its `\n` half
    // arriving now must not make a second one.
    const rest = this.raw.endsWith('\r') && addition.startsWith('\n') ? addition.slice(1) : addition;
    this.raw = text;
    try {
      const lines = (this.pending + normaliseSource(rest)).split('\n');
      this.pending = lines.pop() ?? '';
      for (const line of lines) this.parser.feed(line);

      // The open tail is finished on a copy, so the parser stays ready for the next lines.
      const tail = this.parser.fork();
      if (this.pending !== '') tail.feed(this.pending);
      tail.finish();
      this.result = this.parser.closed.concat(tail.closed);
    } catch {
      this.degraded = true;
      this.result = parseMarkdown(text);
    }
    return this.result;
  }

  /** Forgets everything (the next update parses from scratch). */
  reset(): void {
    this.raw = '';
    this.parser = new BlockParser();
    this.pending = '';
    this.result = [];
    this.degraded = false;
  }
}
