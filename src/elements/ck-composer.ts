import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { ComposerSubmitEvent, StopRequestEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { base } from '../styles/tokens.js';
import { icon } from './icons.js';
import { composerStyles } from './ck-composer.styles.js';

/**
 * The message composer: a multi-line field where Enter sends and Shift+Enter starts a new line,
 * a Send button, and a Stop button while a response streams. Typing stays possible while the
 * assistant responds (nothing the user types is lost); only sending waits.
 *
 * @tagname ck-composer
 * @csspart form - The rounded field around the textarea and buttons.
 * @csspart input - The textarea.
 * @csspart send - The Send button.
 * @csspart stop - The Stop button.
 */
@element('ck-composer')
export class CkComposer extends LitElement {
  static override styles = [base, composerStyles];

  /** Placeholder text of the field. */
  @property() placeholder = en.placeholder;
  /** A response is streaming: Send waits, Stop shows when `allowCancel`. */
  @property({ type: Boolean }) responding = false;
  /** The server allows stopping the current response. */
  @property({ type: Boolean, attribute: 'allow-cancel' }) allowCancel = true;
  /** The field cannot be used (locked thread); the placeholder says why. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** The draft text. */
  @property() value = '';

  @query('textarea') private textarea!: HTMLTextAreaElement;

  /** Moves focus into the field. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => {
      this.textarea.focus(options);
    });
  }

  private get canSend(): boolean {
    return !this.disabled && !this.responding && this.value.trim().length > 0;
  }

  private onInput(event: InputEvent): void {
    this.value = (event.target as HTMLTextAreaElement).value;
  }

  private onKeydown(event: KeyboardEvent): void {
    // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition is neither
    // (Safari reports that Enter with key "Process" rather than isComposing).
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.submit();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submit();
  }

  private submit(): void {
    if (!this.canSend) return;
    this.dispatchEvent(new ComposerSubmitEvent(this.value));
  }

  private onStop(): void {
    this.dispatchEvent(new StopRequestEvent());
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Keep the DOM value in sync when the host replaces the draft (setComposerValue, failed send).
    if (changed.has('value') && this.textarea.value !== this.value) this.textarea.value = this.value;
  }

  protected override render(): TemplateResult {
    const showStop = this.responding && this.allowCancel;
    return html`
      <form part="form" @submit=${this.onSubmit}>
        <textarea
          part="input"
          rows="1"
          aria-label=${this.strings.composerLabel}
          placeholder=${this.placeholder}
          .value=${this.value}
          ?disabled=${this.disabled}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
        ></textarea>
        ${showStop
          ? html`<button part="stop" class="action stop" type="button" aria-label=${this.strings.stop} @click=${this.onStop}>
              ${icon('stop')}
            </button>`
          : html`<button part="send" class="action" type="submit" aria-label=${this.strings.send} ?disabled=${!this.canSend}>
              ${icon('send')}
            </button>`}
      </form>
      ${this.responding && !showStop ? html`<p class="status" role="status">${this.strings.responding}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-composer': CkComposer;
  }
}
