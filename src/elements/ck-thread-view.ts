import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { element } from '../define-element.js';
import { LoadOlderEvent, NoticeDismissEvent, RetryRequestEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { markdownStyles } from '../markdown/index.js';
import type { ThreadItem } from '../schemas/index.js';
import { createInitialState, visibleItems, type ThreadState } from '../state/index.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';
import { icon } from './icons.js';
import { threadViewStyles } from './ck-thread-view.styles.js';
import { actionsAfter, errorBanner, itemActionsBar, noticeBanner, progressLine, type ThreadItemActionsConfig } from './thread-view-parts.js';
import type { CustomItemAction } from './ck-item-actions.js';
import {
  TranscriptWindow,
  WINDOW_CHUNK,
  WINDOW_INITIAL,
  captureAnchor,
  firstToKeep,
  messageElement,
  restoreAnchor,
  type ScrollAnchor,
} from './thread-window.js';
import './ck-message.js';

/** The parts of `<ck-message>` (and its widget item) that page CSS can reach through us. */
const MESSAGE_PARTS =
  'user: message-user, bubble: message-bubble, assistant: message-assistant, sources: message-sources, tool: message-tool, widget, widget-root';

/** How close to the bottom (px) still counts as "reading the latest". */
const STICK_THRESHOLD = 80;
/** How close to the top (px) asks for older items. */
const LOAD_OLDER_THRESHOLD = 200;
/** Viewports of content kept above the end when the window shrinks back. */
const KEEP_VIEWPORTS = 3;
/**
 * Inputs that mean the reader is scrolling themselves (programmatic scrolls fire none of these).
 * Declared before the class: defining the element upgrades instances already in the page, whose
 * `connectedCallback` reads this.
 */
const USER_SCROLL_INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export type { ThreadItemActionsConfig } from './thread-view-parts.js';

const NO_ITEM_ACTIONS: ThreadItemActionsConfig = Object.freeze({ feedback: false, retry: false, custom: Object.freeze([]) });

function lastOf<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * The transcript: items in order, actions under finished responses, the transient progress
 * line, notices, and the current turn's error with Retry. It is the scroll container: it follows
 * new output while the reader is at the bottom (when `autoScroll`), offers "Jump to latest"
 * otherwise, and asks for older items (`ck-load-older`) near the top while keeping the reader's
 * place. Screen readers get start/end announcements from `<chat-kit>`, not every token, so the
 * log itself is not a live region.
 *
 * Long threads render a window (docs/decisions/0007): the newest items first, older loaded items
 * a chunk at a time as the reader reaches the top (or presses "Load earlier messages"), and only
 * then older pages from the server. New items at the end always render.
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
  /** Which loaded items are rendered. */
  private readonly itemWindow = new TranscriptWindow();
  /** Bumped when the window reveals older items, so the view re-renders and re-anchors. */
  @state() private revealed = 0;
  private revealFrame = 0;
  /**
   * `itemActions.custom`, kept while equal: `<chat-kit>` builds a new options object every frame,
   * and a new array would re-render the actions of every finished turn during streaming.
   */
  private customActions: readonly CustomItemAction[] = NO_ITEM_ACTIONS.custom;

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
    cancelAnimationFrame(this.revealFrame);
    this.revealFrame = 0;
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
    // Our own scroll to the end (each frame of a stream): nothing to decide, and measuring the
    // content height here would cost a layout per frame.
    if (top === this.lastScrollTop && this.following) return;
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

  /**
   * Renders the item if the window hides it (older loaded items render on demand, e.g. before
   * scrolling to one) and resolves with its `<ck-message>`, or null when the thread has no such
   * visible item. What the reader sees stays in place.
   */
  async revealItem(itemId: string): Promise<HTMLElement | null> {
    if (this.itemWindow.revealItem(visibleItems(this.state), itemId)) {
      this.anchor = captureAnchor(this.renderRoot, this);
      this.revealed += 1;
      await this.updateComplete;
      // The caller is about to use the item (e.g. scroll to it): do not hold the old place against that.
      this.anchor = null;
    }
    return messageElement(this.renderRoot, itemId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('itemActions') && !sameList(this.itemActions.custom, this.customActions)) {
      this.customActions = this.itemActions.custom;
    }
    if (!changed.has('state')) return;
    const prev: ThreadState | undefined = changed.get('state');
    const next = this.state;
    const before = prev ? visibleItems(prev) : [];
    const after = visibleItems(next);
    if (prev?.loadingOlder && !next.loadingOlder) this.olderRequested = false;

    if (prev?.thread?.id !== next.thread?.id || (before.length === 0 && after.length > 0)) {
      // Another thread (or the first items of this one): start at its end.
      this.generation += 1;
      this.itemWindow.reset();
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
      // An older page arrived. When everything loaded was shown, show (the newest chunk of) it.
      const allShown = !this.itemWindow.hasHidden(before);
      this.anchor = captureAnchor(this.renderRoot, this);
      if (allShown) this.itemWindow.reveal(after);
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
    if (!this.anchor && (this.snapToEnd || (this.autoScroll && this.following))) this.trimWindow(after);
  }

  /**
   * Back at the end after revealing much: render only the newest items again, as many as fill a
   * few viewports (so the top is not reached and revealed again at once). Everything that goes is
   * above the viewport, which is about to scroll to the end anyway. Focus inside the transcript
   * (maybe in what would go) keeps the window as it is.
   */
  private trimWindow(items: readonly ThreadItem[]): void {
    if (items.length - this.itemWindow.start(items) <= WINDOW_INITIAL + WINDOW_CHUNK) return;
    if (this.shadowRoot?.activeElement) return;
    const keepFrom = firstToKeep(this.renderRoot, this, KEEP_VIEWPORTS);
    if (keepFrom !== null) this.itemWindow.trimTo(items, keepFrom);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Holding the reader's place must happen now, before anything is painted. Scrolling to the end
    // (following output, a thread opened, the user sent) is left to the ResizeObserver, which runs
    // once the new content is laid out, in this same frame before paint: doing it here would force
    // a layout of content whose nested elements have not rendered yet, every frame of a stream.
    if (this.anchor || changed.has('autoScroll')) this.reconcile(false);
  }

  /**
   * Applies the scroll policy to the current layout. After our own render (`laidOut` false)
   * nested elements have not rendered yet, so one-shot decisions are kept until the
   * ResizeObserver reports the settled size.
   */
  private reconcile(laidOut: boolean): void {
    if (this.anchor) {
      if (!restoreAnchor(this.renderRoot, this, this.anchor)) this.anchor = null;
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

  /** Near the top: reveal older loaded items, and only when all are shown ask for an older page. */
  private maybeLoadOlder(): void {
    const state = this.state;
    const items = visibleItems(state);
    if (items.length === 0 || this.scrollTop > LOAD_OLDER_THRESHOLD) return;
    if (this.itemWindow.hasHidden(items)) {
      this.requestReveal();
      return;
    }
    if (!state.hasMoreBefore || state.loadingOlder || state.loading || this.olderRequested || this.olderFailed) return;
    this.loadOlder();
  }

  /**
   * Reveals the next chunk in the next animation frame: a reveal from the ResizeObserver callback
   * would resize the log it observes within its own notification (a ResizeObserver loop error).
   * From a scroll event it is still the same frame.
   */
  private requestReveal(): void {
    if (this.revealFrame) return;
    this.revealFrame = requestAnimationFrame(() => {
      this.revealFrame = 0;
      const items = visibleItems(this.state);
      if (this.scrollTop <= LOAD_OLDER_THRESHOLD && this.itemWindow.hasHidden(items)) this.revealOlder(items);
    });
  }

  private revealOlder(items: readonly ThreadItem[]): void {
    this.anchor = captureAnchor(this.renderRoot, this);
    if (this.itemWindow.reveal(items)) this.revealed += 1;
  }

  /** "Load earlier messages": older loaded items first, then the server. */
  private onOlderButton(): void {
    const items = visibleItems(this.state);
    if (this.itemWindow.hasHidden(items)) this.revealOlder(items);
    else this.loadOlder();
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

  protected override render(): TemplateResult {
    const state = this.state;
    // Only the window: per render the work is proportional to it, not to the thread.
    const { items, turns } = this.itemWindow.view(visibleItems(state));
    const last = lastOf(turns);
    const withActions = actionsAfter(turns, state.responding);
    return html`
      ${this.renderOlder()}
      <div class="log" part="log" role="log" aria-live="off" aria-label=${this.strings.threadLabel}>
        ${repeat(
          items,
          (item) => item.id,
          (item) => {
            const turn = withActions.get(item.id);
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
              >${turn
                ? itemActionsBar(turn, turn === last, state, this.itemActions, this.customActions, this.strings)
                : nothing}`;
          },
        )}
        ${state.progress ? progressLine(state.progress) : nothing}
        ${state.notices.map((notice) =>
          noticeBanner(notice, this.strings, () => this.dispatchEvent(new NoticeDismissEvent(notice.id))),
        )}
        ${state.error ? errorBanner(state.error, this.strings, () => this.dispatchEvent(new RetryRequestEvent())) : nothing}
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
    if (!state.hasMoreBefore && !state.loadingOlder && !this.itemWindow.hasHidden(visibleItems(state))) return nothing;
    // One row of fixed height whatever it shows, so switching between button and loading line
    // does not shift the transcript.
    return html`<div class="older" part="older">
      ${state.loadingOlder
        ? html`<span class="older-status" role="status">${icon('sparkle')}${this.strings.loadingOlder}</span>`
        : html`${this.olderFailed ? html`<span class="older-error" role="status">${this.strings.loadOlderFailed}</span>` : nothing}
            <button type="button" class="older-button" @click=${() => { this.onOlderButton(); }}>${this.strings.loadOlder}</button>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-thread-view': CkThreadView;
  }
}
