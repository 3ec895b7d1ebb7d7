/**
 * Markdown AST → Lit templates. Server text only ever reaches the DOM as text nodes or as
 * attribute values bound by Lit (never `innerHTML`), and every URL passes `safeUrl`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isDeeplink, parseDeeplink, safeUrl, type Deeplink } from '../security/url-policy.js';
import type { Inline, ListBlock, ListItemBlock, MarkdownBlock, TableAlign, TableBlock } from './ast.js';
import { DEFAULT_CODE_BLOCK_STRINGS, renderCodeBlock, type CodeBlockStrings } from './highlight/code-block.js';
import { parseMarkdown } from './parse.js';

/** What {@link RenderMarkdownOptions.onLink} receives when a rendered link is activated. */
export interface MarkdownLinkClick {
  /** The (already allow-listed) `href`. */
  href: string;
  /** The parsed deeplink for `chatkit-link://` links, otherwise `null`. */
  deeplink: Deeplink | null;
  anchor: HTMLAnchorElement;
  /** The click; call `preventDefault()` to stop navigation of ordinary links. */
  event: MouseEvent;
}

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /**
   * Called when the user activates a link in the rendered Markdown. Navigation of
   * `chatkit-link://` deeplinks is always prevented (the browser cannot open them).
   */
  onLink?: (click: MarkdownLinkClick) => void;
  /**
   * Added to a Markdown heading's level to get its `aria-level` (clamped to 1–6); default 2,
   * so `#` becomes level 3 beneath the page's own headings.
   */
  headingLevelOffset?: number;
  /** The words of the code blocks' Copy button (English by default). */
  strings?: Partial<MarkdownStrings>;
}

/** The words {@link renderMarkdown} puts on screen itself (not from the Markdown). */
export type MarkdownStrings = CodeBlockStrings;

const DEFAULT_HEADING_OFFSET = 2;

type Cache = WeakMap<object, TemplateResult>;

interface Context {
  headingOffset: number;
  strings: MarkdownStrings;
  /** Block templates. */
  blocks: Cache;
  /** List item templates, by the tightness of their list (a list can turn loose as it grows). */
  tightItems: Cache;
  looseItems: Cache;
}

/**
 * Rendered templates per block. Blocks are immutable and finished blocks keep their identity
 * across incremental updates, so a finished block is turned into a template exactly once.
 * Keyed by the options that change a block's template: the heading offset and the strings.
 */
const contexts = new Map<string, Context>();

function cached(cache: Cache, node: object, render: () => TemplateResult): TemplateResult {
  let result = cache.get(node);
  if (!result) {
    result = render();
    cache.set(node, result);
  }
  return result;
}

// --- inline ---

function renderInlines(nodes: readonly Inline[]): unknown[] {
  return nodes.map(renderInline);
}

/** Links with a scheme (or `//host`) leave the conversation: open them in a new tab. */
function isExternal(href: string): boolean {
  return /^(?:https?:)?\/\//i.test(href);
}

function renderInline(node: Inline): unknown {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'strong':
      return html`<strong>${renderInlines(node.children)}</strong>`;
    case 'emphasis':
      return html`<em>${renderInlines(node.children)}</em>`;
    case 'delete':
      return html`<del>${renderInlines(node.children)}</del>`;
    case 'inlineCode':
      return html`<code class="md-code-inline">${node.value}</code>`;
    case 'break':
      return html`<br />`;
    case 'link': {
      const content = renderInlines(node.children);
      const href = safeUrl(node.url, 'link');
      const title = node.title ?? undefined;
      // A refused URL keeps its words but loses the link.
      if (href === null) return html`<span class="md-link-blocked">${content}</span>`;
      if (isDeeplink(href)) return html`<a href=${href} title=${ifDefined(title)} data-deeplink>${content}</a>`;
      if (isExternal(href)) {
        return html`<a href=${href} title=${ifDefined(title)} target="_blank" rel="noopener noreferrer">${content}</a>`;
      }
      return html`<a href=${href} title=${ifDefined(title)}>${content}</a>`;
    }
    case 'image': {
      const src = safeUrl(node.url, 'image');
      if (src === null) return html`<span class="md-image-blocked">${node.alt}</span>`;
      // No referrer: image URLs come from the server's text and may point anywhere.
      return html`<img
        src=${src}
        alt=${node.alt}
        title=${ifDefined(node.title ?? undefined)}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
      />`;
    }
  }
}

