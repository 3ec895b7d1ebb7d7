import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { markdown } from '../markdown/index.js';
import { base } from '../styles/tokens.js';

/**
 * The small centred note under the composer (`disclaimer` option), rendered from Markdown.
 *
 * @tagname ck-disclaimer
 */
@element('ck-disclaimer')
export class CkDisclaimer extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: block;
        text-align: center;
        font-size: 12px;
        line-height: 1.4;
        color: var(--ck-color-text-tertiary);
      }
      :host([high-contrast]) {
        color: var(--ck-color-text);
      }
      :host([hidden]) {
        display: none;
      }
      .text > :first-child {
        margin-top: 0;
      }
      .text > :last-child {
        margin-bottom: 0;
      }
      p {
        margin: 0;
      }
      a {
        color: inherit;
        text-decoration: underline;
      }
    `,
  ];

  /** The note, as Markdown. */
  @property() text = '';
  /** Use the full text colour instead of the muted one. */
  @property({ type: Boolean, reflect: true, attribute: 'high-contrast' }) highContrast = false;

  protected override render(): TemplateResult | typeof nothing {
    if (!this.text.trim()) return nothing;
    return html`<div class="text" part="text" dir="auto">${markdown(this.text)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-disclaimer': CkDisclaimer;
  }
}
