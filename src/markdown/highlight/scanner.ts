/**
 * The cursor every grammar drives. Grammars are hand-written loops over this: sticky regexes
 * for short runs (one character class, never a nested quantifier) and explicit scans for
 * delimited spans, so tokenizing is linear in the input whatever it contains — no regex can
 * backtrack across a long unterminated string or comment.
 */
import type { Token, TokenKind } from './types.js';

/** Single characters that count as punctuation in most grammars. */
const PUNCTUATION = /[{}()[\];,.]/y;
const WHITESPACE = /\s+/y;

/** A token while it may still grow (adjacent runs of one kind are merged). */
interface OpenToken {
  kind: TokenKind;
  text: string;
}

/** A cursor over one source text that collects its tokens as a grammar emits them. */
export class Scanner {
  readonly tokens: OpenToken[] = [];
  /** The next character to tokenize. */
  pos = 0;

  constructor(readonly src: string) {}

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  /** The character at `pos + offset` ('' past the end). */
  peek(offset = 0): string {
    return this.src.charAt(this.pos + offset);
  }

  /** Whether the text at `pos` (or at `at`) starts with `text`. */
  at(text: string, at = this.pos): boolean {
    return this.src.startsWith(text, at);
  }

  /**
   * The length of a sticky (`y`) regex's match at `pos` (or `at`), without consuming it; 0 when
   * it does not match (or matches nothing). Each regex must fail fast: its quantifiers are
   * single, so a failed attempt is O(match). `test` allocates nothing, unlike `exec`.
   */
  match(re: RegExp, at = this.pos): number {
    re.lastIndex = at;
    return re.test(this.src) ? re.lastIndex - at : 0;
  }

  /** The next `length` characters. */
  text(length: number): string {
    return this.src.slice(this.pos, this.pos + length);
  }

  /** A sticky regex's full match at `pos` (or `at`), with its groups. */
  exec(re: RegExp, at = this.pos): RegExpExecArray | null {
    re.lastIndex = at;
    return re.exec(this.src);
  }

  /** Emits `src[pos, end)` as one token of `kind` (merged into the previous one if it has the same kind). */
  emitTo(kind: TokenKind, end: number): void {
    if (end <= this.pos) return;
    const text = this.src.slice(this.pos, end);
    this.pos = end;
    const last = this.tokens[this.tokens.length - 1];
    if (last?.kind === kind) last.text += text;
    else this.tokens.push({ kind, text });
  }

  /** Emits the next `length` characters as `kind`. */
  emit(kind: TokenKind, length: number): void {
    this.emitTo(kind, Math.min(this.src.length, this.pos + length));
  }

  /** Emits a sticky regex's match as `kind`; false (and nothing emitted) when it does not match. */
  take(kind: TokenKind, re: RegExp): boolean {
    const length = this.match(re);
    if (length === 0) return false;
    this.emit(kind, length);
    return true;
  }

  /** Emits whitespace as plain text. */
  space(): boolean {
    return this.take('plain', WHITESPACE);
  }

  /** Emits one punctuation character. */
  punctuation(): boolean {
    return this.take('punctuation', PUNCTUATION);
  }

  /** Emits one character (a whole surrogate pair) as plain text: the fallback that always advances. */
  other(): void {
    const code = this.src.charCodeAt(this.pos);
    this.emit('plain', code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  }

  /** The end of the current line (the index of its `\n`, or the end of the input). */
  lineEnd(from = this.pos): number {
    const end = this.src.indexOf('\n', from);
    return end === -1 ? this.src.length : end;
  }

  /** Emits up to the end of the line (excluding the `\n`) as `kind`. */
  restOfLine(kind: TokenKind): void {
    this.emitTo(kind, this.lineEnd());
  }

  /** Emits from `pos` through the first `close` at or after `from`, or to the end of the input. */
  until(kind: TokenKind, close: string, from = this.pos): void {
    const end = this.src.indexOf(close, from);
    this.emitTo(kind, end === -1 ? this.src.length : end + close.length);
  }

  /**
   * The end (exclusive) of a quoted span whose body starts at `from`: just past `close`, or
   * at the line's end when `multiline` is false, or at the end of the input. A backslash
   * escapes the next character when `escapes` is true.
   */
  quotedEnd(from: number, close: string, escapes: boolean, multiline: boolean): number {
    const src = this.src;
    const first = close.charCodeAt(0);
    for (let i = from; i < src.length; i++) {
      const code = src.charCodeAt(i);
      if (escapes && code === 92 /* \ */) {
        // An escaped newline continues the string even in single-line strings.
        i++;
        continue;
      }
      if (code === first && (close.length === 1 || src.startsWith(close, i))) return i + close.length;
      if (code === 10 /* \n */ && !multiline) return i;
    }
    return src.length;
  }

  /** Emits a quoted span: `open` at `pos`, then up to `close` (see {@link quotedEnd}). */
  quoted(kind: TokenKind, open: string, close: string, escapes = true, multiline = false): void {
    this.emitTo(kind, this.quotedEnd(this.pos + open.length, close, escapes, multiline));
  }
}

/** A tokenizer for one language. */
export type Tokenize = (code: string) => Token[];
