import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, plural, type Catalogue } from '../i18n/index.js';
import { IncrementalMarkdown, markdownStyles, renderMarkdown, type MarkdownBlock } from '../markdown/index.js';
import { EntityActivateEvent } from '../events/internal-events.js';
import { iconSvg } from '../widgets/icon-set.js';
import type {
  AssistantMessageItem,
  ClientToolCallItem,
  Entity,
  InputTagContent,
  Source,
  StructuredInputItem,
  ThreadItem,
  UserMessageItem,
} from '../schemas/index.js';
import { safeUrl } from '../security/url-policy.js';
import { base } from '../styles/tokens.js';
import { markdownStrings } from './markdown-strings.js';
import { messageStyles } from './ck-message.styles.js';
import { spinnerStyles } from './ck-workflow.styles.js';
import { domainLabel } from './ck-task.js';
import '../widgets/ck-widget-item.js';
import './ck-workflow.js';
import './ck-generated-image.js';

/** Top-level Markdown blocks a streaming part may add per frame (see `blocksToShow`). */
const MAX_NEW_BLOCKS_PER_FRAME = 12;

/** Entity data is a string map (ChatKit JS `Entity.data`); other values are dropped. */
function stringRecord(data: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data ?? {})) if (typeof value === 'string') out[key] = value;
  return out;
}

