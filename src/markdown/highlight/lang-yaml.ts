/**
 * YAML, line by line: keys, list markers, comments, quoted and block scalars, anchors, tags,
 * and the plain scalars that read as numbers or constants.
 */
import { Scanner } from './scanner.js';
import type { Token } from './types.js';

const INDENT = /[ \t]+/y;
const DOCUMENT_MARKER = /(?:---|\.\.\.)(?=[ \t]|\n|$)/y;
const LIST_MARKER = /-(?=[ \t]|\n|$)/y;
const BLOCK_INDICATOR = /[|>][-+]?\d?(?=[ \t]|\n|$)/y;
const ANCHOR = /[&*][^\s,[\]{}]+/y;
const TAG = /!!?[\w/.:-]*/y;
const NUMBER = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;
const CONSTANT = /^(?:true|false|yes|no|on|off|null|~)$/i;

/** The end of a plain key on this line (the index of its `:`), or -1. */
function keyEnd(s: Scanner, lineEnd: number): number {
  const src = s.src;
  const first = src[s.pos];
  if (first === undefined || '#\'"[]{}&*!|>%@`,'.includes(first)) return -1;
  for (let i = s.pos; i < lineEnd; i++) {
    const c = src[i];
    if (c === '#' && (src[i - 1] === ' ' || src[i - 1] === '\t')) return -1;
    if (c === ':' && (i + 1 === src.length || ' \t\n'.includes(src[i + 1] ?? ''))) return i;
  }
  return -1;
}

/** The end of a plain scalar at `pos`: before a comment, a flow character or trailing blanks. */
function scalarEnd(s: Scanner, lineEnd: number): number {
  const src = s.src;
  let end = s.pos;
  for (let i = s.pos; i < lineEnd; i++) {
    const c = src[i];
    if (c === ' ' || c === '\t') continue;
    if (c === '#' && i > s.pos && (src[i - 1] === ' ' || src[i - 1] === '\t')) break;
    if (c !== undefined && ',[]{}'.includes(c)) break;
    end = i + 1;
  }
  return end;
}

/** Emits the lines of a block scalar that are indented deeper than `parentIndent`. */
function blockScalar(s: Scanner, parentIndent: number): void {
  const src = s.src;
  let lineStart = s.pos;
  let end = s.pos;
  while (lineStart < src.length) {
    const lineEnd = s.lineEnd(lineStart);
    let indent = 0;
    while (src[lineStart + indent] === ' ') indent++;
    const blank = lineStart + indent === lineEnd;
    if (!blank && indent <= parentIndent) break;
    end = lineEnd;
    lineStart = lineEnd + 1;
  }
  s.emitTo('string', end);
}

/** Emits the rest of a line after its key (or the whole line when it has none). */
function value(s: Scanner, lineIndent: number): void {
  const lineEnd = s.lineEnd();
  while (s.pos < lineEnd) {
    const c = s.peek();
    if (s.take('plain', INDENT)) continue;
    if (c === '#') {
      s.restOfLine('comment');
    } else if (c === '"' || c === "'") {
      // In single quotes `''` escapes a quote: two adjacent strings, one colour.
      s.quoted('string', c, c, c === '"', true);
      // A string that went on to another line ends this line's value.
      if (s.pos > lineEnd) return;
    } else if ((c === '|' || c === '>') && s.take('operator', BLOCK_INDICATOR)) {
      s.restOfLine('comment');
      if (!s.done) s.emit('plain', 1);
      blockScalar(s, lineIndent);
      return;
    } else if (s.take('variable', ANCHOR) || (c === '!' && s.take('type', TAG))) {
      continue;
    } else if ('[]{},:'.includes(c)) {
      s.emit('punctuation', 1);
    } else {
      const end = scalarEnd(s, lineEnd);
      if (end === s.pos) {
        s.other();
        continue;
      }
      const scalar = s.src.slice(s.pos, end);
      s.emitTo(NUMBER.test(scalar) ? 'number' : CONSTANT.test(scalar) ? 'constant' : 'plain', end);
    }
  }
}

/** Tokenizes YAML. */
export function tokenizeYaml(code: string): Token[] {
  const s = new Scanner(code);
  while (!s.done) {
    if (s.peek() === '\n') {
      s.emit('plain', 1);
      continue;
    }
    const indent = s.match(INDENT);
    s.emit('plain', indent);
    if (s.take('punctuation', DOCUMENT_MARKER)) {
      value(s, indent);
      continue;
    }
    while (s.match(LIST_MARKER) > 0) {
      s.emit('punctuation', 1);
      s.take('plain', INDENT);
    }
    const lineEnd = s.lineEnd();
    const quote = s.peek();
    if (quote === '"' || quote === "'") {
      const end = s.quotedEnd(s.pos + 1, quote, quote === '"', false);
      if (s.src[end] === ':') s.emitTo('property', end);
    } else {
      const key = keyEnd(s, lineEnd);
      if (key !== -1) s.emitTo('property', key);
    }
    if (s.peek() === ':') s.emit('punctuation', 1);
    value(s, indent);
  }
  return s.tokens;
}
