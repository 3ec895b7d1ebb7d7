import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import { IncrementalMarkdown, markdownStyles, renderMarkdown } from '../markdown/index.js';
import type { AssistantMessageItem, Source, ThreadItem, UserMessageItem } from '../schemas/index.js';
import { safeUrl } from '../security/url-policy.js';
import { base } from '../styles/tokens.js';
import { messageStyles } from './ck-message.styles.js';

/**
 * One thread item. User text is shown as typed (never as Markdown); assistant text is parsed as
 * Markdown into Lit templates (never `innerHTML`), incrementally while it streams.
 *
 * @tagname ck-message
 * @csspart user - A user message row.
 * @csspart bubble - The user message bubble.
 * @csspart assistant - An assistant message.
 * @csspart sources - The list of sources under an assistant message.
 */
@element('ck-message')
export class CkMessage extends LitElement {
  static override styles = [base, markdownStyles, messageStyles];

  /** The item to show. Items are immutable: a new object means it changed. */
  @property({ attribute: false }) item: ThreadItem | null = null;
  /** Still streaming. */
  @property({ type: Boolean, reflect: true }) pending = false;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  /** One incremental parser per content part, so each delta re-parses only the open tail. */
  private parsers: IncrementalMarkdown[] = [];

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    switch (item.type) {
      case 'user_message':
        return this.renderUser(item);
      case 'assistant_message':
        return this.renderAssistant(item);
      case 'widget':
        // Widgets get their own renderer (widgets/); until a node type is known, its copy text
        // keeps the item readable.
        return item.copy_text ? html`<div class="widget">${item.copy_text}</div>` : nothing;
      default:
        return nothing;
    }
  }

  private renderUser(item: UserMessageItem): TemplateResult {
    return html`<div class="user" part="user">
      ${item.quoted_text ? html`<blockquote class="quote">${item.quoted_text}</blockquote>` : nothing}
      <div class="bubble" part="bubble"><span class="visually-hidden">${this.strings.you}: </span>${item.content.map(
        (part) => (part.type === 'input_text' ? part.text : html`<span class="tag" data-entity-id=${part.id}>@${part.text}</span>`),
      )}</div>
    </div>`;
  }

  private renderAssistant(item: AssistantMessageItem): TemplateResult {
    const sources: Source[] = [];
    const parts = item.content.map((part, index) => {
      const parser = (this.parsers[index] ??= new IncrementalMarkdown());
      for (const annotation of part.annotations) sources.push(annotation.source);
      return html`<div class="part">${renderMarkdown(parser.update(part.text))}</div>`;
    });
    this.parsers.length = item.content.length;
    return html`<div class="assistant ${this.pending ? 'pending' : ''}" part="assistant">
      <span class="visually-hidden">${this.strings.assistant}: </span>${parts}
      ${sources.length ? this.renderSources(sources) : nothing}
    </div>`;
  }

  private renderSources(sources: Source[]): TemplateResult {
    const seen = new Set<string>();
    const unique = sources.filter((source) => {
      const key = source.type === 'url' ? source.url : `${source.type}:${source.title}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return html`<ul class="sources" part="sources" aria-label=${this.strings.sources}>
      ${unique.map((source) => {
        const href = source.type === 'url' ? safeUrl(source.url, 'link') : null;
        return html`<li>
          ${href
            ? html`<a href=${href} target="_blank" rel="noopener noreferrer" title=${source.title}>${source.title}</a>`
            : html`<span title=${source.title}>${source.title}</span>`}
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-message': CkMessage;
  }
}