/** Sources of an answer without repeats (several annotations often cite the same page). */
function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = source.type === 'url' ? `url:${source.url}` : source.type === 'entity' ? `entity:${source.id}` : `file:${source.filename}:${source.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One thread item. User text is shown as typed (never as Markdown); assistant text is parsed as
 * Markdown into Lit templates (never `innerHTML`), incrementally while it streams. Workflows,
 * tasks and generated images have their own elements; a client tool call is one status line
 * (its arguments and output may be private, so they are never shown); an answered structured
 * input shows its questions and answers (the pending form is `<ck-structured-input>`, shown in
 * place of the composer). End-of-turn and hidden context items render nothing.
 *
 * @tagname ck-message
 * @csspart user - A user message row.
 * @csspart bubble - The user message bubble.
 * @csspart assistant - An assistant message.
 * @csspart sources - The list of sources under an assistant message.
 * @csspart tool - The status line of a client tool call.
 * @csspart widget - A widget item; its tree's container is exported as `widget-root`.
 * @csspart answers - The questions and answers of a structured input.
 */
@element('ck-message')
export class CkMessage extends LitElement {
  static override styles = [base, markdownStyles, spinnerStyles, messageStyles];

  /** The item to show. Items are immutable: a new object means it changed. */
  @property({ attribute: false }) item: ThreadItem | null = null;
  /** Still streaming. */
  @property({ type: Boolean, reflect: true }) pending = false;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** Outline level of the thread's top headings; headings in answers and widgets go one deeper. */
  @property({ attribute: false }) headingLevel = 2;
  /** Colour scheme, for widgets (their tokens switch on it). */
  @property({ attribute: false }) scheme: 'light' | 'dark' = 'light';
  /** Progress (0–1) of a generating image (`state.imageProgress`); `null` when done or unknown. */
  @property({ attribute: false }) progress: number | null = null;

  @state() private sourcesOpen = false;

  /** One incremental parser per content part, so each delta re-parses only the open tail. */
  private parsers: IncrementalMarkdown[] = [];
  /** Top-level blocks of each part on screen, so a streaming part grows by a bounded amount per frame. */
  private shownBlocks: number[] = [];
  private catchUpFrame = 0;

  override disconnectedCallback(): void {
    cancelAnimationFrame(this.catchUpFrame);
    this.catchUpFrame = 0;
    super.disconnectedCallback();
  }

  /**
   * The blocks of part `index` to render now. While streaming, a burst of text (the first frame
   * of a fast answer, a backlog after the tab was hidden) is shown over several frames rather
   * than in one long task; the rest follows next frame. A finished message shows everything.
   */
  private blocksToShow(index: number, blocks: MarkdownBlock[]): MarkdownBlock[] {
    const limit = (this.shownBlocks[index] ?? 0) + MAX_NEW_BLOCKS_PER_FRAME;
    const shown = this.pending && blocks.length > limit ? blocks.slice(0, limit) : blocks;
    this.shownBlocks[index] = shown.length;
    if (shown !== blocks && !this.catchUpFrame) {
      this.catchUpFrame = requestAnimationFrame(() => {
        this.catchUpFrame = 0;
        this.requestUpdate();
      });
    }
    return shown;
  }

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    switch (item.type) {
      case 'user_message':
        return this.renderUser(item);
      case 'assistant_message':
        return this.renderAssistant(item);
      case 'widget':
        return html`<ck-widget-item part="widget" exportparts="root: widget-root" .headingLevel=${this.headingLevel} .item=${item} .strings=${this.strings} .scheme=${this.scheme}></ck-widget-item>`;
      case 'workflow':
      case 'task':
        return html`<ck-workflow part="workflow" .item=${item} .strings=${this.strings} ?pending=${this.pending}></ck-workflow>`;
      case 'generated_image':
        return html`<ck-generated-image part="image" .item=${item} .progress=${this.progress} .strings=${this.strings}></ck-generated-image>`;
      case 'client_tool_call':
        return this.renderToolCall(item);
      case 'structured_input':
        return this.renderStructuredInput(item);
      case 'end_of_turn':
      case 'hidden_context_item':
      case 'sdk_hidden_context':
        return nothing;
    }
  }

  private renderToolCall(item: ClientToolCallItem): TemplateResult {
    const running = item.status === 'pending';
    // A handler that threw answered `{ error }` (see controller/client-tools.ts): say it failed.
    const output: unknown = item.output;
    const failed = !running && typeof output === 'object' && output !== null && 'error' in output;
    const template = running ? this.strings.toolRunning : failed ? this.strings.toolFailed : this.strings.toolUsed;
    const text = template.replace('{name}', item.name);
    return html`<p class="tool ${running ? 'running' : failed ? 'failed' : 'done'}" part="tool">
      ${running
        ? html`<span class="spinner" aria-hidden="true"></span>`
        : iconSvg(failed ? 'warning' : 'check-circle', { size: 16 })}<span>${text}</span>
    </p>`;
  }

  private renderStructuredInput(item: StructuredInputItem): TemplateResult {
    if (item.status === 'pending') {
      return html`<p class="tool waiting" part="tool">${iconSvg('circle-question', { size: 16 })}<span>${this.strings.inputWaiting}</span></p>`;
    }
    const allSkipped = item.status === 'skipped';
    return html`<div class="answers" part="answers">
      ${allSkipped ? html`<p class="answers-note">${this.strings.inputAllSkipped}</p>` : nothing}
      <dl>
        ${item.inputs.map((input) => {
          const values = input.answer?.values ?? [];
          const skipped = allSkipped || !input.answer || input.answer.skipped || values.length === 0;
          return html`<div class="answer">
            <dt>${input.question}</dt>
            <dd class=${skipped ? 'skipped' : ''}>${skipped ? this.strings.inputSkipped : values.join(', ')}</dd>
          </div>`;
        })}
      </dl>
    </div>`;
  }

  private renderUser(item: UserMessageItem): TemplateResult {
    return html`<div class="user" part="user">
      ${item.quoted_text ? html`<blockquote class="quote">${item.quoted_text}</blockquote>` : nothing}
      ${item.attachments.length ? this.renderAttachments(item) : nothing}
      <div class="bubble" part="bubble" dir="auto"><bdi class="visually-hidden">${this.strings.you}: </bdi>${item.content.map(
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
      const blocks = this.blocksToShow(index, parser.update(part.text));
      return html`<div class="part" dir="auto">${renderMarkdown(blocks, { headingLevelOffset: this.headingLevel, strings: markdownStrings(this.strings) })}</div>`;
    });
    this.parsers.length = item.content.length;
    this.shownBlocks.length = item.content.length;
    return html`<div class="assistant ${this.pending ? 'pending' : ''}" part="assistant">
      <span class="visually-hidden">${this.strings.assistant}: </span>${parts}
      ${sources.length ? this.renderSources(sources) : nothing}
    </div>`;
  }

  private renderSources(sources: readonly Source[]): TemplateResult {
    const unique = uniqueSources(sources);
    const open = this.sourcesOpen;
    return html`<div class="sources-block">
      <button
        type="button"
        class="sources-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="sources"
        @click=${() => { this.sourcesOpen = !open; }}
      >
        ${iconSvg('book-open', { size: 14 })}<span>${plural(this.strings, 'sourcesToggle', unique.length)}</span
        >${iconSvg(open ? 'chevron-up' : 'chevron-down', { size: 14 })}
      </button>
      <ul class="sources" id="sources" part="sources" aria-label=${this.strings.sources} ?hidden=${!open}>
        ${unique.map((source) => html`<li>${this.renderSource(source)}</li>`)}
      </ul>
    </div>`;
  }

  private renderSource(source: Source): TemplateResult {
    switch (source.type) {
      case 'url': {
        const href = safeUrl(source.url, 'link');
        const domain = domainLabel(source.url);
        const inner = html`${iconSvg('globe', { size: 14 })}<span class="source-title">${source.title || domain}</span>${domain
            ? html`<span class="domain">${domain}</span>`
            : nothing}`;
        return href
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer" title=${source.description ?? source.title}>${inner}</a>`
          : html`<span class="source">${inner}</span>`;
      }
      case 'file':
        return html`<span class="source" title=${source.filename}>${iconSvg('document', { size: 14 })}<span class="source-title">${source.title || source.filename}</span></span>`;
      case 'entity': {
        const glyph = source.icon ? iconSvg(source.icon, { size: 14 }) : nothing;
        if (!source.interactive) {
          return html`<span class="source" title=${source.label ?? source.title}>${glyph}<span class="source-title">${source.title}</span></span>`;
        }
        const entity: Entity = {
          id: source.id,
          title: source.title,
          interactive: true,
          ...(source.icon ? { icon: source.icon } : {}),
          ...(source.group ? { group: source.group } : {}),
          data: stringRecord(source.data),
        };
        return html`<button type="button" class="entity source" title=${source.label ?? source.title} @click=${() => { this.activate(entity); }}>${glyph}<span class="source-title">${source.title}</span></button>`;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-message': CkMessage;
  }
}
