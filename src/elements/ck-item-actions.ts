import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { ItemActionRequestEvent, ItemFeedbackEvent, ItemRetryEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import type { FeedbackKind } from '../schemas/index.js';
import { copyText, type Turn } from '../state/turns.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';
import { itemActionsStyles } from './ck-item-actions.styles.js';

/** An app-defined action button under responses (`threadItemActions.custom[]`, minus its callback). */
export interface CustomItemAction {
  readonly id: string;
  readonly label: string;
  /** A widget icon name; without it the label is shown as text. */
  readonly icon?: string | undefined;
}

/** How long "Copied" / an inline error stays before the bar returns to normal. */
const FLASH_MS = 2000;

type Flash = { readonly kind: 'copied' | 'copy-failed' | 'error'; readonly text: string } | null;

// Chrome glyphs for the buttons, in the widget icon set's 24×24 grid.
const ICON = 16;

// The icon set's `retry` is a full reload circle; an open arrow reads better at 16 px.
const retryIcon = svg`<svg class="ck-icon" viewBox="0 0 24 24" width=${ICON} height=${ICON} fill="none" stroke="currentColor"
  stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"
  ><path d="M4 12a8 8 0 1 0 2.6-5.9" /><path d="M4 4v4.5h4.5" /></svg>`;

/**
 * The actions under one finished response (a turn): Copy (always), thumbs up/down, Retry and
 * app-defined actions. A `role="toolbar"` with a roving tabindex, so the whole bar is one Tab stop
 * and arrow keys move between buttons.
 *
 * Requests go up as composed events (`ck-item-feedback`, `ck-item-retry`, `ck-item-action`);
 * `<chat-kit>` answers through `detail.result`, which this element awaits to show an inline error.
 *
 * @tagname ck-item-actions
 * @csspart toolbar - The row of buttons.
 * @csspart button - Each action button.
 */
@element('ck-item-actions')
export class CkItemActions extends LitElement {
  static override styles = [base, itemActionsStyles];

  /** The turn the actions apply to. */
  @property({ attribute: false }) turn: Turn | null = null;
  /** Show thumbs up / thumbs down. */
  @property({ type: Boolean }) feedback = false;
  /** Show Retry (the view sets it only for the last turn with a saved user message). */
  @property({ type: Boolean }) retry = false;
  /** App-defined actions. */
  @property({ attribute: false }) custom: readonly CustomItemAction[] = [];
  /** Feedback already given for this turn, shown as a pressed thumb. */
  @property({ attribute: false }) feedbackKind: FeedbackKind | null = null;
  /** Under the newest response: always visible (older ones appear on hover or focus). */
  @property({ type: Boolean, reflect: true }) latest = false;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  @state() private flash: Flash = null;
  @state() private focusIndex = 0;
  /** Feedback being sent: shown pressed until the store says otherwise or the request fails. */
  @state() private sendingFeedback: FeedbackKind | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    clearTimeout(this.flashTimer);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feedbackKind')) this.sendingFeedback = null;
  }

  private get itemIds(): readonly string[] {
    return this.turn?.itemIds ?? [];
  }

  private showFlash(flash: NonNullable<Flash>): void {
    clearTimeout(this.flashTimer);
    this.flash = flash;
    this.flashTimer = setTimeout(() => {
      this.flash = null;
    }, FLASH_MS);
  }

  private async onCopy(): Promise<void> {
    const turn = this.turn;
    if (!turn) return;
    const text = copyText(turn);
    this.dispatchEvent(new ItemActionRequestEvent('copy', turn.itemIds, text));
    try {
      await navigator.clipboard.writeText(text);
      this.showFlash({ kind: 'copied', text: this.strings.itemCopied });
    } catch {
      this.showFlash({ kind: 'copy-failed', text: this.strings.itemCopyFailed });
    }
  }

  private async onFeedback(kind: FeedbackKind): Promise<void> {
    if (this.sendingFeedback !== null) return;
    const event = new ItemFeedbackEvent(this.itemIds, kind);
    this.dispatchEvent(event);
    if (!event.detail.result) return;
    this.sendingFeedback = kind;
    try {
      await event.detail.result;
    } catch {
      this.showFlash({ kind: 'error', text: this.strings.itemFeedbackFailed });
    } finally {
      this.sendingFeedback = null;
    }
  }

  private async request(event: ItemRetryEvent | ItemActionRequestEvent): Promise<void> {
    this.dispatchEvent(event);
    try {
      await event.detail.result;
    } catch {
      this.showFlash({ kind: 'error', text: this.strings.itemActionFailed });
    }
  }

  private onRetry(): void {
    const userMessageId = this.turn?.userMessageId;
    if (userMessageId) void this.request(new ItemRetryEvent(userMessageId));
  }

  private onCustom(action: CustomItemAction): void {
    const turn = this.turn;
    if (turn) void this.request(new ItemActionRequestEvent(action.id, turn.itemIds, copyText(turn)));
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
  }

  private onKeyDown(event: KeyboardEvent): void {
    const buttons = this.buttons();
    const current = buttons.findIndex((button) => button === event.target);
    if (current < 0 || buttons.length === 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number;
    if (step !== undefined) next = (current + step + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else return;
    event.preventDefault();
    this.focusIndex = next;
    buttons[next]?.focus();
  }

  private onFocusIn(event: FocusEvent): void {
    const index = this.buttons().findIndex((button) => button === event.target);
    if (index >= 0) this.focusIndex = index;
  }

  protected override render(): TemplateResult | typeof nothing {
    const turn = this.turn;
    if (!turn) return nothing;
    const s = this.strings;
    const pressed = this.sendingFeedback ?? this.feedbackKind;
    const flash = this.flash;
    const copied = flash?.kind === 'copied';
    const specs: ButtonSpec[] = [
      {
        name: 'copy',
        label: copied ? s.itemCopied : flash?.kind === 'copy-failed' ? s.itemCopyFailed : s.itemCopy,
        glyph: iconSvg(copied ? 'check' : 'copy', { size: ICON }),
        onClick: () => void this.onCopy(),
      },
    ];
    if (this.feedback) {
      specs.push(
        {
          name: 'feedback-positive',
          label: s.itemFeedbackPositive,
          glyph: iconSvg('thumbs-up', { size: ICON }),
          pressed: pressed === 'positive',
          onClick: () => void this.onFeedback('positive'),
        },
        {
          name: 'feedback-negative',
          label: s.itemFeedbackNegative,
          glyph: iconSvg('thumbs-down', { size: ICON }),
          pressed: pressed === 'negative',
          onClick: () => void this.onFeedback('negative'),
        },
      );
    }
    if (this.retry && turn.userMessageId) {
      specs.push({ name: 'retry', label: s.itemRetry, glyph: retryIcon, onClick: () => { this.onRetry(); } });
    }
    for (const action of this.custom) {
      specs.push({
        name: 'custom',
        actionId: action.id,
        label: action.label,
        glyph: action.icon ? iconSvg(action.icon, { size: ICON }) : null,
        onClick: () => { this.onCustom(action); },
      });
    }
    const focusIndex = Math.min(this.focusIndex, specs.length - 1);
    return html`<div
        class="toolbar"
        part="toolbar"
        role="toolbar"
        aria-label=${s.itemActions}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
      >
        ${specs.map((spec, index) => renderButton(spec, index === focusIndex))}
        ${flash?.kind === 'error' ? html`<span class="error">${flash.text}</span>` : nothing}
      </div>
      <span class="visually-hidden" role="status">${flash?.text ?? ''}</span>`;
  }
}

interface ButtonSpec {
  /** `copy`, `feedback-positive`, `feedback-negative`, `retry` or `custom` (exposed as `data-action`). */
  readonly name: string;
  readonly label: string;
  readonly glyph: SVGTemplateResult | null;
  /** Toggle state for the thumbs; undefined for plain buttons. */
  readonly pressed?: boolean;
  readonly actionId?: string;
  readonly onClick: () => void;
}

function renderButton(spec: ButtonSpec, tabStop: boolean): TemplateResult {
  // The tooltip repeats the name for sighted mouse users; text buttons are named by their text.
  return html`<button
    type="button"
    part="button"
    class=${spec.glyph ? 'icon-button' : 'text-button'}
    data-action=${spec.name}
    data-action-id=${spec.actionId ?? nothing}
    title=${spec.label}
    aria-label=${spec.glyph ? spec.label : nothing}
    aria-pressed=${spec.pressed === undefined ? nothing : spec.pressed ? 'true' : 'false'}
    tabindex=${tabStop ? '0' : '-1'}
    @click=${spec.onClick}
  >
    ${spec.glyph ?? spec.label}
  </button>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-item-actions': CkItemActions;
  }
}
