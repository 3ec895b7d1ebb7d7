import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { PromptSelectEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { base } from '../styles/tokens.js';
import { iconSvg, whenIconsDrawn } from '../widgets/icon-set.js';

/** A start-screen prompt as the view needs it. */
export interface PromptView {
  label: string;
  icon?: string | undefined;
}

/**
 * The new-thread view: a greeting and starter prompts; choosing a prompt sends it.
 *
 * @tagname ck-start-screen
 * @csspart greeting - The greeting text.
 * @csspart prompts - The list of prompts.
 * @csspart prompt - One prompt button.
 */
@element('ck-start-screen')
export class CkStartScreen extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: 20px;
        min-height: 100%;
        padding: 24px 16px;
      }
      .greeting {
        margin: 0;
        font-size: 1.45em;
        font-weight: 600;
        line-height: 1.3;
        text-align: center;
        text-wrap: balance;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: 8px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      button {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        padding: 8px 14px;
        border: 1px solid var(--ck-color-border-strong);
        border-radius: var(--ck-radius-control);
        background: var(--ck-color-surface);
        color: var(--ck-color-text);
        cursor: pointer;
        text-align: start;
      }
      button:hover:not(:disabled) {
        background: var(--ck-color-surface-secondary);
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }
    `,
  ];

  /** The greeting. */
  @property() greeting = en.greeting;
  /** Starter prompts. */
  @property({ attribute: false }) prompts: readonly PromptView[] = [];
  /** Prompts wait while something else runs. */
  @property({ type: Boolean }) disabled = false;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  protected override willUpdate(): void {
    // App-chosen icons come with the icon table (a lazy chunk): drawn once it is in.
    whenIconsDrawn(this, this.prompts.map((prompt) => prompt.icon));
  }

  protected override render(): TemplateResult {
    return html`
      <p class="greeting" part="greeting" dir="auto">${this.greeting}</p>
      ${this.prompts.length
        ? html`<ul part="prompts" aria-label=${this.strings.startPrompts}>
            ${this.prompts.map(
              (prompt, index) =>
                html`<li>
                  <button
                    part="prompt"
                    type="button"
                    ?disabled=${this.disabled}
                    @click=${() => this.dispatchEvent(new PromptSelectEvent(index))}
                  >
                    ${prompt.icon ? iconSvg(prompt.icon, { size: 16 }) : nothing}<span>${prompt.label}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : null}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-start-screen': CkStartScreen;
  }
}
