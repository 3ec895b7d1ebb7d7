import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { element } from '../define-element.js';
import { NoticeDismissEvent, RetryRequestEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { markdown, markdownStyles } from '../markdown/index.js';
import { createInitialState, visibleItems, type ThreadState } from '../state/index.js';
import { base } from '../styles/tokens.js';
import { icon } from './icons.js';
import { threadViewStyles } from './ck-thread-view.styles.js';
import './ck-message.js';

/** How close to the bottom (px) still counts as "reading the latest". */
const STICK_THRESHOLD = 80;

/**
 * The transcript: items in order, the transient progress line, notices, and the current turn's
 * error with Retry. It is the scroll container and follows new output while the reader is at
 * the bottom. Screen readers get start/end announcements from `<chat-kit>`, not every token,
 * so the log itself is not a live region.
 *
 * @tagname ck-thread-view
 * @csspart log - The list of items.
 * @csspart progress - The progress line.
 * @csspart error - The error banner.
 * @csspart notice - A notice banner.
 */
@element('ck-thread-view')
export class CkThreadView extends LitElement {
  static override styles = [base, markdownStyles, threadViewStyles];

  /** A snapshot of the thread store. */
  @property({ attribute: false }) state: ThreadState = createInitialState();
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** Colour scheme, passed on to widgets. */
  @property({ attribute: false }) scheme: 'light' | 'dark' = 'light';

  private stick = true;
  /**
   * Content grows after our own update too (widgets and Markdown render in nested elements,
   * images load), so following the bottom watches the log's size rather than our renders.
   */
  private readonly resizeObserver = new ResizeObserver(() => {
    if (this.stick) this.scrollTop = this.scrollHeight;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('scroll', this.onScroll, { passive: true });
    if (this.hasUpdated) this.observeLog();
  }

  override disconnectedCallback(): void {
    this.removeEventListener('scroll', this.onScroll);
    this.resizeObserver.disconnect();
    super.disconnectedCallback();
  }

  protected override firstUpdated(): void {
    this.observeLog();
  }

  private observeLog(): void {
    const log = this.renderRoot.querySelector('.log');
    if (log) this.resizeObserver.observe(log);
  }

  private onScroll = (): void => {
    this.stick = this.scrollHeight - this.scrollTop - this.clientHeight < STICK_THRESHOLD;
  };

  /** Jumps to the newest item and follows new output again (after the user sends). */
  scrollToEnd(): void {
    this.stick = true;
    this.scrollTop = this.scrollHeight;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') && this.stick) this.scrollTop = this.scrollHeight;
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const items = visibleItems(state);
    return html`
      <div class="log" part="log" role="log" aria-live="off" aria-label=${this.strings.threadLabel}>
        ${repeat(
          items,
          (item) => item.id,
          (item) =>
            html`<ck-message
              .item=${item}
              .strings=${this.strings}
              .scheme=${this.scheme}
              ?pending=${state.pending.has(item.id)}
            ></ck-message>`,
        )}
        ${state.progress
          ? html`<div class="progress" part="progress" role="status">${icon('sparkle')}<span>${state.progress.text}</span></div>`
          : nothing}
        ${state.notices.map(
          (notice) => html`<div class="banner ${notice.level}" part="notice" role=${notice.level === 'danger' ? 'alert' : 'status'}>
            ${icon(notice.level === 'info' ? 'info' : 'warning')}
            <div class="body">
              ${notice.title ? html`<strong class="title">${notice.title}</strong>` : nothing}${markdown(notice.message)}
            </div>
            <button
              class="dismiss"
              type="button"
              aria-label=${this.strings.dismiss}
              @click=${() => this.dispatchEvent(new NoticeDismissEvent(notice.id))}
            >
              ${icon('close')}
            </button>
          </div>`,
        )}
        ${state.error ? this.renderError(state.error) : nothing}
      </div>
    `;
  }

  private renderError(error: NonNullable<ThreadState['error']>): TemplateResult {
    const text =
      error.source === 'request'
        ? this.strings.requestFailed
        : error.code === 'custom' && error.message
          ? error.message
          : this.strings.genericError;
    return html`<div class="banner danger" part="error" role="alert">
      ${icon('warning')}
      <div class="body"><p>${text}</p></div>
      ${error.allowRetry
        ? html`<button type="button" @click=${() => this.dispatchEvent(new RetryRequestEvent())}>
            ${icon('retry')}${this.strings.retry}
          </button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-thread-view': CkThreadView;
  }
}
