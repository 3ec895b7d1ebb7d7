/**
 * One configurable tokenizer for the C family and its relatives (JS/TS, Go, Rust, Java, C/C++,
 * Python, SQL): comments, strings, numbers, words classified by table, operators and
 * punctuation. Languages add what is special about them through `hook`.
 */
import { Scanner } from './scanner.js';
import type { Token, TokenKind } from './types.js';

/** A kind of quoted literal. */
export interface StringSpec {
  open: string;
  /** Default: `open`. */
  close?: string;
  /** Backslash escapes (default true). */
  escapes?: boolean;
  /** May span lines (default false). */
  multiline?: boolean;
  /** Default `string`. */
  kind?: TokenKind;
}

/** What a language's words, comments and literals look like. */
export interface CodeSpec {
  keywords: ReadonlySet<string>;
  /** Built-in type names. */
  types?: ReadonlySet<string>;
  /** `true`, `null`, `None`… */
  constants?: ReadonlySet<string>;
  /** Built-in functions and commands coloured as functions even without a call. */
  builtins?: ReadonlySet<string>;
  lineComments?: readonly string[];
  blockComment?: readonly [open: string, close: string];
  /** Block comments nest (Rust). */
  nestedComments?: boolean;
  /** Tried in order; put longer openers (`"""`) first. */
  strings?: readonly StringSpec[];
  /** `Name` is a type and `NAME_2` a constant (languages where that is the convention). */
  capitalizedTypes?: boolean;
  /** Words are matched lower-cased against the tables (SQL). */
  caseInsensitive?: boolean;
  /** A word after `.` is a property (unless it is called). */
  memberProperties?: boolean;
  /** Sticky identifier regex; default ASCII/Unicode letters, digits, `_` and `$`. */
  ident?: RegExp;
  /**
   * Runs first at every position; returns true when it consumed something. What is special
   * about a language (template literals, decorators, raw strings) goes here.
   */
  hook?: (s: Scanner) => boolean;
}

const IDENT = /[\p{L}_$][\p{L}\p{N}_$]*/uy;
const NUMBER = /(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)\w*/y;
const OPERATOR = /[+\-*/%=&|^!<>~?:]/y;
const CALL = /[ \t]*\(/y;
const CAPITALIZED = /^_*[A-Z]/;
const ALL_CAPS = /^_*[A-Z][A-Z\d_]*$/;

/** Emits a block comment at `pos` (its opener already recognised). */
export function blockComment(s: Scanner, open: string, close: string, nested: boolean): void {
  if (!nested) {
    s.until('comment', close, s.pos + open.length);
    return;
  }
  let depth = 0;
  let i = s.pos;
  const src = s.src;
  while (i < src.length) {
    if (src.startsWith(open, i)) {
      depth++;
      i += open.length;
    } else if (src.startsWith(close, i)) {
      depth--;
      i += close.length;
      if (depth === 0) break;
    } else {
      i++;
    }
  }
  s.emitTo('comment', i);
}

/** Whether the last token is punctuation ending in `.` (a member access; not `...` or `..`). */
function afterDot(s: Scanner): boolean {
  const last = s.tokens[s.tokens.length - 1];
  return last?.kind === 'punctuation' && last.text.endsWith('.') && !last.text.endsWith('..');
}

/** The kind of a word, from the tables and the text around it. */
export function wordKind(s: Scanner, word: string, end: number, spec: CodeSpec): TokenKind {
  const called = s.match(CALL, end) > 0;
  // `promise.catch()`, `node.default`: after a dot even a keyword is a member.
  if (spec.memberProperties && afterDot(s)) return called ? 'function' : 'property';
  const key = spec.caseInsensitive ? word.toLowerCase() : word;
  if (spec.keywords.has(key)) return 'keyword';
  if (spec.constants?.has(key)) return 'constant';
  if (spec.types?.has(key)) return 'type';
  // A capitalized call is a constructor or a macro: still a type (or constant).
  if (spec.capitalizedTypes && CAPITALIZED.test(word)) return ALL_CAPS.test(word) && word.length > 1 ? 'constant' : 'type';
  return called || spec.builtins?.has(key) ? 'function' : 'plain';
}

/** One step of the engine at `pos`: always consumes at least one character. */
export function step(s: Scanner, spec: CodeSpec): void {
  if (s.space()) return;
  for (const prefix of spec.lineComments ?? []) {
    if (s.at(prefix)) {
      s.restOfLine('comment');
      return;
    }
  }
  const block = spec.blockComment;
  if (block && s.at(block[0])) {
    blockComment(s, block[0], block[1], spec.nestedComments ?? false);
    return;
  }
  for (const str of spec.strings ?? []) {
    if (s.at(str.open)) {
      s.quoted(str.kind ?? 'string', str.open, str.close ?? str.open, str.escapes ?? true, str.multiline ?? false);
      return;
    }
  }
  if (s.take('number', NUMBER)) return;
  const length = s.match(spec.ident ?? IDENT);
  if (length > 0) {
    s.emit(wordKind(s, s.text(length), s.pos + length, spec), length);
    return;
  }
  if (s.take('operator', OPERATOR) || s.punctuation()) return;
  s.other();
}

/** Tokenizes `code` with `spec`. */
export function tokenizeCode(code: string, spec: CodeSpec): Token[] {
  const s = new Scanner(code);
  while (!s.done) {
    if (spec.hook?.(s)) continue;
    step(s, spec);
  }
  return s.tokens;
}

/** A `Set` of the space-separated words. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}
