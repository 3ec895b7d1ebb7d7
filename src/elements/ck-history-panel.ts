import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { groupThreadsByDate, parseTimestamp, type HistoryGroup } from '../controller/thread-history.js';
import { element } from '../define-element.js';
import { HistoryDeleteEvent, HistoryMoreEvent, HistoryOpenEvent, HistoryRenameEvent, HistoryToggleEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import type { ThreadMetadata } from '../schemas/index.js';
import { historyPanelStyles } from './ck-history-panel.styles.js';
import { clampLevel, DEFAULT_HEADING_LEVEL } from './heading-level.js';
import { groupLabel, shortDate, spinner } from './history-dates.js';
import { icon } from './icons.js';
import { styleProps } from '../styles/style-props.js';

/** How far below the visible end the next page is already requested, so scrolling rarely waits. */
const PREFETCH_PX = 200;

interface Editing {
  id: string;
  draft: string;
  saving: boolean;
  failed: boolean;
}

interface Confirming {
  id: string;
  busy: boolean;
  failed: boolean;
}

const fill = (template: string, title: string): string => template.replace('{title}', title);

/**
 * The thread history: the user's conversations grouped by date, to open, rename or delete.
 * Presentational: it fires intents and `<chat-kit>` (with a `ThreadHistory`) does the requests.
 *
 * Retry after a failed load fires `ck-history-more` too: `<chat-kit>` answers it with
 * `ThreadHistory.loadMore()`, which loads the first page when none has loaded yet.
 *
 * @tagname ck-history-panel
 * @fires ck-history-toggle - `{open: false}`: the close button or Escape.
 * @fires ck-history-open - `{threadId}`: an entry was activated.
 * @fires ck-history-more - the list end came into view, "Load more" or "Try again" was pressed.
 * @fires ck-history-rename - `{threadId, title}`; awaits `detail.result`.
 * @fires ck-history-delete - `{threadId}` after confirmation; awaits `detail.result`.
 * @csspart base - The panel.
 * @csspart header - The bar with the heading and the close button.
 * @csspart heading - The panel heading.
 * @csspart close-button - The close button.
 * @csspart body - The scrolling area.
 * @csspart list - The grouped list of conversations.
 * @csspart group-label - A date group's label.
 * @csspart item - One conversation row (also `item-active` for the open thread).
 * @csspart empty - The empty state.
 * @csspart error - An error message with its Try again button.
 * @csspart load-more - The Load more button.
 */
@element('ck-history-panel')
export class CkHistoryPanel extends LitElement {
  static override styles = historyPanelStyles;

  /** Conversations, newest first. */
  @property({ attribute: false }) threads: readonly ThreadMetadata[] = [];
  /** More conversations can be loaded. */
  @property({ type: Boolean, attribute: 'has-more' }) hasMore = false;
  /** A page is loading. */
  @property({ type: Boolean }) loading = false;
  /** The first page has arrived. */
  @property({ type: Boolean }) loaded = false;
  /** Why the last page failed (a code); a localized message is shown. */
  @property({ attribute: false }) error: string | null = null;
  /** The open thread, marked with `aria-current`. */
  @property({ attribute: 'active-thread-id' }) activeThreadId: string | null = null;
  /** Offer Rename per entry. */
  @property({ type: Boolean, attribute: 'show-rename' }) showRename = true;
  /** Offer Delete per entry. */
  @property({ type: Boolean, attribute: 'show-delete' }) showDelete = true;
  /** BCP 47 locale for dates. */
  @property() locale = 'en';
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** Outline level of the panel heading; date group labels go one deeper (clamped to 1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;
  /** The time groups are relative to (ms since epoch); the current time when unset. */
  @property({ attribute: false }) now: number | undefined = undefined;

  @state() private editing: Editing | null = null;
  @state() private confirming: Confirming | null = null;
  /** The entry that takes Tab focus (roving tabindex). */
  @state() private focusId: string | null = null;
  @state() private announcement = '';

  private observer: IntersectionObserver | undefined;
  /** A `ck-history-more` went out and nothing has changed since: do not ask again. */
  private moreRequested = false;
  /** Opened before the list loaded: focus waits on the panel for the first entry. */
  private awaitingFocus = false;

  /**
   * Moves focus into the panel; call on opening. Goes to the open thread's entry, else the heading
   * (when shown), else the first entry. While the first page loads the panel itself holds focus
   * (so Escape works and the region is announced) and it passes to an entry once the list arrives.
   */
  async focusInitial(): Promise<void> {
    await this.updateComplete;
    this.awaitingFocus = false;
    if (this.focusStart()) return;
    this.renderRoot.querySelector<HTMLElement>('.base')?.focus();
    this.awaitingFocus = true;
  }

  /** Focuses where a user starts in the panel; false when there is nothing to focus yet. */
  private focusStart(): boolean {
    const active = this.activeThreadId === null ? null : this.entryButton(this.activeThreadId);
    // `<chat-kit>` hides this bar (its own header names the panel): a hidden heading takes no focus.
    const heading = this.renderRoot.querySelector<HTMLElement>('.heading');
    const shownHeading = heading && heading.getClientRects().length > 0 ? heading : null;
    const first = this.tabbableId();
    const target = active ?? shownHeading ?? (first === null ? null : this.entryButton(first));
    if (!target) return false;
    target.focus();
    if (target !== heading) target.scrollIntoView({ block: 'nearest' });
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('loading') || changed.has('threads') || changed.has('hasMore') || changed.has('error')) this.moreRequested = false;
    const ids = new Set(this.threads.map((thread) => thread.id));
    if (this.editing && !ids.has(this.editing.id)) this.editing = null;
    if (this.confirming && !ids.has(this.confirming.id)) this.confirming = null;
  }

  protected override firstUpdated(): void {
    this.observe();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.awaitingFocus && (changed.has('loaded') || changed.has('threads') || changed.has('error'))) void this.takeWaitingFocus();
    // The observer only reports changes: a page that did not fill the view leaves the sentinel
    // visible, so the next page is asked for here.
    if (changed.has('loading') || changed.has('threads') || changed.has('hasMore') || changed.has('loaded')) this.maybeLoadMore();
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    return html`
      <section class="base" part="base" aria-labelledby="heading" tabindex="-1" @keydown=${this.onKeydown}>
        <div class="header" part="header">
          <div id="heading" class="heading" part="heading" role="heading" aria-level=${clampLevel(this.headingLevel)} tabindex="-1"
            >${s.historyHeading}</div
          >
          <button class="icon-button" part="close-button" type="button" aria-label=${s.historyClose} title=${s.historyClose} @click=${this.close}>
            ${icon('close')}
          </button>
        </div>
        <div class="body" part="body">${this.renderContent()}<div class="sentinel" aria-hidden="true"></div></div>
        <div class="visually-hidden" role="status">${this.loading ? s.historyLoading : this.announcement}</div>
      </section>
    `;
  }

  private renderContent(): TemplateResult {
    const s = this.strings;
    if (!this.loaded) {
      if (this.error !== null) return this.renderError(s.historyLoadFailed);
      return html`<div class="skeleton" aria-hidden="true">${[72, 55, 84, 63, 46].map((width) => html`<div class="skeleton-row" style=${styleProps({ width: `${width}%` })}></div>`)}</div>`;
    }
    if (this.threads.length === 0 && !this.hasMore) {
      return html`
        <div class="empty" part="empty">
          <p class="empty-title">${s.historyEmpty}</p>
          <p class="empty-hint">${s.historyEmptyHint}</p>
        </div>
        ${this.error === null ? nothing : this.renderError(s.historyLoadFailed)}
      `;
    }
    const now = new Date(this.now ?? Date.now());
    const groups = groupThreadsByDate(this.threads, now);
    const tabbable = this.tabbableId();
    return html`
      <div class="list" part="list" @keydown=${this.onListKeydown} @focusin=${this.onFocusIn}>
        ${groups.map((group, index) => this.renderGroup(group, index, now, tabbable))}
      </div>
      ${this.renderFooter()}
    `;
  }

  private renderGroup(group: HistoryGroup, index: number, now: Date, tabbable: string | null): TemplateResult {
    const id = `group-${index}`;
    return html`
      <div class="group" role="group" aria-labelledby=${id}>
        <div class="group-label" part="group-label" id=${id} role="heading" aria-level=${clampLevel(this.headingLevel + 1)}
          >${groupLabel(this.strings, this.locale, group)}</div
        >
        <ul role="list">
          ${repeat(
            group.threads,
            (thread) => thread.id,
            (thread) => this.renderEntry(thread, now, thread.id === tabbable),
          )}
        </ul>
      </div>
    `;
  }

  private renderEntry(thread: ThreadMetadata, now: Date, tabbable: boolean): TemplateResult {
    const s = this.strings;
    const title = this.titleOf(thread);
    if (this.editing?.id === thread.id) return this.renderEditor(this.editing);
    if (this.confirming?.id === thread.id) return this.renderConfirm(this.confirming, title);
    const active = thread.id === this.activeThreadId;
    const created = parseTimestamp(thread.created_at);
    const valid = !Number.isNaN(created.getTime());
    const tabindex = tabbable ? 0 : -1;
    return html`
      <li class=${active ? 'row active' : 'row'} part=${active ? 'item item-active' : 'item'} data-id=${thread.id}>
        <button class="open" type="button" tabindex=${tabindex} aria-current=${active ? 'true' : nothing} @click=${() => { this.open(thread.id); }}>
          <span class="title" dir="auto">${title}</span>
          ${valid ? html`<time class="time" datetime=${created.toISOString()}>${shortDate(this.locale, created, now)}</time>` : nothing}
        </button>
        ${this.showRename || this.showDelete
          ? html`<span class="actions">
              ${this.showRename
                ? html`<button class="icon-button action" data-action="rename" type="button" tabindex=${tabindex}
                    aria-label=${fill(s.historyRenameThread, title)} title=${fill(s.historyRenameThread, title)}
                    @click=${() => void this.startRename(thread)}>${icon('compose')}</button>`
                : nothing}
              ${this.showDelete
                ? html`<button class="icon-button action" data-action="delete" type="button" tabindex=${tabindex}
                    aria-label=${fill(s.historyDeleteThread, title)} title=${fill(s.historyDeleteThread, title)}
                    @click=${() => void this.startDelete(thread.id)}>${icon('trash')}</button>`
                : nothing}
            </span>`
          : nothing}
      </li>
    `;
  }

  private renderEditor(editing: Editing): TemplateResult {
    const s = this.strings;
    return html`
      <li class="row editing" part="item" data-id=${editing.id}>
        <form class="inline" @submit=${this.onRenameSubmit}>
          <input
            class="field"
            part="rename-field"
            type="text"
            .value=${live(editing.draft)}
            aria-label=${s.historyTitleField}
            aria-invalid=${editing.failed ? 'true' : 'false'}
            aria-describedby=${editing.failed ? 'rename-error' : nothing}
            ?readonly=${editing.saving}
            maxlength="200"
            @input=${this.onDraftInput}
          />
          <button class="text-button primary" data-action="save" type="submit" ?disabled=${editing.saving}>${s.historySave}</button>
          <button class="text-button" data-action="cancel" type="button" @click=${this.cancelRename}>${s.historyCancel}</button>
        </form>
        ${editing.failed ? html`<p class="inline-error" id="rename-error" role="alert">${s.historyRenameFailed}</p>` : nothing}
      </li>
    `;
  }

  private renderConfirm(confirming: Confirming, title: string): TemplateResult {
    const s = this.strings;
    return html`
      <li class="row confirming" part="item" data-id=${confirming.id}>
        <div class="inline" role="group" aria-labelledby="confirm-question">
          <span class="question" id="confirm-question">${fill(s.historyDeleteConfirm, title)}</span>
          <button class="text-button danger" data-action="confirm-delete" type="button" ?disabled=${confirming.busy} @click=${this.confirmDelete}>
            ${s.historyDelete}
          </button>
          <button class="text-button" data-action="cancel" type="button" @click=${this.cancelDelete}>${s.historyCancel}</button>
        </div>
        ${confirming.failed ? html`<p class="inline-error" role="alert">${s.historyDeleteFailed}</p>` : nothing}
      </li>
    `;
  }

  private renderFooter(): TemplateResult | typeof nothing {
    const s = this.strings;
    if (this.loading) return html`<div class="footer-status">${spinner}<span>${s.historyLoading}</span></div>`;
    if (this.error !== null) return this.renderError(s.historyMoreFailed);
    if (!this.hasMore) return nothing;
    return html`<button class="text-button load-more" part="load-more" type="button" @click=${this.requestMore}>${s.historyLoadMore}</button>`;
  }

  private renderError(message: string): TemplateResult {
    return html`
      <div class="error" part="error" role="alert">
        <p>${message}</p>
        <button class="text-button" data-action="retry" type="button" @click=${this.requestMore}>${icon('retry')}${this.strings.historyRetry}</button>
      </div>
    `;
  }

  private titleOf(thread: ThreadMetadata): string {
    return thread.title?.trim() || this.strings.historyUntitled;
  }

  private tabbableId(): string | null {
    const has = (id: string | null): id is string => id !== null && this.threads.some((thread) => thread.id === id);
    if (has(this.focusId)) return this.focusId;
    if (has(this.activeThreadId)) return this.activeThreadId;
    return this.threads[0]?.id ?? null;
  }

  private entryButtons(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.row .open')];
  }

  private entryButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.row[data-id="${CSS.escape(id)}"] .open`);
  }

  private async focusEntry(id: string): Promise<void> {
    this.focusId = id;
    await this.updateComplete;
    this.entryButton(id)?.focus();
  }

  /** The list arrived after `focusInitial`: focus moves from the panel to where a user starts. */
  private async takeWaitingFocus(): Promise<void> {
    // After this update: focusing an entry updates the roving tabindex, which would re-render mid-update.
    await this.updateComplete;
    if (!this.awaitingFocus) return;
    // Only if focus is still waiting on the panel: never pull it back from where the user went.
    const waiting = (this.renderRoot as ShadowRoot).activeElement?.classList.contains('base') === true;
    if (!waiting) this.awaitingFocus = false;
    else if (this.loaded || this.error !== null) this.awaitingFocus = !this.focusStart() && !this.focusRetry();
  }

  /** A failed first load: its Try again button takes the waiting focus. */
  private focusRetry(): boolean {
    const retry = this.renderRoot.querySelector<HTMLElement>('[data-action="retry"]');
    retry?.focus();
    return retry !== null;
  }

  private close(): void {
    this.dispatchEvent(new HistoryToggleEvent(false));
  }

  private open(threadId: string): void {
    this.dispatchEvent(new HistoryOpenEvent(threadId));
  }

  private requestMore(): void {
    this.moreRequested = true;
    this.dispatchEvent(new HistoryMoreEvent());
  }

  private observe(): void {
    const sentinel = this.renderRoot.querySelector('.sentinel');
    const body = this.renderRoot.querySelector('.body');
    if (!sentinel || !body || typeof IntersectionObserver === 'undefined') return;
    this.observer?.disconnect();
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.maybeLoadMore();
      },
      { root: body, rootMargin: `0px 0px ${PREFETCH_PX}px 0px` },
    );
    this.observer.observe(sentinel);
  }

  /** Whether the end of the list is on screen (or nearly), measured now rather than remembered. */
  private sentinelInView(): boolean {
    const sentinel = this.renderRoot.querySelector('.sentinel');
    const body = this.renderRoot.querySelector('.body');
    if (!sentinel || !body || body.clientHeight === 0) return false;
    return sentinel.getBoundingClientRect().top <= body.getBoundingClientRect().bottom + PREFETCH_PX;
  }

  private maybeLoadMore(): void {
    if (!this.loaded || !this.hasMore || this.loading || this.error !== null || this.moreRequested) return;
    if (this.sentinelInView()) this.requestMore();
  }

  private onFocusIn(event: FocusEvent): void {
    const row = (event.target as Element).closest<HTMLElement>('.row');
    const id = row?.dataset.id;
    if (id !== undefined && !row?.classList.contains('editing') && !row?.classList.contains('confirming')) this.focusId = id;
  }

  private onListKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.matches('.row .open, .row .action')) return;
    const buttons = this.entryButtons();
    const current = buttons.indexOf(target.closest('.row')?.querySelector<HTMLElement>('.open') ?? target);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(buttons.length - 1, current + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const button = buttons[next];
    if (!button) return;
    const id = button.closest<HTMLElement>('.row')?.dataset.id;
    if (id !== undefined) this.focusId = id;
    button.focus();
    button.scrollIntoView({ block: 'nearest' });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    if (this.editing) this.cancelRename();
    else if (this.confirming) this.cancelDelete();
    else this.close();
  }

  private async startRename(thread: ThreadMetadata): Promise<void> {
    this.confirming = null;
    this.editing = { id: thread.id, draft: thread.title?.trim() ?? '', saving: false, failed: false };
    this.focusId = thread.id;
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLInputElement>('.field');
    field?.focus();
    field?.select();
  }

  private onDraftInput(event: InputEvent): void {
    if (!this.editing) return;
    this.editing = { ...this.editing, draft: (event.target as HTMLInputElement).value, failed: false };
  }

  private onRenameSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.commitRename();
  }

  private async commitRename(): Promise<void> {
    const editing = this.editing;
    if (!editing || editing.saving) return;
    const title = editing.draft.trim();
    if (title === '') {
      this.renderRoot.querySelector<HTMLInputElement>('.field')?.focus();
      return;
    }
    const thread = this.threads.find((item) => item.id === editing.id);
    if (thread?.title?.trim() === title) {
      this.finishRename(editing.id);
      return;
    }
    const request = new HistoryRenameEvent(editing.id, title);
    this.dispatchEvent(request);
    const result = request.detail.result;
    if (!result) {
      this.finishRename(editing.id);
      return;
    }
    this.editing = { ...editing, draft: title, saving: true, failed: false };
    try {
      await result;
      if (this.editingId() === editing.id) this.finishRename(editing.id);
    } catch {
      if (this.editingId() !== editing.id) return;
      this.editing = { ...editing, draft: title, saving: false, failed: true };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.field')?.focus();
    }
  }

  // Methods, not inline reads: after an await TS would keep the narrowing from before it.
  private editingId(): string | undefined {
    return this.editing?.id;
  }

  private confirmingId(): string | undefined {
    return this.confirming?.id;
  }

  private finishRename(id: string): void {
    this.editing = null;
    void this.focusEntry(id);
  }

  private cancelRename(): void {
    const id = this.editing?.id;
    this.editing = null;
    if (id !== undefined) void this.focusEntry(id);
  }

  private async startDelete(id: string): Promise<void> {
    this.editing = null;
    this.confirming = { id, busy: false, failed: false };
    this.focusId = id;
    await this.updateComplete;
    // The safe choice has focus, so a second Enter does not delete.
    this.renderRoot.querySelector<HTMLElement>('.confirming [data-action="cancel"]')?.focus();
  }

  private cancelDelete(): void {
    const id = this.confirming?.id;
    this.confirming = null;
    if (id !== undefined) void this.focusEntry(id);
  }

  private async confirmDelete(): Promise<void> {
    const confirming = this.confirming;
    if (!confirming || confirming.busy) return;
    const index = this.threads.findIndex((thread) => thread.id === confirming.id);
    const request = new HistoryDeleteEvent(confirming.id);
    this.dispatchEvent(request);
    const result = request.detail.result;
    if (!result) {
      this.cancelDelete();
      return;
    }
    this.confirming = { ...confirming, busy: true, failed: false };
    try {
      await result;
    } catch {
      if (this.confirmingId() !== confirming.id) return;
      this.confirming = { ...confirming, busy: false, failed: true };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.confirming [data-action="confirm-delete"]')?.focus();
      return;
    }
    if (this.confirmingId() === confirming.id) this.confirming = null;
    this.announcement = this.strings.historyDeleted;
    await this.updateComplete;
    // Focus would fall to <body> with the removed row; the next entry takes it.
    const still = this.entryButton(confirming.id);
    const neighbour = this.threads[Math.min(index, this.threads.length - 1)];
    if (still) still.focus();
    else if (neighbour) void this.focusEntry(neighbour.id);
    else this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-history-panel': CkHistoryPanel;
  }
}
