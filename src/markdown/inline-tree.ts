/**
 * The inline parser's mutable tree (sibling-linked, so emphasis can wrap a range of siblings)
 * and its conversion into plain AST nodes.
 */
import type { Inline } from './ast.js';
import { linkifyText } from './text.js';

export type NodeType = 'root' | 'text' | 'softbreak' | 'break' | 'inlineCode' | 'strong' | 'emphasis' | 'delete' | 'link' | 'image';

/** A mutable tree node with sibling links, so delimiters can wrap ranges of siblings. */
export interface Node {
  type: NodeType;
  value: string;
  url: string;
  title: string | null;
  parent: Node | null;
  first: Node | null;
  last: Node | null;
  prev: Node | null;
  next: Node | null;
}

/** Emphasis nested deeper than this is flattened, keeping render recursion shallow. */
const MAX_INLINE_DEPTH = 32;

export function node(type: NodeType, value = ''): Node {
  return { type, value, url: '', title: null, parent: null, first: null, last: null, prev: null, next: null };
}

export function appendChild(parent: Node, child: Node): void {
  child.parent = parent;
  child.next = null;
  child.prev = parent.last;
  if (parent.last) parent.last.next = child;
  else parent.first = child;
  parent.last = child;
}

export function unlink(n: Node): void {
  if (n.prev) n.prev.next = n.next;
  else if (n.parent) n.parent.first = n.next;
  if (n.next) n.next.prev = n.prev;
  else if (n.parent) n.parent.last = n.prev;
  n.parent = n.prev = n.next = null;
}

export function insertAfter(ref: Node, n: Node): void {
  n.parent = ref.parent;
  n.prev = ref;
  n.next = ref.next;
  if (ref.next) ref.next.prev = n;
  else if (ref.parent) ref.parent.last = n;
  ref.next = n;
}

function plainText(n: Node): string {
  let out = '';
  for (let c = n.first; c; c = c.next) {
    if (c.type === 'text' || c.type === 'inlineCode') out += c.value;
    else if (c.type === 'softbreak' || c.type === 'break') out += '\n';
    else out += plainText(c);
  }
  return out;
}

/** Converts the mutable tree into plain AST nodes, merging text and linking bare URLs. */
export function toInlines(parent: Node, inLink: boolean, depth: number, out: Inline[] = []): Inline[] {
  let text = '';
  const flush = (): void => {
    if (text === '') return;
    if (inLink) out.push({ type: 'text', value: text });
    else linkifyText(text, out);
    text = '';
  };
  for (let n = parent.first; n; n = n.next) {
    switch (n.type) {
      case 'text':
        text += n.value;
        break;
      case 'softbreak':
        text += '\n';
        break;
      case 'break':
        flush();
        out.push({ type: 'break' });
        break;
      case 'inlineCode':
        flush();
        out.push({ type: 'inlineCode', value: n.value });
        break;
      case 'image':
        flush();
        out.push({ type: 'image', url: n.url, title: n.title, alt: plainText(n) });
        break;
      case 'link':
        flush();
        out.push({ type: 'link', url: n.url, title: n.title, children: toInlines(n, true, depth + 1) });
        break;
      case 'strong':
      case 'emphasis':
      case 'delete':
        if (depth >= MAX_INLINE_DEPTH) {
          // Too deep to be meaningful: keep the words, drop the wrapper.
          text += plainText(n);
          break;
        }
        flush();
        out.push({ type: n.type, children: toInlines(n, inLink, depth + 1) });
        break;
      default:
        break;
    }
  }
  flush();
  return out;
}
