import { css } from 'lit';

/**
 * Prose styles for {@link renderMarkdown} output (`.ck-markdown`). Add to the `styles` of any
 * element that renders Markdown. Every colour, font and radius comes from a `--ck-*` custom
 * property with a fallback, so the output also looks right outside `<chat-kit>`.
 *
 * @cssprop --ck-markdown-block-gap - Space between blocks (default `0.75em`).
 * @cssprop --ck-font-mono - Code font.
 * @cssprop --ck-color-border - Rules, table and code borders.
 * @cssprop --ck-color-accent - Link colour.
 * @cssprop --ck-color-surface-secondary - Code background.
 * @cssprop --ck-color-text-secondary - Block quote text, code block header.
 * @cssprop --ck-color-surface-tertiary - Copy button hover fill.
 * @cssprop --ck-code-keyword - Highlighted code: keywords (light `#c01d2b`, dark `#ff7b72`).
 * @cssprop --ck-code-string - Strings, regex literals, here-documents.
 * @cssprop --ck-code-number - Numbers, colours in CSS.
 * @cssprop --ck-code-comment - Comments.
 * @cssprop --ck-code-function - Called and declared functions, shell commands, macros.
 * @cssprop --ck-code-type - Types and class names.
 * @cssprop --ck-code-operator - Operators (default: the code's text colour).
 * @cssprop --ck-code-punctuation - Brackets, commas, semicolons (default: the code's text colour).
 * @cssprop --ck-code-property - Object properties, JSON/YAML keys, CSS properties.
 * @cssprop --ck-code-tag - HTML/XML/JSX tag names.
 * @cssprop --ck-code-attr - HTML attributes, decorators, annotations, CSS classes.
 * @cssprop --ck-code-variable - Shell and SQL variables, lifetimes, YAML anchors.
 * @cssprop --ck-code-constant - `true`, `null`, `None`, `ALL_CAPS`, HTML entities.
 * @cssprop --ck-code-inserted - Added lines in diffs.
 * @cssprop --ck-code-deleted - Removed lines in diffs.
 */
