/**
 * CSS (and SCSS/Less, which add `//` comments and `$`/`@` variables). Braces decide the context:
 * outside a declaration words are selectors, inside one the word before `:` is a property and
 * what follows is a value.
 */
import { blockComment } from './code.js';
import { Scanner } from './scanner.js';
import type { Token } from './types.js';

const AT_RULE = /@[\w-]+/y;
const CUSTOM_PROPERTY = /--[\w-]+/y;
const SCSS_VARIABLE = /\$[\w-]+/y;
const IDENT = /-?[\p{L}_][\p{L}\p{N}_-]*/uy;
const NUMBER = /[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?(?:%|[a-zA-Z]+)?/y;
const HEX_COLOR = /#[\da-fA-F]{3,8}(?![\w-])/y;
const SELECTOR_PART = /(?:\.|#)-?[\p{L}_][\p{L}\p{N}_-]*/uy;
const PSEUDO = /::?-?[\p{L}_][\p{L}\p{N}_-]*/uy;
const IMPORTANT = /![ \t]*important/iy;
const COLON = /[ \t]*:/y;
const OPERATOR = /[>+~*=|^$/,]/y;

function tokenize(code: string, scss: boolean): Token[] {
  const s = new Scanner(code);
  let depth = 0;
  /** Inside braces and before this declaration's `:`. */
  let expectProperty = false;
  /** After a declaration's `:`, until `;` or a brace. */
  let inValue = false;

  while (!s.done) {
    const c = s.peek();
    if (s.space()) continue;
    if (s.at('/*')) {
      blockComment(s, '/*', '*/', false);
    } else if (scss && s.at('//')) {
      s.restOfLine('comment');
    } else if (c === '"' || c === "'") {
      s.quoted('string', c, c);
    } else if (c === '@' && s.take('keyword', AT_RULE)) {
      // The prelude (`(max-width: 600px)`, `url(x)`) reads like a value.
      expectProperty = false;
      inValue = true;
    } else if (c === '{') {
      s.emit('punctuation', 1);
      depth++;
      expectProperty = true;
      inValue = false;
    } else if (c === '}') {
      s.emit('punctuation', 1);
      depth = Math.max(0, depth - 1);
      expectProperty = depth > 0;
      inValue = false;
    } else if (c === ';') {
      s.emit('punctuation', 1);
      expectProperty = depth > 0;
      inValue = false;
    } else if (s.take('variable', CUSTOM_PROPERTY) || (scss && c === '$' && s.take('variable', SCSS_VARIABLE))) {
      // A custom property's own declaration reads like a property.
      if (expectProperty && s.match(COLON) > 0) expectProperty = false;
    } else if (inValue) {
      valueStep(s);
    } else if (expectProperty && declaration(s)) {
      expectProperty = false;
      inValue = true;
    } else {
      selectorStep(s);
    }
  }
  return s.tokens;
}

/** A property name and its colon, if they are next. */
function declaration(s: Scanner): boolean {
  const name = s.match(IDENT);
  const colon = name === 0 ? 0 : s.match(COLON, s.pos + name);
  if (colon === 0) return false;
  s.emit('property', name);
  s.emit('plain', colon - 1);
  s.emit('punctuation', 1);
  return true;
}

/** One token of a value: numbers with units, colours, functions, strings, `!important`. */
function valueStep(s: Scanner): void {
  if (s.take('number', HEX_COLOR) || s.take('number', NUMBER) || s.take('keyword', IMPORTANT)) return;
  const word = s.match(IDENT);
  if (word > 0) {
    s.emit(s.peek(word) === '(' ? 'function' : 'plain', word);
    return;
  }
  if (s.take('operator', OPERATOR) || s.punctuation()) return;
  s.other();
}

/** One token of a selector: element names, `.class`/`#id`, pseudo-classes, combinators. */
function selectorStep(s: Scanner): void {
  if (s.take('attr', SELECTOR_PART) || s.take('keyword', PSEUDO) || s.take('number', NUMBER)) return;
  if (s.take('tag', IDENT)) return;
  if (s.peek() === '&') {
    s.emit('operator', 1);
    return;
  }
  if (s.take('operator', OPERATOR) || s.punctuation()) return;
  s.other();
}

/** CSS. */
export const tokenizeCss = (code: string): Token[] => tokenize(code, false);
/** SCSS and Less. */
export const tokenizeScss = (code: string): Token[] => tokenize(code, true);
