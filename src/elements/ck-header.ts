import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { NewChatEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { base } from '../styles/tokens.js';
import { icon } from './icons.js';

/**
 * The header bar: the thread title and a New chat button.
 *
 * @tagname ck-header
 * @csspart title - The title text.
 * @csspart new-chat - The New chat button.
 */
@element('ck-header')
export class CkHeader extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 8px;
        min-height: 52px;
        padding: 8px 10px 8px 16px;
        border-bottom: 1px solid var(--ck-color-border);
      }
      .title {
        flex: 1;
        min-width: 0;
        margin: 0;
        overflow: hidden;
        font-size: 1em;
        font-weight: 600;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      button {
        display: inline-grid;
        place-items: center;
        width: 36px;
        height: 36px;
        padding: 0;
        border: 0;
        border-radius: var(--ck-radius-small);
        background: transparent;
        color: var(--ck-color-text-secondary);
        cursor: pointer;
      }
      button:hover:not(:disabled) {
        background: var(--ck-color-surface-secondary);
        color: var(--ck-color-text);
      }
      button:disabled {
        opacity: 0.45;
        cursor: default;
      }
    `,
  ];

  /** Title shown in the bar (the thread's title, or a static one from options). */
  @property() heading = '';
  /** Show the title area. */
  @property({ type: Boolean, attribute: 'show-title' }) showTitle = true;
  /** Already on the new-thread view: the New chat button has nothing to do. */
  @property({ type: Boolean, attribute: 'is-new' }) isNew = false;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  private onNewChat(): void {
    this.dispatchEvent(new NewChatEvent());
  }

  protected override render(): TemplateResult {
    return html`
      ${this.showTitle
        ? html`<div class="title" part="title" role="heading" aria-level="2">${this.heading || this.strings.defaultTitle}</div>`
        : html`<span class="title"></span>`}
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
      ${nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-header': CkHeader;
  }
}
