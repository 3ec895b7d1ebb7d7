/**
 * The Markdown syntax tree: plain, JSON-like data (no DOM, no Lit), shaped after mdast so the
 * names are familiar. Blocks produced by {@link IncrementalMarkdown} are never mutated after
 * they are returned, so their identity can key render caches.
 */

/** Literal text. Soft line breaks are kept as `\n` inside the value. */
export interface TextNode {
  type: 'text';
  value: string;
}

/** `**strong**` / `__strong__`. */
export interface StrongNode {
  type: 'strong';
  children: Inline[];
}

/** `*emphasis*` / `_emphasis_`. */
export interface EmphasisNode {
  type: 'emphasis';
  children: Inline[];
}

/** `~~strikethrough~~`. */
export interface DeleteNode {
  type: 'delete';
  children: Inline[];
}

/** `` `code` ``. */
export interface InlineCodeNode {
  type: 'inlineCode';
  value: string;
}

/**
 * `[text](url "title")`, `<scheme:…>` or a bare `https://…`. `url` is exactly what the text
 * said (escapes and entities decoded); it has NOT been checked — renderers must pass it through
 * `safeUrl`.
 */
export interface LinkNode {
  type: 'link';
  url: string;
  title: string | null;
  children: Inline[];
}

/** `![alt](src "title")`. `url` is unchecked, as for links. */
export interface ImageNode {
  type: 'image';
  url: string;
  title: string | null;
  alt: string;
}

/** A hard line break (two trailing spaces or a backslash before the newline). */
export interface BreakNode {
  type: 'break';
}

/** Inline (phrasing) content. */
export type Inline =
  | TextNode
  | StrongNode
  | EmphasisNode
  | DeleteNode
  | InlineCodeNode
  | LinkNode
  | ImageNode
  | BreakNode;

/** A paragraph of inline content. */
export interface ParagraphBlock {
  type: 'paragraph';
  children: Inline[];
}

/** Heading levels of ATX headings (`#` … `######`). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** An ATX heading. */
export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  children: Inline[];
}

/** `---`, `***` or `___`. */
export interface ThematicBreakBlock {
  type: 'thematicBreak';
}

/** `> quoted` blocks. */
export interface BlockquoteBlock {
  type: 'blockquote';
  children: MarkdownBlock[];
}

/** One item of a list; `checked` is `null` unless it is a task item (`- [ ]` / `- [x]`). */
export interface ListItemBlock {
  type: 'listItem';
  checked: boolean | null;
  children: MarkdownBlock[];
}

/**
 * A bullet or ordered list. `start` is the first number of an ordered list (`null` for bullet
 * lists). A `tight` list has no blank lines between its items or their blocks; its paragraphs
 * render without `<p>` wrappers.
 */
export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number | null;
  tight: boolean;
  items: ListItemBlock[];
}

/**
 * A fenced (or indented) code block. `lang` is the first word of the info string; `open` is true
 * for a fence that has not been closed yet (the tail of a streaming answer).
 */
export interface CodeBlock {
  type: 'code';
  lang: string | null;
  info: string;
  value: string;
  fenced: boolean;
  open: boolean;
}

/** A display-math block (`$$ … $$` or `\[ … \]`); the TeX source is kept as text. */
export interface MathBlock {
  type: 'math';
  value: string;
  open: boolean;
}

/** Column alignment from a GFM table's delimiter row. */
export type TableAlign = 'left' | 'center' | 'right' | null;

/** The inline content of one table cell. */
export type TableCell = Inline[];

/** A GFM table. Every row has exactly as many cells as the header. */
export interface TableBlock {
  type: 'table';
  align: TableAlign[];
  head: TableCell[];
  rows: TableCell[][];
}

/** Any block. */
export type MarkdownBlock =
  | ParagraphBlock
  | HeadingBlock
  | ThematicBreakBlock
  | BlockquoteBlock
  | ListBlock
  | CodeBlock
  | MathBlock
  | TableBlock;
