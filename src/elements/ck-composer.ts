import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { ComposerSubmitEvent, StopRequestEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import { base } from '../styles/tokens.js';
import { icon } from './icons.js';
import { composerStyles } from './ck-composer.styles.js';
import type { ModelOption, ToolOption, UserMessageContent } from '../schemas/index.js';
import { CkComposerInput, type ComposerInputSubmitEvent, type EntityPreview, type EntitySearch } from './ck-composer-input.js';
import { isEmptyContent, normalizeContent } from './composer-value.js';
import type { AttachmentItem } from '../controller/attachments.js';
import { AttachFilesEvent } from '../events/internal-events.js';
import { iconSvg } from '../widgets/icon-set.js';
import { afterChunks, ChunkErrorEvent } from '../widgets/lazy-chunk.js';
import { pickFiles } from './attachment-files.js';
import { composerExtras as extras } from './composer-extras-chunk.js';

const FORWARDED_EVENTS = [
  'ck-tool-select',
  'ck-model-select',
  'ck-reply-clear',
  'ck-attachment-remove',
  'ck-attachment-retry',
  'ck-dictation-audio',
  'ck-dictation-error',
] as const;

/**
 * The message composer: a multi-line field where Enter sends and Shift+Enter starts a new line,
 * a Send button, and a Stop button while a response streams. Typing stays possible while the
 * assistant responds (nothing the user types is lost); only sending waits.
 *
 * @tagname ck-composer
 * @csspart form - The rounded field around the input and buttons.
 * @csspart input - The message field (text with atomic @-mention tags).
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
  /** The draft as message parts (text and @-mention tags). */
  @property({ attribute: false }) value: readonly UserMessageContent[] = [];
  /** `entities.onTagSearch`, adapted; `null` turns @-mentions off. */
  @property({ attribute: false }) searchEntities: EntitySearch | null = null;
  /** `entities.onRequestPreview`. */
  @property({ attribute: false }) requestPreview: EntityPreview | null = null;
  /** `entities.showComposerMenu`: a button that inserts `@` and opens the search. */
  @property({ type: Boolean, attribute: false }) mentionButton = false;
  /** Composer tools (`composer.tools`); empty hides the tool menu. */
  @property({ attribute: false }) tools: readonly ToolOption[] = [];
  /** The selected tool's id. */
  @property({ attribute: false }) selectedToolId: string | null = null;
  /** Models (`composer.models`); empty hides the picker. */
  @property({ attribute: false }) models: readonly ModelOption[] = [];
  /** The selected model's id. */
  @property({ attribute: false }) selectedModelId: string | null = null;
  /** Text being replied to (quoted above the field), if any. */
  @property({ attribute: false }) reply: string | null = null;
  /** Attachments are enabled: show the attach button, accept drops and pasted files. */
  @property({ type: Boolean, attribute: false }) attachmentsEnabled = false;
  /** `accept` for the file picker. */
  @property({ attribute: false }) accept = '';
  /** Pending attachments (the manager's snapshot). */
  @property({ attribute: false }) attachments: readonly AttachmentItem[] = [];
  /** Show the dictation button. */
  @property({ type: Boolean, attribute: false }) dictation = false;
  /** A short message about the last attach/dictation problem (announced politely). */
  @property({ attribute: false }) notice = '';
  /** `disclaimer` option: Markdown under the composer. */
  @property({ attribute: false }) disclaimer: { text: string; highContrast?: boolean | undefined } | null = null;

  @query('ck-composer-input') private input!: CkComposerInput;

  /** The extras chunk could not be loaded (said under the field, with Retry). */
  @state() private extrasFailed = false;

  /** Moves focus into the field. */
  override focus(options?: FocusOptions): void {
    void this.focusInput(options);
  }

  /**
   * The parts' events (tool, model, reply, attachment, dictation) are not composed, so they stop
   * at this shadow root; the composer passes them on to `<chat-kit>` from its host.
   */
  protected override firstUpdated(): void {
    const forward = (event: Event): void => {
      event.stopPropagation();
      this.dispatchEvent(new CustomEvent(event.type, { detail: (event as CustomEvent).detail as unknown, bubbles: true }));
    };
    for (const name of FORWARDED_EVENTS) this.renderRoot.addEventListener(name, forward);
  }

  /** Focuses the message field once it has rendered; resolves when focus is there. */
  async focusInput(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    await this.input.updateComplete;
    this.input.shadowRoot?.querySelector<HTMLElement>('[part="editor"]')?.focus(options);
  }

  private get canSend(): boolean {
    const uploading = this.attachments.some((a) => a.status === 'uploading');
    const hasContent = !isEmptyContent(this.value) || this.attachments.some((a) => a.status === 'done');
    return !this.disabled && !this.responding && !uploading && hasContent;
  }

  private attach(files: readonly File[]): void {
    if (files.length) this.dispatchEvent(new AttachFilesEvent(files));
  }

  private async onAttachClick(): Promise<void> {
    this.attach(await pickFiles(this.accept));
  }

  private onDragOver(event: DragEvent): void {
    if (this.attachmentsEnabled && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  }

  private onDrop(event: DragEvent): void {
    if (!this.attachmentsEnabled || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    this.attach([...event.dataTransfer.files]);
  }

  private onPaste(event: ClipboardEvent): void {
    if (!this.attachmentsEnabled || !event.clipboardData?.files.length) return;
    event.preventDefault();
    this.attach([...event.clipboardData.files]);
  }

  private onInput(): void {
    this.value = this.input.value;
  }

  private onInputSubmit(event: ComposerInputSubmitEvent): void {
    this.value = event.detail.content;
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

  /**
   * Whether anything the extras chunk (tool menu, model picker, dictation, attachment tray and
   * uploads, reply quote, disclaimer) is asked for. Their tags are rendered all along and upgrade,
   * keeping the properties set on them, once it is in.
   */
  private get needsExtras(): boolean {
    return (
      this.attachmentsEnabled ||
      this.tools.length > 0 ||
      this.models.length > 0 ||
      this.dictation ||
      this.attachments.length > 0 ||
      this.reply !== null ||
      this.disclaimer !== null
    );
  }

  protected override willUpdate(): void {
    if (!extras.module && !extras.pending && !this.extrasFailed && this.needsExtras) this.loadExtras();
  }

  private loadExtras(): void {
    this.extrasFailed = false;
    extras.load().catch((error: unknown) => {
      this.extrasFailed = true;
      this.dispatchEvent(new ChunkErrorEvent(error));
    });
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return afterChunks(() => [extras.pending], () => super.getUpdateComplete());
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Keep the field in sync when the host replaces the draft (setComposerValue, a failed send),
    // but never rewrite it while it already shows that draft (the caret would jump).
    if (changed.has('value') && JSON.stringify(this.input.value) !== JSON.stringify(normalizeContent(this.value))) {
      this.input.value = this.value;
    }
  }

  protected override render(): TemplateResult {
    const showStop = this.responding && this.allowCancel;
    return html`
      ${this.reply ? html`<ck-reply-preview .text=${this.reply} .strings=${this.strings}></ck-reply-preview>` : nothing}
      ${this.attachments.length ? html`<ck-attachment-tray .items=${this.attachments} .strings=${this.strings}></ck-attachment-tray>` : nothing}
      <form part="form" @submit=${this.onSubmit} @dragover=${this.onDragOver} @drop=${this.onDrop} @paste=${this.onPaste}>
        <ck-composer-input
          part="input"
          .label=${this.strings.composerLabel}
          .placeholder=${this.placeholder}
          .strings=${this.strings}
          .searchEntities=${this.searchEntities}
          .requestPreview=${this.requestPreview}
          ?disabled=${this.disabled}
          @input=${this.onInput}
          @ck-input-submit=${this.onInputSubmit}
        ></ck-composer-input>
        <div class="actions">
          ${this.attachmentsEnabled
            ? html`<button part="attach" class="tool" type="button" aria-label=${this.strings.attach} title=${this.strings.attach} @click=${this.onAttachClick}>
                ${iconSvg('attach', { size: 20 })}
              </button>`
            : nothing}
          ${this.dictation ? html`<ck-dictation-button .strings=${this.strings}></ck-dictation-button>` : nothing}
          ${this.mentionButton && this.searchEntities
            ? html`<button part="mention" class="tool" type="button" aria-label=${this.strings.mention} title=${this.strings.mention} @click=${() => {
                this.input.openMention();
              }}>@</button>`
            : nothing}
          ${this.tools.length
            ? html`<ck-tool-menu .tools=${this.tools} .selectedId=${this.selectedToolId} .strings=${this.strings}></ck-tool-menu>`
            : nothing}
          ${this.models.length
            ? html`<ck-model-picker .models=${this.models} .selectedId=${this.selectedModelId} .strings=${this.strings}></ck-model-picker>`
            : nothing}
          ${showStop
            ? html`<button part="stop" class="action stop" type="button" aria-label=${this.strings.stop} @click=${this.onStop}>
                ${icon('stop')}
              </button>`
            : html`<button part="send" class="action" type="submit" aria-label=${this.strings.send} ?disabled=${!this.canSend}>
                ${icon('send')}
              </button>`}
        </div>
      </form>
      ${this.responding && !showStop ? html`<p class="status" role="status">${this.strings.responding}</p>` : nothing}
      <p class="status notice" role="status" aria-live="polite">${this.notice}</p>
      ${this.extrasFailed
        ? html`<p class="status notice" role="alert">
            ${this.strings.loadFailed}
            <button type="button" class="retry" @click=${() => { this.loadExtras(); }}>${this.strings.retry}</button>
          </p>`
        : nothing}
      ${this.disclaimer
        ? html`<ck-disclaimer .text=${this.disclaimer.text} ?high-contrast=${this.disclaimer.highContrast ?? false}></ck-disclaimer>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-composer': CkComposer;
  }
}