export const markdownStyles = css`
  .ck-markdown {
    --_gap: var(--ck-markdown-block-gap, 0.75em);
    --_border: var(--ck-color-border, #e5e7eb);
    --_code-bg: var(--ck-color-surface-secondary, rgb(127 127 127 / 10%));
    line-height: var(--ck-line-height, 1.6);
    overflow-wrap: anywhere;
    min-width: 0;
  }

  /* Each top-level block lays out on its own: while an answer streams only its last block
     changes, and a block with layout containment is an independent formatting context that the
     browser keeps as it is instead of re-flowing every earlier block of a long answer each frame.
     Not paint containment (it would clip focus rings and overflow), not style containment (list
     numbering uses counters). Margins between blocks still collapse. */
  .ck-markdown > * {
    contain: layout;
  }

  /* Server and app text takes its own direction per paragraph: an English line in an Arabic UI
     keeps its punctuation where it belongs (and aligns to its own start). */
  .ck-markdown :is(p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, .md-h) {
    unicode-bidi: plaintext;
  }

  .ck-markdown > :first-child,
  .ck-markdown li > :first-child,
  .ck-markdown blockquote > :first-child {
    margin-top: 0;
  }

  .ck-markdown > :last-child,
  .ck-markdown li > :last-child,
  .ck-markdown blockquote > :last-child {
    margin-bottom: 0;
  }

  .ck-markdown :is(p, ul, ol, blockquote, pre, hr, .md-table-wrap, .md-code-block) {
    margin: 0 0 var(--_gap);
  }

  .ck-markdown .md-h {
    margin: 1.2em 0 0.5em;
    font-weight: 600;
    line-height: 1.3;
  }

  .ck-markdown .md-h1 {
    font-size: 1.5em;
  }

  .ck-markdown .md-h2 {
    font-size: 1.3em;
  }

  .ck-markdown .md-h3 {
    font-size: 1.15em;
  }

  .ck-markdown .md-h4 {
    font-size: 1em;
  }

  .ck-markdown .md-h5,
  .ck-markdown .md-h6 {
    font-size: 0.9em;
  }

  .ck-markdown .md-h6 {
    color: var(--ck-color-text-secondary, inherit);
  }

  .ck-markdown a {
    color: var(--ck-color-accent, #2563eb);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .ck-markdown a:focus-visible {
    outline: 2px solid var(--ck-color-focus, #2563eb);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .ck-markdown code {
    font-family: var(--ck-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 0.875em;
  }

  .ck-markdown .md-code-inline {
    padding: 0.1em 0.35em;
    border-radius: 4px;
    background: var(--_code-bg);
  }

  /* Code and math scroll sideways instead of widening the message. */
  .ck-markdown pre {
    overflow-x: auto;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--ck-radius-small, 8px);
    background: var(--_code-bg);
    line-height: 1.45;
    tab-size: 4;
  }

  .ck-markdown pre code {
    white-space: pre;
    overflow-wrap: normal;
  }

  /* A code block is a box: the header (language, Copy) above the scrolling code. */
  .ck-markdown .md-code-block {
    border: 1px solid var(--_border);
    border-radius: var(--ck-radius-small, 8px);
    background: var(--_code-bg);
    overflow: hidden;
  }

  .ck-markdown .md-code-block > pre {
    margin: 0;
    border: 0;
    border-radius: 0;
    background: none;
  }

  .ck-markdown .md-code-header {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.25em;
    padding-block: 0.25em;
    padding-inline: 1em 0.375em;
    border-bottom: 1px solid var(--_border);
    color: var(--ck-color-text-secondary, inherit);
    font-size: 0.8125em;
    line-height: 1.4;
  }

  .ck-markdown .md-code-lang {
    font-family: var(--ck-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    overflow-wrap: normal;
  }

  .ck-markdown .md-code-copy {
    margin-inline-start: auto;
    padding: 0.25em 0.625em;
    border: 0;
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .ck-markdown .md-code-copy:hover {
    background: var(--ck-color-surface-tertiary, rgb(127 127 127 / 15%));
    color: var(--ck-color-text, inherit);
  }

  .ck-markdown .md-code-copy:focus-visible {
    outline: 2px solid var(--ck-color-focus, #2563eb);
    outline-offset: 1px;
  }

  /* Token colours: light and dark defaults (by color-scheme), each ≥ 4.5:1 on the code
     background of its scheme; every one can be set from page CSS. */
  .ck-markdown .tok-keyword {
    color: var(--ck-code-keyword, light-dark(#c01d2b, #ff7b72));
  }

  .ck-markdown .tok-string {
    color: var(--ck-code-string, light-dark(#0a3069, #a5d6ff));
  }

  .ck-markdown .tok-number {
    color: var(--ck-code-number, light-dark(#0550ae, #79c0ff));
  }

  .ck-markdown .tok-comment {
    color: var(--ck-code-comment, light-dark(#57606a, #959da5));
  }

  .ck-markdown .tok-function {
    color: var(--ck-code-function, light-dark(#6f42c1, #d2a8ff));
  }

  .ck-markdown .tok-type {
    color: var(--ck-code-type, light-dark(#953800, #ffa657));
  }

  .ck-markdown .tok-operator {
    color: var(--ck-code-operator, currentColor);
  }

  .ck-markdown .tok-punctuation {
    color: var(--ck-code-punctuation, currentColor);
  }

  .ck-markdown .tok-property {
    color: var(--ck-code-property, light-dark(#0550ae, #79c0ff));
  }

  .ck-markdown .tok-tag {
    color: var(--ck-code-tag, light-dark(#116329, #7ee787));
  }

  .ck-markdown .tok-attr {
    color: var(--ck-code-attr, light-dark(#0550ae, #79c0ff));
  }

  .ck-markdown .tok-variable {
    color: var(--ck-code-variable, light-dark(#953800, #ffa657));
  }

  .ck-markdown .tok-constant {
    color: var(--ck-code-constant, light-dark(#0550ae, #79c0ff));
  }

  .ck-markdown .tok-inserted {
    color: var(--ck-code-inserted, light-dark(#116329, #7ee787));
  }

  .ck-markdown .tok-deleted {
    color: var(--ck-code-deleted, light-dark(#82071e, #ffa198));
  }

  .ck-markdown ul,
  .ck-markdown ol {
    padding-inline-start: 1.5em;
  }

  .ck-markdown li + li {
    margin-top: 0.25em;
  }

  .ck-markdown li > :is(ul, ol) {
    margin-top: 0.25em;
    margin-bottom: 0;
  }

  .ck-markdown .md-task-list {
    padding-inline-start: 0.25em;
    list-style: none;
  }

  .ck-markdown .md-task-list :is(ul, ol) {
    padding-inline-start: 1.5em;
  }

  .ck-markdown .md-task-label input {
    margin: 0;
    margin-inline-end: 0.5em;
    vertical-align: -0.1em;
  }

  .ck-markdown blockquote {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
    color: var(--ck-color-text-secondary, inherit);
  }

  .ck-markdown hr {
    height: 0;
    border: 0;
    border-top: 1px solid var(--_border);
  }

  .ck-markdown img {
    max-width: 100%;
    height: auto;
    border-radius: var(--ck-radius-small, 8px);
  }

  /* Wide tables scroll inside their wrapper. */
  .ck-markdown .md-table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }

  .ck-markdown table {
    border-collapse: collapse;
    font-size: 0.95em;
  }

  .ck-markdown th,
  .ck-markdown td {
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  .ck-markdown th {
    font-weight: 600;
    background: var(--_code-bg);
  }

  /* GFM's colons are written in source order, so in a right-to-left answer \`:---\` is meant as the
     start side: the table's alignment follows the text direction, like everything else. */
  .ck-markdown .md-align-left {
    text-align: start;
  }

  .ck-markdown .md-align-center {
    text-align: center;
  }

  .ck-markdown .md-align-right {
    text-align: end;
  }

  .ck-markdown .md-link-blocked {
    text-decoration: underline dotted;
  }
`;
