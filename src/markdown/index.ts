/**
 * Streaming-safe Markdown: a DOM-free parser producing a plain AST, an incremental parser for
 * streamed text, and a Lit renderer that never uses `innerHTML`.
 */
export type {
  BlockquoteBlock,
  BreakNode,
  CodeBlock,
  DeleteNode,
  EmphasisNode,
  HeadingBlock,
  HeadingLevel,
  ImageNode,
  Inline,
  InlineCodeNode,
  LinkNode,
  ListBlock,
  ListItemBlock,
  MarkdownBlock,
  MathBlock,
  ParagraphBlock,
  StrongNode,
  TableAlign,
  TableBlock,
  TableCell,
  TextNode,
  ThematicBreakBlock,
} from './ast.js';
export { parseMarkdown, parseInline } from './parse.js';
export { IncrementalMarkdown } from './incremental.js';
export { renderMarkdown, markdown, type RenderMarkdownOptions, type MarkdownLinkClick, type MarkdownStrings } from './render.js';
export { markdownStyles } from './markdown.styles.js';
