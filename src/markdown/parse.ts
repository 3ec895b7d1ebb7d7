/**
 * Markdown → AST. A small GFM dialect for untrusted, streamed model output: paragraphs, ATX
 * headings, thematic breaks, block quotes, bullet/ordered/task lists, fenced and indented code,
 * tables, `$$` math; emphasis, strong, strikethrough, code spans, links, images, autolinks and
 * bare URLs, hard breaks, escapes. Raw HTML is never interpreted (it stays literal text).
 * DOM-free and Lit-free.
 */
import type { MarkdownBlock } from './ast.js';
import { BlockParser } from './blocks.js';
import { normaliseSource } from './text.js';

export { parseInline } from './inline.js';

/**
 * Parses a complete (or partial, streaming) Markdown text into blocks. Never throws; an
 * unclosed fence at the end is an `open` code block.
 */
export function parseMarkdown(text: string): MarkdownBlock[] {
  return parseBlocks(normaliseSource(text));
}

/** Parses already-normalised text into blocks. Never throws. */
function parseBlocks(text: string): MarkdownBlock[] {
  try {
    const parser = new BlockParser();
    const lines = text.split('\n');
    // A final `\n` ends the last line; it does not start an empty one.
    if (text.endsWith('\n')) lines.pop();
    for (const line of lines) parser.feed(line);
    parser.finish();
    return parser.closed;
  } catch {
    // Defence in depth: if some input ever defeats the parser, show it as text, never fail.
    return text === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];
  }
}
