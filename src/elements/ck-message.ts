import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import { IncrementalMarkdown, markdownStyles, renderMarkdown } from '../markdown/index.js';
import { EntityActivateEvent } from '../events/internal-events.js';
import { iconSvg } from '../widgets/icon-set.js';
import type { AssistantMessageItem, Entity, InputTagContent, Source, ThreadItem, UserMessageItem } from '../schemas/index.js';
import { safeUrl } from '../security/url-policy.js';
import { base } from '../styles/tokens.js';
import { messageStyles } from './ck-message.styles.js';
import '../widgets/ck-widget-item.js';

/** Entity data is a string map (ChatKit JS `Entity.data`); other values are dropped. */
function stringRecord(data: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data ?? {})) if (typeof value === 'string') out[key] = value;
  return out;
}

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
  /** Colour scheme, for widgets (their tokens switch on it). */
  @property({ attribute: false }) scheme: 'light' | 'dark' = 'light';

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
        return html`<ck-widget-item part="widget" .item=${item} .strings=${this.strings} .scheme=${this.scheme}></ck-widget-item>`;
      default:
        return nothing;
    }
  }

  private renderUser(item: UserMessageItem): TemplateResult {
    return html`<div class="user" part="user">
      ${item.quoted_text ? html`<blockquote class="quote">${item.quoted_text}</blockquote>` : nothing}
      ${item.attachments.length ? this.renderAttachments(item) : nothing}
      <div class="bubble" part="bubble"><span class="visually-hidden">${this.strings.you}: </span>${item.content.map(
        (part) => (part.type === 'input_text' ? part.text : this.renderTag(part)),
      )}</div>
    </div>`;
  }

  /** Sent attachments: image thumbnails (URL allow-list) and file chips. */
  private renderAttachments(item: UserMessageItem): TemplateResult {
    return html`<ul class="attachments" part="attachments" aria-label=${this.strings.attachmentsLabel}>
      ${item.attachments.map((attachment) => {
        const src = attachment.type === 'image' ? safeUrl(attachment.preview_url, 'image') : null;
        return html`<li>
          ${src
            ? html`<img src=${src} alt=${attachment.name} loading="lazy" referrerpolicy="no-referrer" />`
            : html`<span class="file">${iconSvg('document', { size: 16 })}<span>${attachment.name}</span></span>`}
        </li>`;
      })}
    </ul>`;
  }

  /** An @-mention. Interactive tags are buttons: focusable, and Enter/Space/click activate them. */
  private renderTag(tag: InputTagContent): TemplateResult {
    if (!tag.interactive) return html`<span class="tag" data-entity-id=${tag.id}>@${tag.text}</span>`;
    const entity: Entity = {
      id: tag.id,
      title: tag.text,
      interactive: true,
      ...(tag.group ? { group: tag.group } : {}),
      data: stringRecord(tag.data),
    };
    // One line: the bubble is white-space: pre-wrap.
    return html`<button type="button" class="tag interactive" data-entity-id=${tag.id} @click=${() => { this.activate(entity); }}>@${tag.text}</button>`;
  }

  private activate(entity: Entity): void {
    this.dispatchEvent(new EntityActivateEvent(entity));
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
        if (href) {
          return html`<li><a href=${href} target="_blank" rel="noopener noreferrer" title=${source.title}>${source.title}</a></li>`;
        }
        if (source.type === 'entity' && source.interactive) {
          const entity: Entity = {
            id: source.id,
            title: source.title,
            interactive: true,
            ...(source.icon ? { icon: source.icon } : {}),
            ...(source.group ? { group: source.group } : {}),
            data: stringRecord(source.data),
          };
          return html`<li><button type="button" class="entity" @click=${() => { this.activate(entity); }}>${source.title}</button></li>`;
        }
        return html`<li><span title=${source.title}>${source.title}</span></li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-message': CkMessage;
  }
}
