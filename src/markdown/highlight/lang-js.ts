/**
 * JavaScript, TypeScript and their JSX flavours: the shared engine plus what the engine cannot
 * know — template literals (with nested `${}`), regex literals, decorators and JSX tags. A
 * stack of frames tells which `}` ends what, so nesting costs nothing extra.
 */
import { step, words, type CodeSpec } from './code.js';
import { Scanner } from './scanner.js';
import type { Token } from './types.js';

const JS_KEYWORDS =
  'break case catch class const continue debugger default delete do else export extends finally for function if import in instanceof let new return super switch this throw try typeof var void while with yield async await of from as static';
const TS_KEYWORDS =
  'abstract declare enum implements interface keyof namespace private protected public readonly type satisfies infer is module override asserts unique accessor';

/** Keywords after which a `/` starts a regex (and `<` a JSX tag), not a division. */
const EXPRESSION_KEYWORDS = words('return typeof case do else in of new delete void throw yield await instanceof extends');
/** Punctuation and operators after which an expression starts. */
const EXPRESSION_AFTER = /[([{,;:?!&|=+\-*%<>~^}]$/;

const DECORATOR = /@[\p{L}_$][\p{L}\p{N}_$.]*/uy;
const JSX_NAME = /[\p{L}_$][\p{L}\p{N}_$.:-]*/uy;
const JSX_TEXT = /[^<{]+/y;
const JSX_OPEN = /<(?:[\p{L}_$]|>)/uy;
const JSX_CLOSE = /<\/(?:[\p{L}_$]|>)/uy;
const FLAGS = /[a-z]+/y;

/** What the innermost open construct is. */
type Frame =
  /** `{` of ordinary code. */
  | 'brace'
  /** `${` of a template literal. */
  | 'interp'
  /** Inside `<tag …>`. */
  | 'tag'
  /** Inside `</tag>`. */
  | 'closeTag'
  /** Between an opening JSX tag and its closing tag. */
  | 'children'
  /** `{` inside a JSX tag or children. */
  | 'expr';

const spec = (ts: boolean): CodeSpec => ({
  keywords: words(ts ? `${JS_KEYWORDS} ${TS_KEYWORDS}` : JS_KEYWORDS),
  types: ts ? words('string number boolean any unknown never object symbol bigint') : undefined,
  constants: words('true false null undefined NaN Infinity'),
  lineComments: ['//'],
  blockComment: ['/*', '*/'],
  strings: [{ open: '"' }, { open: "'" }],
  capitalizedTypes: true,
  memberProperties: true,
});
const JS = spec(false);
const TS = spec(true);

/** Whether an expression may start here (so `/` is a regex and `<` a tag). */
function expressionStart(s: Scanner): boolean {
  for (let i = s.tokens.length - 1; i >= 0; i--) {
    const token = s.tokens[i];
    if (!token || token.kind === 'comment') continue;
    const text = token.text.trimEnd();
    if (text === '') continue;
    switch (token.kind) {
      case 'operator':
        return true;
      case 'punctuation':
        return EXPRESSION_AFTER.test(text);
      case 'keyword':
        return EXPRESSION_KEYWORDS.has(text);
      default:
        return false;
    }
  }
  return true;
}

/** The end of a regex literal starting at `pos` (a `/`), or -1 if the line ends first. */
function regexEnd(s: Scanner): number {
  const src = s.src;
  let inClass = false;
  for (let i = s.pos + 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '\n') return -1;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i + 1;
  }
  return -1;
}

/** Emits template text from `from` up to and including the closing backtick, or up to `${`. */
function templateText(s: Scanner, from: number, stack: Frame[]): void {
  const src = s.src;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
    } else if (c === '`') {
      s.emitTo('string', i + 1);
      return;
    } else if (c === '$' && src[i + 1] === '{') {
      s.emitTo('string', i);
      s.emit('punctuation', 2);
      stack.push('interp');
      return;
    }
  }
  s.emitTo('string', src.length);
}