// --- blocks ---

function alignClass(align: TableAlign | undefined): string | typeof nothing {
  return align ? `md-align-${align}` : nothing;
}

function renderTable(table: TableBlock): TemplateResult {
  const { align } = table;
  // The wrapper scrolls wide tables instead of the whole message.
  return html`<div class="md-table-wrap">
    <table class="md-table">
      <thead>
        <tr>
          ${table.head.map((cell, i) => html`<th scope="col" class=${alignClass(align[i])}>${renderInlines(cell)}</th>`)}
        </tr>
      </thead>
      ${table.rows.length === 0
        ? nothing
        : html`<tbody>
            ${table.rows.map(
              (row) => html`<tr>
                ${row.map((cell, i) => html`<td class=${alignClass(align[i])}>${renderInlines(cell)}</td>`)}
              </tr>`,
            )}
          </tbody>`}
    </table>
  </div>`;
}

function renderItem(item: ListItemBlock, tight: boolean, ctx: Context): TemplateResult {
  const children = item.children;
  if (item.checked === null) {
    return html`<li>${children.map((child) => renderChild(child, tight, ctx))}</li>`;
  }
  // Task item: the checkbox and the first paragraph share a <label>, so the state is announced
  // with the text. It is disabled: the server's text is not a form.
  const [first, ...rest] = children;
  const text = first?.type === 'paragraph' ? first.children : null;
  const box = html`<input type="checkbox" disabled .checked=${item.checked} />`;
  const label = html`<label class="md-task-label">${box}${text ? renderInlines(text) : nothing}</label>`;
  return html`<li class="md-task">
    ${tight ? label : html`<p>${label}</p>`}${(text ? rest : children).map((child) => renderChild(child, tight, ctx))}
  </li>`;
}

/** In tight lists, paragraphs render without `<p>` (as CommonMark's HTML does). */
function renderChild(block: MarkdownBlock, tight: boolean, ctx: Context): unknown {
  if (tight && block.type === 'paragraph') return renderInlines(block.children);
  return renderBlock(block, ctx);
}

function renderList(list: ListBlock, ctx: Context): TemplateResult {
  const cache = list.tight ? ctx.tightItems : ctx.looseItems;
  const items = list.items.map((item) => cached(cache, item, () => renderItem(item, list.tight, ctx)));
  const cls = list.items.some((item) => item.checked !== null) ? 'md-list md-task-list' : 'md-list';
  if (!list.ordered) return html`<ul class=${cls}>${items}</ul>`;
  const start = list.start !== null && list.start !== 1 ? list.start : undefined;
  return html`<ol class=${cls} start=${ifDefined(start)}>${items}</ol>`;
}

function renderBlockUncached(block: MarkdownBlock, ctx: Context): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInlines(block.children)}</p>`;
    case 'heading': {
      // Headings are `role="heading"` with an `aria-level`, not <h1>–<h6>: a chat answer sits
      // inside a page that owns its outline, so `#` must not announce itself as the page's
      // top heading. The level is offset below the page's own headings (configurable), while the
      // visual size follows the Markdown level through the `md-hN` class. It also keeps the UA's
      // heading styles out of the message.
      const level = Math.min(6, Math.max(1, block.level + ctx.headingOffset));
      return html`<div class="md-h md-h${block.level}" role="heading" aria-level=${level}>${renderInlines(block.children)}</div>`;
    }
    case 'thematicBreak':
      return html`<hr />`;
    case 'blockquote':
      return html`<blockquote>${block.children.map((child) => renderBlock(child, ctx))}</blockquote>`;
    case 'list':
      return renderList(block, ctx);
    case 'code':
      return renderCodeBlock(block, ctx.strings);
    case 'math':
      return html`<pre class="md-math ${block.open ? 'md-open' : ''}"><code class="language-math">${block.value}</code></pre>`;
    case 'table':
      return renderTable(block);
  }
}

