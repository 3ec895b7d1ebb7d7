/** Python: `#` comments, prefixed and triple-quoted strings, decorators. */
import { tokenizeCode, words, type CodeSpec } from './code.js';
import type { Scanner } from './scanner.js';
import type { Token } from './types.js';

/** An optional prefix (`r`, `b`, `f`, `rb`…) and the opening quote. */
const STRING_START = /[rRbBuUfF]{0,2}('''|"""|'|")/y;
const DECORATOR = /@[\p{L}_][\p{L}\p{N}_.]*/uy;

function pythonHook(s: Scanner): boolean {
  const start = s.exec(STRING_START);
  if (start) {
    const quote = start[1] ?? '"';
    // Even in raw strings a backslash keeps the next quote from ending the string.
    s.emitTo('string', s.quotedEnd(s.pos + start[0].length, quote, true, quote.length === 3));
    return true;
  }
  return s.peek() === '@' && s.take('attr', DECORATOR);
}

const PYTHON: CodeSpec = {
  keywords: words(
    'and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield',
  ),
  types: words('int float complex str bytes bytearray bool list dict set frozenset tuple object type range memoryview'),
  constants: words('True False None Ellipsis NotImplemented'),
  builtins: words('print len open isinstance issubclass enumerate zip map filter sorted reversed sum min max abs any all super input repr iter next getattr setattr hasattr'),
  lineComments: ['#'],
  capitalizedTypes: true,
  memberProperties: true,
  hook: pythonHook,
};

/** Python. */
export const tokenizePython = (code: string): Token[] => tokenizeCode(code, PYTHON);
