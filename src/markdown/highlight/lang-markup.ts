/**
 * HTML, XML and SVG: tags, attributes, comments, CDATA, doctypes and entities. The content of
 * `<script>` and `<style>` is handed to the JavaScript and CSS tokenizers.
 */
import { tokenizeCss } from './lang-css.js';
import { tokenizeJavaScript } from './lang-js.js';
import { Scanner } from './scanner.js';
import type { Token } from './types.js';

const TEXT = /[^<&]+/y;
const ENTITY = /&(?:#x[\da-fA-F]+|#\d+|[A-Za-z][\w]*);/y;
const TAG_OPEN = /<\/?(?=[\p{L}_:])/uy;
const NAME = /[^\s"'>/=]+/y;
const UNQUOTED = /[^\s"'=<>`]+/y;
const EQUALS = /[ \t\n]*=[ \t\n]*/y;

/** Appends another tokenizer's tokens for `src[pos, end)`. */
function embed(s: Scanner, end: number, tokenize: (code: string) => Token[]): void {
  for (const token of tokenize(s.src.slice(s.pos, end))) s.emit(token.kind, token.text.length);
}

/** The start of the closing tag of a raw-text element, or the end of the input. */
function rawTextEnd(s: Scanner, name: string): number {
  const close = new RegExp(`</${name}[\\s>/]`, 'gi');
  close.lastIndex = s.pos;
  return close.exec(s.src)?.index ?? s.src.length;
}

/** Emits a tag from its `<` or `</`; returns its lower-cased name when it opened a non-empty element. */
function tag(s: Scanner): string | null {
  const closing = s.at('</');
  s.emit('punctuation', closing ? 2 : 1);
  const name = s.text(s.match(NAME));
  s.emit('tag', name.length);
  while (!s.done) {
    if (s.space()) continue;
    const c = s.peek();
    if (c === '>' || s.at('/>')) {
      const selfClosing = c === '/';
      s.emit('punctuation', selfClosing ? 2 : 1);
      return closing || selfClosing ? null : name.toLowerCase();
    }
    if (c === '<') return null; // An unfinished tag: the next one starts here.
    if (c === '"' || c === "'") {
      s.quoted('string', c, c, false, true);
      continue;
    }
    if (!s.take('attr', NAME)) {
      s.other();
      continue;
    }
    if (!s.take('operator', EQUALS)) continue;
    const quote = s.peek();
    if (quote === '"' || quote === "'") s.quoted('string', quote, quote, false, true);
    else s.take('string', UNQUOTED);
  }
  return null;
}

/** Tokenizes HTML or XML. */
export function tokenizeMarkup(code: string): Token[] {
  const s = new Scanner(code);
  while (!s.done) {
    if (s.take('plain', TEXT) || s.take('constant', ENTITY)) continue;
    if (s.at('<!--')) {
      s.until('comment', '-->', s.pos + 4);
    } else if (s.at('<![CDATA[')) {
      s.until('string', ']]>', s.pos + 9);
    } else if (s.at('<!') || s.at('<?')) {
      s.until('keyword', '>', s.pos + 2);
    } else if (s.match(TAG_OPEN) > 0) {
      const opened = tag(s);
      if (opened === 'script') embed(s, rawTextEnd(s, 'script'), tokenizeJavaScript);
      else if (opened === 'style') embed(s, rawTextEnd(s, 'style'), tokenizeCss);
    } else {
      s.other();
    }
  }
  return s.tokens;
}