function renderBlock(block: MarkdownBlock, ctx: Context): TemplateResult {
  return cached(ctx.blocks, block, () => renderBlockUncached(block, ctx));
}

function contextFor(options: RenderMarkdownOptions | undefined): Context {
  const raw = options?.headingLevelOffset ?? DEFAULT_HEADING_OFFSET;
  const headingOffset = Number.isFinite(raw) ? Math.max(-6, Math.min(6, Math.trunc(raw))) : DEFAULT_HEADING_OFFSET;
  const given = options?.strings;
  const strings: MarkdownStrings = {
    copyCode: given?.copyCode ?? DEFAULT_CODE_BLOCK_STRINGS.copyCode,
    codeCopied: given?.codeCopied ?? DEFAULT_CODE_BLOCK_STRINGS.codeCopied,
    copyCodeFailed: given?.copyCodeFailed ?? DEFAULT_CODE_BLOCK_STRINGS.copyCodeFailed,
  };
  const key = JSON.stringify([headingOffset, strings.copyCode, strings.codeCopied, strings.copyCodeFailed]);
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = { headingOffset, strings, blocks: new WeakMap(), tightItems: new WeakMap(), looseItems: new WeakMap() };
    contexts.set(key, ctx);
  }
  return ctx;
}

function onClick(options: RenderMarkdownOptions | undefined, event: MouseEvent): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const anchor = target.closest('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || !(event.currentTarget as Element | null)?.contains(anchor)) return;
  const href = anchor.getAttribute('href') ?? '';
  const deeplink = anchor.hasAttribute('data-deeplink') ? parseDeeplink(href) : null;
  if (anchor.hasAttribute('data-deeplink')) event.preventDefault();
  options?.onLink?.({ href, deeplink, anchor, event });
}

/**
 * Top-level blocks per guarded group. A streamed answer of a thousand blocks would otherwise cost
 * a thousand guard checks per frame although only its last block changes; grouped, a frame checks
 * one guard per group and re-enters only the group holding the open tail.
 */
export const BLOCK_GROUP_SIZE = 16;

function renderGroup(group: readonly MarkdownBlock[], ctx: Context): unknown[] {
  return group.map((block) => guard([block, ctx], () => renderBlock(block, ctx)));
}

/**
 * Renders parsed blocks inside `<div class="ck-markdown">`. Each block's template is cached by
 * the block object, and `guard` skips finished blocks entirely when re-rendering a stream: blocks
 * are guarded in groups of {@link BLOCK_GROUP_SIZE} (a group is skipped while all its blocks are
 * the same objects), and each block on its own inside a group. Groups add no elements: the blocks
 * stay direct children of `.ck-markdown`. Style the output with {@link markdownStyles}.
 */
export function renderMarkdown(blocks: readonly MarkdownBlock[], options?: RenderMarkdownOptions): TemplateResult {
  const ctx = contextFor(options);
  const groups: unknown[] = [];
  for (let start = 0; start < blocks.length; start += BLOCK_GROUP_SIZE) {
    const group = blocks.slice(start, start + BLOCK_GROUP_SIZE);
    groups.push(guard([ctx, ...group], () => renderGroup(group, ctx)));
  }
  return html`<div class="ck-markdown" @click=${(event: MouseEvent) => { onClick(options, event); }}>
    ${groups}
  </div>`;
}

/** Parses and renders a complete Markdown text (notices, disclaimers, widget text). */
export function markdown(text: string, options?: RenderMarkdownOptions): TemplateResult {
  return renderMarkdown(parseMarkdown(text), options);
}
