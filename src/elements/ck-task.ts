import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import { IncrementalMarkdown, markdownStyles, renderMarkdown } from '../markdown/index.js';
import type { CustomTask, FileTask, ImageTask, Task, ThoughtTask, WebSearchTask } from '../schemas/index.js';
import { safeUrl } from '../security/url-policy.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';
import { spinnerStyles } from './spinner.styles.js';
import { taskStyles } from './ck-workflow.styles.js';
import { domainLabel } from './domain-label.js';
import { markdownStrings } from './markdown-strings.js';

export { domainLabel };

/**
 * One workflow step (or a standalone `task` item): its status, title and content. The content
 * is Markdown, parsed incrementally because `thought` tasks stream by repeated full updates.
 *
 * @tagname ck-task
 * @csspart task - The task row.
 */
@element('ck-task')
export class CkTask extends LitElement {
  static override styles = [base, markdownStyles, spinnerStyles, taskStyles];

  /** The task to show. */
  @property({ attribute: false }) task: Task | null = null;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /**
   * Outside a workflow: no status column (the protocol gives `status_indicator` meaning only
   * inside a workflow).
   */
  @property({ type: Boolean, reflect: true }) standalone = false;

  // One parser for the task's lifetime: a streamed thought re-parses only its open tail.
  private readonly parser = new IncrementalMarkdown();

  protected override render(): TemplateResult | typeof nothing {
    const task = this.task;
    if (!task) return nothing;
    return html`<div class="task ${task.type} ${this.standalone ? 'standalone' : ''}" part="task">
      ${this.standalone ? nothing : this.renderStatus(task)}
      <div class="main">${this.renderBody(task)}</div>
    </div>`;
  }

  private renderStatus(task: Task): TemplateResult {
    switch (task.status_indicator) {
      case 'loading':
        return html`<span class="status loading"><span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${this.strings.taskLoading}</span></span>`;
      case 'complete':
        return html`<span class="status complete">${iconSvg('check', { size: 16 })}<span class="visually-hidden">${this.strings.taskComplete}</span></span>`;
      default:
        return html`<span class="status none"><span class="dot"></span></span>`;
    }
  }

  private renderBody(task: Task): TemplateResult {
    switch (task.type) {
      case 'custom':
        return this.renderCustom(task);
      case 'thought':
        return this.renderThought(task);
      case 'web_search':
        return this.renderWebSearch(task);
      case 'file':
        return this.renderFile(task);
      case 'image':
        return this.renderImage(task);
    }
  }

  private content(text: string | null | undefined): TemplateResult | typeof nothing {
    if (!text) return nothing;
    return html`<div class="content">${renderMarkdown(this.parser.update(text), { strings: markdownStrings(this.strings) })}</div>`;
  }

  private renderCustom(task: CustomTask): TemplateResult {
    return html`${task.title || task.icon
        ? html`<div class="title">${task.icon ? iconSvg(task.icon, { size: 16 }) : nothing}<span>${task.title ?? ''}</span></div>`
        : nothing}${this.content(task.content)}`;
  }

  private renderThought(task: ThoughtTask): TemplateResult {
    return html`${task.title ? html`<div class="title"><span>${task.title}</span></div>` : html`<span class="visually-hidden">${this.strings.taskThought}</span>`}${this.content(task.content)}`;
  }

  private renderWebSearch(task: WebSearchTask): TemplateResult {
    const title = task.title || task.title_query || this.strings.taskWebSearch;
    return html`<div class="title">${iconSvg('globe', { size: 16 })}<span>${title}</span></div>
      ${task.queries.length
        ? html`<ul class="chips" aria-label=${this.strings.taskQueries}>
            ${task.queries.map((query) => html`<li>${iconSvg('search', { size: 12 })}<span>${query}</span></li>`)}
          </ul>`
        : nothing}
      ${task.sources.length
        ? html`<ul class="links" aria-label=${this.strings.taskPages}>
            ${task.sources.map((source) => {
              const href = safeUrl(source.url, 'link');
              const domain = domainLabel(source.url);
              const inner = html`<span class="link-title">${source.title || domain}</span>${domain ? html`<span class="domain">${domain}</span>` : nothing}`;
              return html`<li>${href
                ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${inner}</a>`
                : html`<span class="links-text">${inner}</span>`}</li>`;
            })}
          </ul>`
        : nothing}`;
  }

  private renderFile(task: FileTask): TemplateResult {
    return html`<div class="title">${iconSvg('document', { size: 16 })}<span>${task.title || this.strings.taskFiles}</span></div>
      ${task.sources.length
        ? html`<ul class="files" aria-label=${this.strings.taskFiles}>
            ${task.sources.map(
              (source) => html`<li title=${source.filename}>${iconSvg('document', { size: 14 })}<span>${source.title || source.filename}</span></li>`,
            )}
          </ul>`
        : nothing}`;
  }

  private renderImage(task: ImageTask): TemplateResult {
    return html`<div class="title">${iconSvg('images', { size: 16 })}<span>${task.title || this.strings.taskImage}</span></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-task': CkTask;
  }
}
