/**
 * Inline parser: CommonMark's delimiter-stack algorithm (as in commonmark.js) for emphasis,
 * strong, GFM `~~strikethrough~~`, code spans, inline links and images, autolinks, entities,
 * escapes and line breaks. Raw HTML is never recognised: `<tag>` stays literal text.
 * Reference-style links are not supported (there are no definitions in streamed answers).
 */
import type { Inline } from './ast.js';
import { appendChild, insertAfter, node, toInlines, unlink, type Node } from './inline-tree.js';
import { parseLinkTarget } from './link-target.js';
import { ENTITY_STICKY, decodeEntity, isAsciiPunctuation, isPunctuation, isWhitespace } from './text.js';

interface Delimiter {
  char: string;
  count: number;
  original: number;
  node: Node;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

interface Bracket {
  node: Node;
  prev: Bracket | null;
  prevDelimiter: Delimiter | null;
  image: boolean;
  active: boolean;
}

/** Delimiter runs longer than this are literal text (they cannot be intended as emphasis). */
const MAX_RUN = 32;

const TEXT_RUN = /[^\n\\`*_~[\]!<&]+/y;
const BACKTICKS = /`+/g;
const SPACES = / */y;
// Controls and spaces end an autolink, as CommonMark specifies.
// eslint-disable-next-line no-control-regex
const AUTOLINK = /<([A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\u0000-\u0020]*)>/y;
const EMAIL_AUTOLINK =
  /<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/y;

class InlineParser {
  private pos = 0;
  private readonly root = node('root');
  private delimiters: Delimiter | null = null;
  private brackets: Bracket | null = null;
  /** Backtick run lengths known to have no closer after the current position. */
  private readonly noCloser = new Set<number>();

  constructor(private readonly src: string) {}

  parse(): Node {
    const src = this.src;
    while (this.pos < src.length) {
      const c = src[this.pos] ?? '';
      switch (c) {
        case '\n':
          this.newline();
          break;
        case '\\':
          this.backslash();
          break;
        case '`':
          this.backticks();
          break;
        case '*':
        case '_':
        case '~':
          this.delimiterRun(c);
          break;
        case '[':
          this.openBracket(false, 1);
          break;
        case '!':
          if (src[this.pos + 1] === '[') this.openBracket(true, 2);
          else this.text('!', 1);
          break;
        case ']':
          this.closeBracket();
          break;
        case '<':
          this.autolink();
          break;
        case '&':
          this.entity();
          break;
        default: {
          TEXT_RUN.lastIndex = this.pos;
          const run = TEXT_RUN.exec(src)?.[0] ?? c;
          this.text(run, run.length);
        }
      }
    }
    this.processEmphasis(null);
    return this.root;
  }

  private text(value: string, advance: number): Node {
    const n = node('text', value);
    appendChild(this.root, n);
    this.pos += advance;
    return n;
  }

  private skipSpaces(): void {
    SPACES.lastIndex = this.pos;
    SPACES.exec(this.src);
    this.pos = SPACES.lastIndex;
  }

  private newline(): void {
    this.pos++;
    const last = this.root.last;
    let hard = false;
    if (last?.type === 'text' && last.value.endsWith(' ')) {
      hard = last.value.endsWith('  ');
      last.value = last.value.replace(/ +$/, '');
    }
    appendChild(this.root, node(hard ? 'break' : 'softbreak'));
    this.skipSpaces();
  }

  private backslash(): void {
    const next = this.src[this.pos + 1];
    if (next === '\n') {
      this.pos += 2;
      appendChild(this.root, node('break'));
      this.skipSpaces();
    } else if (next !== undefined && isAsciiPunctuation(next)) {
      this.text(next, 2);
    } else {
      this.text('\\', 1);
    }
  }

  private backticks(): void {
    const src = this.src;
    let end = this.pos;
    while (src[end] === '`') end++;
    const length = end - this.pos;
    if (!this.noCloser.has(length)) {
      BACKTICKS.lastIndex = end;
      for (let m = BACKTICKS.exec(src); m; m = BACKTICKS.exec(src)) {
        if (m[0].length !== length) continue;
        let content = src.slice(end, m.index).replace(/\n/g, ' ');
        if (content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content)) content = content.slice(1, -1);
        appendChild(this.root, node('inlineCode', content));
        this.pos = m.index + length;
        return;
      }
      this.noCloser.add(length);
    }
    this.text(src.slice(this.pos, end), length);
  }

  private delimiterRun(char: string): void {
    const src = this.src;
    const start = this.pos;
    let end = start;
    while (src[end] === char) end++;
    const count = end - start;
    const before = start === 0 ? '' : String.fromCodePoint(src.codePointAt(start - 1) ?? 32);
    const after = end >= src.length ? '' : String.fromCodePoint(src.codePointAt(end) ?? 32);
    const n = this.text(src.slice(start, end), count);
    // GFM strikethrough uses exactly two tildes; `~` alone is common in prose ("~5 min").
    if ((char === '~' && count !== 2) || count > MAX_RUN) return;

    const afterWs = isWhitespace(after);
    const afterPunct = !afterWs && isPunctuation(after);
    const beforeWs = isWhitespace(before);
    const beforePunct = !beforeWs && isPunctuation(before);
    const leftFlanking = !afterWs && (!afterPunct || beforeWs || beforePunct);
    const rightFlanking = !beforeWs && (!beforePunct || afterWs || afterPunct);
    const canOpen = char === '_' ? leftFlanking && (!rightFlanking || beforePunct) : leftFlanking;
    const canClose = char === '_' ? rightFlanking && (!leftFlanking || afterPunct) : rightFlanking;
    if (!canOpen && !canClose) return;
    const delimiter: Delimiter = { char, count, original: count, node: n, canOpen, canClose, prev: this.delimiters, next: null };
    if (this.delimiters) this.delimiters.next = delimiter;
    this.delimiters = delimiter;
  }

  private removeDelimiter(d: Delimiter): void {
    if (d.prev) d.prev.next = d.next;
    if (d.next) d.next.prev = d.prev;
    else this.delimiters = d.prev;
  }

  private openBracket(image: boolean, width: number): void {
    const n = this.text(image ? '![' : '[', width);
    this.brackets = { node: n, prev: this.brackets, prevDelimiter: this.delimiters, image, active: true };
  }

  private closeBracket(): void {
    this.pos++;
    const opener = this.brackets;
    if (!opener) {
      this.text(']', 0);
      return;
    }
    if (!opener.active) {
      this.brackets = opener.prev;
      this.text(']', 0);
      return;
    }
    const afterBracket = this.pos;
    const target = this.src[this.pos] === '(' ? this.linkTarget() : null;
    if (!target) {
      this.brackets = opener.prev;
      this.pos = afterBracket;
      this.text(']', 0);
      return;
    }
    const link = node(opener.image ? 'image' : 'link');
    link.url = target.url;
    link.title = target.title;
    for (let child = opener.node.next; child; ) {
      const next = child.next;
      unlink(child);
      appendChild(link, child);
      child = next;
    }
    appendChild(this.root, link);
    this.processEmphasis(opener.prevDelimiter);
    this.brackets = opener.prev;
    unlink(opener.node);
    // Links may not contain links: deactivate earlier `[` openers.
    if (!opener.image) {
      for (let b = this.brackets; b; b = b.prev) if (!b.image) b.active = false;
    }
  }

  /** Parses `(dest "title")` at `pos`; on success moves `pos` past `)`. */
  private linkTarget(): { url: string; title: string | null } | null {
    const target = parseLinkTarget(this.src, this.pos);
    if (!target) return null;
    this.pos = target.end;
    return target;
  }

  private autolink(): void {
    AUTOLINK.lastIndex = this.pos;
    let m = AUTOLINK.exec(this.src);
    let url = m?.[1];
    if (!m) {
      EMAIL_AUTOLINK.lastIndex = this.pos;
      m = EMAIL_AUTOLINK.exec(this.src);
      url = m?.[1] === undefined ? undefined : `mailto:${m[1]}`;
    }
    if (!m || url === undefined) {
      this.text('<', 1);
      return;
    }
    const link = node('link');
    link.url = url;
    appendChild(link, node('text', m[1]));
    appendChild(this.root, link);
    this.pos += m[0].length;
  }

  private entity(): void {
    ENTITY_STICKY.lastIndex = this.pos;
    const m = ENTITY_STICKY.exec(this.src);
    if (!m) {
      this.text('&', 1);
      return;
    }
    this.text(decodeEntity(m[0]) ?? m[0], m[0].length);
  }

  private processEmphasis(stackBottom: Delimiter | null): void {
    const openersBottom = new Map<string, Delimiter | null>();
    let closer = this.delimiters;
    while (closer !== null && closer.prev !== stackBottom) closer = closer.prev;

    while (closer !== null) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.original % 3}`;
      const bottom = openersBottom.has(key) ? (openersBottom.get(key) ?? null) : stackBottom;
      let opener = closer.prev;
      let found = false;
      while (opener !== null && opener !== stackBottom && opener !== bottom) {
        if (opener.char === closer.char && opener.canOpen) {
          if (closer.char === '~') {
            found = opener.count === closer.count;
          } else {
            const oddMatch =
              (closer.canOpen || opener.canClose) && closer.original % 3 !== 0 && (opener.original + closer.original) % 3 === 0;
            found = !oddMatch;
          }
          if (found) break;
        }
        opener = opener.prev;
      }
      const oldCloser = closer;
      if (found && opener) {
        closer = this.wrap(opener, closer);
      } else {
        closer = closer.next;
        openersBottom.set(key, oldCloser.prev);
        if (!oldCloser.canOpen) this.removeDelimiter(oldCloser);
      }
    }
    while (this.delimiters !== null && this.delimiters !== stackBottom) this.removeDelimiter(this.delimiters);
  }

  /** Wraps the nodes between a matched opener and closer; returns the next closer to look at. */
  private wrap(opener: Delimiter, closer: Delimiter): Delimiter | null {
    const use = closer.char === '~' ? 2 : closer.count >= 2 && opener.count >= 2 ? 2 : 1;
    const openerNode = opener.node;
    const closerNode = closer.node;
    opener.count -= use;
    closer.count -= use;
    openerNode.value = openerNode.value.slice(0, openerNode.value.length - use);
    closerNode.value = closerNode.value.slice(0, closerNode.value.length - use);
    const wrapper = node(closer.char === '~' ? 'delete' : use === 1 ? 'emphasis' : 'strong');
    for (let n = openerNode.next; n && n !== closerNode; ) {
      const next = n.next;
      unlink(n);
      appendChild(wrapper, n);
      n = next;
    }
    insertAfter(openerNode, wrapper);
    // Delimiters between opener and closer can no longer match anything.
    opener.next = closer;
    closer.prev = opener;
    if (opener.count === 0) {
      unlink(openerNode);
      this.removeDelimiter(opener);
    }
    if (closer.count === 0) {
      const next = closer.next;
      unlink(closerNode);
      this.removeDelimiter(closer);
      return next;
    }
    return closer;
  }
}

/**
 * Parses inline Markdown into AST nodes. Never throws: pathological input that exhausts the
 * stack degrades to a single text node.
 */
export function parseInline(src: string): Inline[] {
  if (src === '') return [];
  try {
    return toInlines(new InlineParser(src).parse(), false, 0);
  } catch {
    return [{ type: 'text', value: src }];
  }
}
