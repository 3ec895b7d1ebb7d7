import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { element } from '../define-element.js';
import { LoadOlderEvent, NoticeDismissEvent, RetryRequestEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { markdown, markdownStyles } from '../markdown/index.js';
import type { FeedbackKind, ThreadItem } from '../schemas/index.js';
import { createInitialState, visibleItems, type ThreadState } from '../state/index.js';
import { hasResponse, turnsOf, type Turn } from '../state/turns.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';
import { icon } from './icons.js';
import { threadViewStyles } from './ck-thread-view.styles.js';
import type { CustomItemAction } from './ck-item-actions.js';
import './ck-item-actions.js';
import './ck-message.js';

/** The parts of `<ck-message>` (and its widget item) that page CSS can reach through us. */
const MESSAGE_PARTS =
  'user: message-user, bubble: message-bubble, assistant: message-assistant, sources: message-sources, tool: message-tool, widget, widget-root';

/** How close to the bottom (px) still counts as "reading the latest". */
const STICK_THRESHOLD = 80;
/** How close to the top (px) asks for older items. */
const LOAD_OLDER_THRESHOLD = 200;

/** Which actions `<ck-item-actions>` offers under responses (Copy is always there). */
export interface ThreadItemActionsConfig {
  readonly feedback: boolean;
  readonly retry: boolean;
  readonly custom: readonly CustomItemAction[];
}

const NO_ITEM_ACTIONS: ThreadItemActionsConfig = Object.freeze({ feedback: false, retry: false, custom: Object.freeze([]) });

/** Where the reader was, so prepending older items does not move what they are looking at. */
interface ScrollAnchor {
  readonly itemId: string;
  /** The item's top, relative to the viewport's top, before the update. */
  readonly offset: number;
}

function lastOf<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

/**
 * The transcript: items in order, actions under finished responses, the transient progress
 * line, notices, and the current turn's error with Retry. It is the scroll container: it follows
 * new output while the reader is at the bottom (when `autoScroll`), offers "Jump to latest"
 * otherwise, and asks for older items (`ck-load-older`) near the top while keeping the reader's
 * place. Screen readers get start/end announcements from `<chat-kit>`, not every token, so the
 * log itself is not a live region.
 *
 * @tagname ck-thread-view
 * @csspart log - The list of items.
 * @csspart older - The row at the top with "Load earlier messages" or its loading line.
 * @csspart item-actions - The actions under a response.
 * @csspart progress - The progress line.
 * @csspart error - The error banner.
 * @csspart notice - A notice banner.
 * @csspart jump - The floating "Jump to latest" button.
 * @csspart message - One thread item (`<ck-message>`); its own parts are exported as
 *   `message-user`, `message-bubble`, `message-assistant`, `message-sources`, `message-tool`,
 *   `widget` and `widget-root`.
 */
@element('ck-thread-view')
export class CkThreadView extends LitElement {
  static override styles = [base, markdownStyles, threadViewStyles];

  /** A snapshot of the thread store. */
  @property({ attribute: false }) state: ThreadState = createInitialState();
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** Outline level of the element's top headings (`<chat-kit heading-level>`), for messages. */
  @property({ attribute: false }) headingLevel = 2;
  /** Colour scheme, passed on to widgets. */
  @property({ attribute: false }) scheme: 'light' | 'dark' = 'light';
  /** Actions under responses (`threadItemActions`). Copy is always offered. */
  @property({ attribute: false }) itemActions: ThreadItemActionsConfig = NO_ITEM_ACTIONS;
  /**
   * Follow streaming output while the reader is near the bottom (`thread.autoScroll`). When
   * false, output never scrolls the transcript; "Jump to latest" appears instead.
   */
  @property({ attribute: false }) autoScroll = true;

  @state() private showJump = false;
  /** The last `ck-load-older` failed: stop loading on scroll until the button is pressed. */
  @state() private olderFailed = false;

  /** The reader is at the end (set by scrolling to the bottom, cleared by scrolling up). */
  private following = true;
  /** Scroll to the end regardless of `autoScroll` once content is laid out (thread opened, user sent). */
  private snapToEnd = true;
  private lastScrollTop = 0;
  private anchor: ScrollAnchor | null = null;
  /** Something changed at the end of the transcript since the last layout. */
  private tailChanged = false;
  /** A `ck-load-older` is out and has not been answered. */
  private olderRequested = false;
  /** Bumped when another thread is shown, so late answers for the old one are ignored. */
  private generation = 0;
  private turnsSource: readonly ThreadItem[] | null = null;
  private turns: readonly Turn[] = [];

  /**
   * Content grows after our own update too (widgets and Markdown render in nested elements,
   * images load), so scrolling decisions are taken again whenever the log's size changes.
   */
  private readonly resizeObserver = new ResizeObserver(() => {
    this.reconcile(true);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('scroll', this.onScroll, { passive: true });
    for (const type of USER_SCROLL_INPUTS) this.addEventListener(type, this.onUserInput, { passive: true });
    if (this.hasUpdated) this.observeLog();
  }

  override disconnectedCallback(): void {
    this.removeEventListener('scroll', this.onScroll);
    for (const type of USER_SCROLL_INPUTS) this.removeEventListener(type, this.onUserInput);
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

  /** Jumps to the newest item and follows new output again (after the user sends). */
  scrollToEnd(): void {
    this.anchor = null;
    this.following = true;
    this.snapToEnd = true;
    this.showJump = false;
    this.scrollTop = this.scrollHeight;
    this.lastScrollTop = this.scrollTop;
  }

  private nearBottom(): boolean {
    return this.scrollHeight - this.scrollTop - this.clientHeight < STICK_THRESHOLD;
  }

  private onScroll = (): void => {
    const top = this.scrollTop;
    if (this.nearBottom()) {
      this.following = true;
      this.showJump = false;
    } else if (top < this.lastScrollTop - 1) {
      // Only scrolling up leaves the end: content growing below also makes us "not near".
      this.following = false;
      this.snapToEnd = false;
    }
    this.lastScrollTop = top;
    this.maybeLoadOlder();
  };

  /** The reader takes over: stop holding the old position after a prepend, or a pending jump to the end. */
  private onUserInput = (): void => {
    this.anchor = null;
    this.snapToEnd = false;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('state')) return;
    const prev: ThreadState | undefined = changed.get('state');
    const next = this.state;
    const before = prev ? visibleItems(prev) : [];
    const after = visibleItems(next);
    if (prev?.loadingOlder && !next.loadingOlder) this.olderRequested = false;

    if (prev?.thread?.id !== next.thread?.id || (before.length === 0 && after.length > 0)) {
      // Another thread (or the first items of this one): start at its end.
      this.generation += 1;
      this.anchor = null;
      this.olderRequested = false;
      this.olderFailed = false;
      this.showJump = false;
      this.following = true;
      this.snapToEnd = true;
      return;
    }
    const oldFirst = before[0];
    if (oldFirst && after[0] && after[0].id !== oldFirst.id && after.includes(oldFirst)) {
      this.captureAnchor();
    } else if (
      lastOf(before) !== lastOf(after) ||
      prev?.progress !== next.progress ||
      prev.notices !== next.notices ||
      prev.error !== next.error
    ) {
      this.tailChanged = true;
      // New output at the end: the reader's place no longer needs holding (and following wins).
      this.anchor = null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') || changed.has('autoScroll')) this.reconcile(false);
  }

  /**
   * Applies the scroll policy to the current layout. After our own render (`laidOut` false)
   * nested elements have not rendered yet, so one-shot decisions are kept until the
   * ResizeObserver reports the settled size.
   */
  private reconcile(laidOut: boolean): void {
    if (this.anchor) {
      this.restoreAnchor();
    } else if (this.snapToEnd || (this.autoScroll && this.following)) {
      this.scrollTop = this.scrollHeight;
      if (laidOut) this.snapToEnd = false;
    } else if (laidOut && this.tailChanged && !this.nearBottom()) {
      // Only once laid out: before that nested content has no height yet.
      this.showJump = true;
    }
    if (laidOut) this.tailChanged = false;
    this.lastScrollTop = this.scrollTop;
    if (laidOut) this.maybeLoadOlder();
  }

  private captureAnchor(): void {
    const viewportTop = this.getBoundingClientRect().top;
    for (const message of this.renderRoot.querySelectorAll<HTMLElement>('ck-message')) {
      const rect = message.getBoundingClientRect();
      const itemId = message.dataset['itemId'];
      if (itemId !== undefined && rect.height > 0 && rect.bottom > viewportTop) {
        this.anchor = { itemId, offset: rect.top - viewportTop };
        return;
      }
    }
    this.anchor = null;
  }

  private restoreAnchor(): void {
    const anchor = this.anchor;
    if (!anchor) return;
    const message = [...this.renderRoot.querySelectorAll<HTMLElement>('ck-message')].find(
      (candidate) => candidate.dataset['itemId'] === anchor.itemId,
    );
    if (!message) {
      this.anchor = null;
      return;
    }
    const delta = message.getBoundingClientRect().top - this.getBoundingClientRect().top - anchor.offset;
    if (Math.abs(delta) >= 0.5) this.scrollTop += delta;
  }

  private maybeLoadOlder(): void {
    const state = this.state;
    if (!state.hasMoreBefore || state.loadingOlder || state.loading || this.olderRequested || this.olderFailed) return;
    if (visibleItems(state).length === 0 || this.scrollTop > LOAD_OLDER_THRESHOLD) return;
    this.loadOlder();
  }

  private loadOlder(): void {
    this.olderRequested = true;
    this.olderFailed = false;
    const generation = this.generation;
    const event = new LoadOlderEvent();
    this.dispatchEvent(event);
    event.detail.result?.then(
      async () => {
        if (generation !== this.generation) return;
        this.olderRequested = false;
        // A short page may leave the reader near the top again: keep going once it is laid out.
        await this.updateComplete;
        requestAnimationFrame(() => {
          if (generation === this.generation) this.reconcile(true);
        });
      },
      () => {
        if (generation !== this.generation) return;
        this.olderRequested = false;
        this.olderFailed = true;
      },
    );
  }

  private jumpToLatest(): void {
    this.anchor = null;
    this.following = true;
    this.showJump = false;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollTo({ top: this.scrollHeight, behavior: reduce ? 'instant' : 'smooth' });
  }

  /** Turns of the current items; finished turns keep their identity so their actions do not re-render. */
  private currentTurns(items: readonly ThreadItem[]): readonly Turn[] {
    if (this.turnsSource !== items) {
      this.turns = turnsOf(items, this.turns);
      this.turnsSource = items;
    }
    return this.turns;
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const items = visibleItems(state);
    const turns = this.currentTurns(items);
    const last = lastOf(turns);
    // Actions go after the last item of each turn that answered something, once it is complete.
    const actionsAfter = new Map<string, Turn>();
    for (const turn of turns) {
      const lastId = lastOf(turn.itemIds);
      if (lastId !== undefined && hasResponse(turn) && !(turn === last && state.responding)) actionsAfter.set(lastId, turn);
    }
    return html`
      ${this.renderOlder()}
      <div class="log" part="log" role="log" aria-live="off" aria-label=${this.strings.threadLabel}>
        ${repeat(
          items,
          (item) => item.id,
          (item) => {
            const turn = actionsAfter.get(item.id);
            return html`<ck-message
                part="message"
                exportparts=${MESSAGE_PARTS}
                data-item-id=${item.id}
                .item=${item}
                .strings=${this.strings}
                .headingLevel=${this.headingLevel}
                .scheme=${this.scheme}
                .progress=${state.imageProgress.get(item.id) ?? null}
                ?pending=${state.pending.has(item.id)}
              ></ck-message
              >${turn ? this.renderActions(turn, turn === last) : nothing}`;
          },
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
      ${this.showJump
        ? html`<div class="jump-dock">
            <button class="jump" part="jump" type="button" title=${this.strings.jumpToLatest} @click=${this.jumpToLatest}>
              ${iconSvg('arrow-down', { size: 16 })}<span>${this.strings.jumpToLatest}</span>
            </button>
          </div>`
        : nothing}
    `;
  }

  private renderOlder(): TemplateResult | typeof nothing {
    const state = this.state;
    if (!state.hasMoreBefore && !state.loadingOlder) return nothing;
    // One row of fixed height whatever it shows, so switching between button and loading line
    // does not shift the transcript.
    return html`<div class="older" part="older">
      ${state.loadingOlder
        ? html`<span class="older-status" role="status">${icon('sparkle')}${this.strings.loadingOlder}</span>`
        : html`${this.olderFailed ? html`<span class="older-error" role="status">${this.strings.loadOlderFailed}</span>` : nothing}
            <button type="button" class="older-button" @click=${() => { this.loadOlder(); }}>${this.strings.loadOlder}</button>`}
    </div>`;
  }

  private renderActions(turn: Turn, latest: boolean): TemplateResult {
    const state = this.state;
    const config = this.itemActions;
    let feedbackKind: FeedbackKind | null = null;
    for (const id of turn.itemIds) {
      const kind = state.feedback.get(id);
      if (kind !== undefined) {
        feedbackKind = kind;
        break;
      }
    }
    const retry =
      config.retry && latest && turn.userMessageId !== null && !state.optimistic.has(turn.userMessageId);
    return html`<ck-item-actions
      part="item-actions"
      .turn=${turn}
      .strings=${this.strings}
      .custom=${config.custom}
      .feedbackKind=${feedbackKind}
      ?feedback=${config.feedback}
      ?retry=${retry}
      ?latest=${latest}
    ></ck-item-actions>`;
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

/** Inputs that mean the reader is scrolling themselves (programmatic scrolls fire none of these). */
const USER_SCROLL_INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

declare global {
  interface HTMLElementTagNameMap {
    'ck-thread-view': CkThreadView;
  }
}