/** One step inside a JSX tag: name, attributes, values, `{expr}`, the end. */
function tagStep(s: Scanner, stack: Frame[], closing: boolean): void {
  if (s.space()) return;
  const name = s.match(JSX_NAME);
  if (name > 0) {
    const last = s.tokens[s.tokens.length - 1];
    const afterBracket = last?.kind === 'punctuation' && last.text.endsWith('<');
    const afterSlash = last?.kind === 'punctuation' && last.text.endsWith('</');
    s.emit(afterBracket || afterSlash ? 'tag' : 'attr', name);
    return;
  }
  const c = s.peek();
  if (c === '"' || c === "'") {
    s.quoted('string', c, c, false, true);
  } else if (c === '{') {
    s.emit('punctuation', 1);
    stack.push('expr');
  } else if (c === '=') {
    s.emit('operator', 1);
  } else if (c === '>' || s.at('/>')) {
    s.emit('punctuation', c === '>' ? 1 : 2);
    stack.pop();
    if (c === '>' && !closing) stack.push('children');
  } else {
    s.other();
  }
}

function tokenizeJs(code: string, ts: boolean, jsx: boolean): Token[] {
  const grammar = ts ? TS : JS;
  const s = new Scanner(code);
  const stack: Frame[] = [];
  /** A `/` before this index cannot start a regex (one failed scan per line is enough). */
  let noRegexUntil = -1;

  while (!s.done) {
    const top = stack[stack.length - 1];
    if (top === 'tag' || top === 'closeTag') {
      tagStep(s, stack, top === 'closeTag');
      continue;
    }
    const c = s.peek();
    if (top === 'children') {
      if (s.take('plain', JSX_TEXT)) continue;
      if (c === '{') {
        s.emit('punctuation', 1);
        stack.push('expr');
      } else if (s.match(JSX_CLOSE) > 0) {
        s.emit('punctuation', 2);
        stack[stack.length - 1] = 'closeTag';
      } else {
        // `<` opening a nested tag (or a stray one, shown as text).
        s.emit('punctuation', 1);
        if (s.match(JSX_NAME) > 0 || s.peek() === '>') stack.push('tag');
      }
      continue;
    }
    if (c === '`') {
      templateText(s, s.pos + 1, stack);
    } else if (c === '{') {
      s.emit('punctuation', 1);
      if (stack.length > 0) stack.push('brace');
    } else if (c === '}' && top !== undefined) {
      stack.pop();
      s.emit('punctuation', 1);
      if (top === 'interp') templateText(s, s.pos, stack);
    } else if (c === '/' && s.pos >= noRegexUntil && !s.at('//') && !s.at('/*') && expressionStart(s)) {
      const end = regexEnd(s);
      if (end === -1) {
        noRegexUntil = s.lineEnd();
        s.emit('operator', 1);
      } else {
        s.emitTo('string', end);
        s.take('string', FLAGS);
      }
    } else if (c === '@' && s.take('attr', DECORATOR)) {
      // A decorator.
    } else if (jsx && c === '<' && s.match(JSX_CLOSE) > 0) {
      s.emit('punctuation', 2);
      stack.push('closeTag');
    } else if (jsx && c === '<' && s.match(JSX_OPEN) > 0 && expressionStart(s)) {
      s.emit('punctuation', 1);
      stack.push('tag');
    } else {
      step(s, grammar);
    }
  }
  return s.tokens;
}

/** JavaScript. */
export const tokenizeJavaScript = (code: string): Token[] => tokenizeJs(code, false, false);
/** JavaScript with JSX. */
export const tokenizeJsx = (code: string): Token[] => tokenizeJs(code, false, true);
/** TypeScript. */
export const tokenizeTypeScript = (code: string): Token[] => tokenizeJs(code, true, false);
/** TypeScript with JSX. */
export const tokenizeTsx = (code: string): Token[] => tokenizeJs(code, true, true);
