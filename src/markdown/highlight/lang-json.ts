/** JSON (with the comments of JSONC): a string before `:` is a property name. */
import { blockComment } from './code.js';
import { Scanner } from './scanner.js';
import type { Token } from './types.js';

const NUMBER = /-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const LITERAL = /(?:true|false|null)(?![\w$])/y;
const KEY_COLON = /\s*:/y;
const BARE_KEY = /[\p{L}_$][\p{L}\p{N}_$]*/uy;

/** Tokenizes JSON, JSONC and the JSON5 basics (comments, single quotes, bare keys). */
export function tokenizeJson(code: string): Token[] {
  const s = new Scanner(code);
  while (!s.done) {
    const c = s.peek();
    if (s.space()) continue;
    if (c === '"' || c === "'") {
      const end = s.quotedEnd(s.pos + 1, c, true, false);
      s.emitTo(s.match(KEY_COLON, end) === 0 ? 'string' : 'property', end);
    } else if (s.at('//')) {
      s.restOfLine('comment');
    } else if (s.at('/*')) {
      blockComment(s, '/*', '*/', false);
    } else if (s.take('number', NUMBER) || s.take('constant', LITERAL)) {
      continue;
    } else if (c === ':') {
      s.emit('operator', 1);
    } else if (s.punctuation()) {
      continue;
    } else {
      const word = s.match(BARE_KEY);
      if (word === 0) s.other();
      else s.emit(s.match(KEY_COLON, s.pos + word) === 0 ? 'plain' : 'property', word);
    }
  }
  return s.tokens;
}
