import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';

/** The user removed the quoted reply. */
export class ReplyClearEvent extends CustomEvent<undefined> {
  static readonly eventName = 'ck-reply-clear';
  constructor() {
    super(ReplyClearEvent.eventName, { detail: undefined, bubbles: true, composed: false });
  }
}

/**
 * The quoted text a message will reply to, shown above the composer field with a close button.
 * Renders nothing while `text` is empty.
 *
 * @tagname ck-reply-preview
 * @fires ck-reply-clear - {@link ReplyClearEvent}
 */
@element('ck-reply-preview')
export class CkReplyPreview extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .preview {
        display: flex;
        align-items: flex-start;
        gap: 8px;
        padding-block: 6px;
        padding-inline: 10px 6px;
        border-inline-start: 3px solid var(--ck-color-accent);
        border-radius: var(--ck-radius-small, 8px);
        background: var(--ck-color-surface-secondary);
        color: var(--ck-color-text-secondary);
        font-size: 13px;
        line-height: 1.4;
      }
      blockquote {
        flex: 1;
        margin: 0;
        overflow: hidden;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      button {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 24px;
        height: 24px;
        padding: 0;
        border: none;
        border-radius: var(--ck-radius-control);
        background: transparent;
        color: var(--ck-color-text-secondary);
        cursor: pointer;
      }
      button:hover {
        background: var(--ck-color-surface-tertiary);
        color: var(--ck-color-text);
      }
    `,
  ];

  /** The quoted text; empty hides the preview. */
  @property() text = '';
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  private onClear(): void {
    this.dispatchEvent(new ReplyClearEvent());
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.text) return nothing;
    return html`<div class="preview" part="preview">
      <span class="visually-hidden">${this.strings.replyingTo}</span>
      <blockquote>${this.text}</blockquote>
      <button type="button" aria-label=${this.strings.clearReply} @click=${this.onClear}>${iconSvg('x', { size: 14 })}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-reply-preview': CkReplyPreview;
  }
}
