import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { HeaderActionEvent, HistoryToggleEvent, NewChatEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { base } from '../styles/tokens.js';
import { headerStyles } from './ck-header.styles.js';
import { clampLevel, DEFAULT_HEADING_LEVEL } from './heading-level.js';
import { whenIconsDrawn } from '../widgets/icon-set.js';
import { headerIcon } from './header-icons.js';
import { icon } from './icons.js';

/** An app-defined header button (`header.leftAction` / `rightAction`); only the icon is shown. */
export interface HeaderActionView {
  icon: string;
}

type Side = 'left' | 'right';

/**
 * The header bar: [left action][History] title … [right action][New chat].
 *
 * @tagname ck-header
 * @csspart title - The title text.
 * @csspart history - The History button.
 * @csspart left-action - The app's left button (`header.leftAction`).
 * @csspart right-action - The app's right button (`header.rightAction`).
 * @csspart new-chat - The New chat button.
 */
@element('ck-header')
export class CkHeader extends LitElement {
  static override styles = [base, headerStyles];

  /** Title shown in the bar (the thread's title, or a static one from options). */
  @property() heading = '';
  /** Show the title area. */
  @property({ type: Boolean, attribute: 'show-title' }) showTitle = true;
  /** Already on the new-thread view: the New chat button has nothing to do. */
  @property({ type: Boolean, attribute: 'is-new' }) isNew = false;
  /** Show the History button. */
  @property({ type: Boolean, attribute: 'history-enabled' }) historyEnabled = false;
  /** The history panel is open: the title reads the history heading and the button closes it. */
  @property({ type: Boolean, attribute: 'history-open' }) historyOpen = false;
  /** The app's left button, or none. */
  @property({ attribute: false }) leftAction: HeaderActionView | null = null;
  /** The app's right button, or none. */
  @property({ attribute: false }) rightAction: HeaderActionView | null = null;
  /** Accessible name of the left button; a generic name when absent. */
  @property({ attribute: false }) leftLabel: string | undefined = undefined;
  /** Accessible name of the right button; a generic name when absent. */
  @property({ attribute: false }) rightLabel: string | undefined = undefined;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /**
   * Outline level of the title (`aria-level`), so it fits beneath the page's own headings rather
   * than claiming a fixed rank (chatkit-js #114). Clamped to 1–6.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /** The header button that last had focus: where focus returns when `<chat-kit>` focuses the header. */
  private lastFocused: HTMLElement | null = null;

  constructor() {
    super();
    this.addEventListener('focusin', () => {
      const active = this.shadowRoot?.activeElement;
      if (active instanceof HTMLElement) this.lastFocused = active;
    });
  }

  /**
   * Focuses the button that last had focus (the History button by default), so a closed panel
   * or menu hands focus back to its trigger rather than to nothing.
   */
  override focus(options?: FocusOptions): void {
    const history = this.renderRoot.querySelector<HTMLElement>('button.history');
    const target = this.lastFocused?.isConnected ? this.lastFocused : history;
    if (target) target.focus(options);
    else super.focus(options);
  }

  private onNewChat(): void {
    this.dispatchEvent(new NewChatEvent());
  }

  private onHistory(): void {
    this.dispatchEvent(new HistoryToggleEvent(!this.historyOpen));
  }

  private actionButton(side: Side, action: HeaderActionView | null, given: string | undefined, fallback: string): TemplateResult | typeof nothing {
    if (!action) return nothing;
    const label = given || fallback;
    return html`<button
      part=${`${side}-action`}
      type="button"
      aria-label=${label}
      title=${label}
      @click=${() => this.dispatchEvent(new HeaderActionEvent(side))}
    >
      ${headerIcon(action.icon)}
    </button>`;
  }

  private historyButton(): TemplateResult | typeof nothing {
    if (!this.historyEnabled) return nothing;
    const open = this.historyOpen;
    // The name stays "History" (aria-expanded says whether it is open); the tooltip tells sighted users what a click does.
    return html`<button
      class="history"
      part="history"
      type="button"
      aria-label=${this.strings.historyHeading}
      aria-expanded=${open ? 'true' : 'false'}
      title=${open ? this.strings.historyClose : this.strings.historyHeading}
      @click=${this.onHistory}
    >
      ${icon(open ? 'back' : 'history')}
    </button>`;
  }

  protected override willUpdate(): void {
    // App-chosen icons come with the icon table (a lazy chunk): drawn once it is in.
    whenIconsDrawn(this, [this.leftAction?.icon, this.rightAction?.icon]);
  }

  protected override render(): TemplateResult {
    const heading = this.historyOpen ? this.strings.historyHeading : this.heading || this.strings.defaultTitle;
    return html`
      ${this.actionButton('left', this.leftAction, this.leftLabel, this.strings.headerLeftAction)}${this.historyButton()}
      ${this.showTitle || this.historyOpen
        ? html`<div class="title" part="title" role="heading" aria-level=${clampLevel(this.headingLevel)}>${heading}</div>`
        : html`<span class="title"></span>`}
      ${this.actionButton('right', this.rightAction, this.rightLabel, this.strings.headerRightAction)}
      <button
        part="new-chat"
        type="button"
        aria-label=${this.strings.newChat}
        title=${this.strings.newChat}
        ?disabled=${this.isNew}
        @click=${this.onNewChat}
      >
        ${icon('compose')}
      </button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-header': CkHeader;
  }
}
