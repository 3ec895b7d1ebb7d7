import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toWire, type SetComposerValueParams } from './chat-kit-api.js';
import type { AttachmentItem, AttachmentManager } from './controller/attachments.js';
import type { OutgoingMessage } from './controller/chat-session.js';
import type { ResolvedConfig } from './controller/config.js';
import { acceptString } from './elements/attachment-files.js';
import { isEmptyContent } from './elements/composer-value.js';
import type { CkComposer } from './elements/ck-composer.js';
import { ChatKitToolChangeEvent } from './events/index.js';
import type { AttachFilesEvent, ComposerSubmitEvent } from './events/internal-events.js';
import type { Catalogue } from './i18n/index.js';
import type { ChatKitClient } from './protocol/index.js';
import type { ChatKitOptions, Entity, UserMessageContent } from './schemas/index.js';
import { composerExtras } from './elements/composer-extras-chunk.js';
import './elements/ck-composer.js';

/** What the composer needs from `<chat-kit>`. */
export interface ComposerHost extends ReactiveControllerHost, EventTarget {
  readonly config: ResolvedConfig;
  readonly options: ChatKitOptions | null;
  readonly strings: Catalogue;
  /** Sends through the session; resolves false when the message never reached the server. */
  send(message: OutgoingMessage): Promise<boolean>;
  reportError(error: unknown): void;
}

/** How the composer looks right now (decided by `<chat-kit>` from the thread state). */
export interface ComposerView {
  responding: boolean;
  allowCancel: boolean;
  /** Locked thread or a client tool running: the field cannot be used. */
  disabled: boolean;
  /** Placeholder override (the lock reason), else the tool's or the configured one. */
  placeholder: string | null;
  onStop: () => void;
}

/**
 * The composer's state and behaviour for `<chat-kit>`: the draft (text and @-mention tags), the
 * quoted reply, tool and model selection, attachments and dictation. Kept out of the element so
 * the element reads as options → methods → events. Nothing typed is ever lost: a draft that
 * could not be sent comes back.
 */
export class ComposerController implements ReactiveController {
  /** The composer draft: text and @-mention tags. */
  draft: readonly UserMessageContent[] = [];
  /** Quoted text of a reply being drafted. */
  reply: string | null = null;
  /** Composer tool selection (`composer.tools`); `null` = none. */
  selectedToolId: string | null = null;
  /** Composer model selection; `null` = the options' default. */
  private selectedModelId: string | null = null;
  private attachmentItems: readonly AttachmentItem[] = [];
  /** The composer's polite status line (rejected files, dictation problems). */
  private notice = '';
  /** Uploads; created when `composer.attachments.enabled` (once its chunk is in). */
  private attachments: AttachmentManager | null = null;
  /** Waiting for the upload manager's chunk (files given meanwhile wait with it). */
  private waitingForManager = false;

  constructor(
    private readonly host: ComposerHost,
    private readonly client: ChatKitClient,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the composer element is rendered by the host.
  }

  private set<K extends 'draft' | 'reply' | 'selectedToolId'>(key: K, value: this[K]): void {
    this[key] = value;
    this.host.requestUpdate();
  }

  /** Applies the upload settings (called whenever options may have changed). */
  configure(config: ResolvedConfig): void {
    const attachments = config.attachments;
    if (!attachments) return;
    const settings = { strategy: attachments.strategy, fetch: config.fetch, limits: attachments.limits, strings: this.host.strings };
    if (this.attachments) {
      this.attachments.configure(settings);
      return;
    }
    const loaded = composerExtras.module;
    if (loaded) {
      this.attachments = new loaded.AttachmentManager({ client: this.client, ...settings });
      this.attachments.subscribe(() => {
        this.attachmentItems = this.attachments?.items ?? [];
        this.host.requestUpdate();
      });
    } else if (!this.waitingForManager) {
      // `<ck-composer>` loads the chunk (attachments show its attach button) and says when that
      // failed; the manager is made with the latest settings once it is in.
      this.waitingForManager = true;
      void composerExtras.loaded.then(() => {
        this.configure(this.host.config);
      });
    }
  }

  /**
   * The upload manager to send with: while its chunk is loading, the one made once it is in (a
   * failed load sends without attachments rather than never).
   */
  private manager(): Promise<AttachmentManager | null> {
    const loading = this.attachments ? null : composerExtras.pending;
    return loading ? loading.then(() => this.attachments, () => null) : Promise.resolve(this.attachments);
  }

  /** The upload manager's chunk while it loads (`<chat-kit>` waits for it in `updateComplete`). */
  get pending(): Promise<unknown> | null {
    return this.waitingForManager && !this.attachments ? composerExtras.pending : null;
  }

  /** `setComposerValue`: replaces the draft without sending. */
  setValue(params: SetComposerValueParams): void {
    if (params.content) this.set('draft', toWire(params.content));
    else if (params.text !== undefined) this.set('draft', params.text ? [{ type: 'input_text', text: params.text }] : []);
    if (params.reply !== undefined) this.set('reply', params.reply || null);
    if (params.selectedToolId !== undefined) this.selectTool(params.selectedToolId);
    if (params.selectedModelId !== undefined) this.selectModel(params.selectedModelId);
    if (params.files?.length) this.addFiles(params.files);
  }

  private addFiles(files: readonly File[]): void {
    const add = (manager: AttachmentManager | null): void => {
      if (!manager) return;
      const { rejected } = manager.add(files);
      this.setNotice(rejected.map((r) => r.reason).join(' '));
    };
    if (this.attachments || !this.waitingForManager) add(this.attachments);
    // Given before the chunk is in (or while it is offline): added once it is.
    else void composerExtras.loaded.then(() => {
      add(this.attachments);
    });
  }

  private setNotice(text: string): void {
    this.notice = text;
    this.host.requestUpdate();
  }

  private selectModel(modelId: string): void {
    this.selectedModelId = modelId;
    this.host.requestUpdate();
  }

  /** Changes the composer tool and fires `chatkit.tool.change` when it really changed. */
  selectTool(toolId: string | null): void {
    const known = toolId === null || this.host.config.tools.some((tool) => tool.id === toolId);
    const next = known ? toolId : null;
    if (next === this.selectedToolId) return;
    this.set('selectedToolId', next);
    this.host.dispatchEvent(new ChatKitToolChangeEvent(next));
  }

  /** The model to send: the user's pick, else the options' default, else none. */
  get modelId(): string | null {
    const models = this.host.config.models;
    if (this.selectedModelId && models.some((m) => m.id === this.selectedModelId && !m.disabled)) return this.selectedModelId;
    return models.find((m) => m.default && !m.disabled)?.id ?? null;
  }

  /** `entities.onTagSearch` in the composer's shape (the option takes no abort signal). */
  private get entitySearch(): ((query: string, signal: AbortSignal) => Promise<Entity[]>) | null {
    const search = this.host.options?.entities?.onTagSearch;
    return search ? (query) => search(query) : null;
  }

  /** Dictation: the recorded audio goes to `input.transcribe`; the text joins the draft. */
  private async onDictationAudio(event: CustomEvent<{ base64: string; mimeType: string }>): Promise<void> {
    try {
      const { text } = await this.client.send({
        type: 'input.transcribe',
        params: { audio_base64: event.detail.base64, mime_type: event.detail.mimeType },
      });
      this.set('draft', [...this.draft, { type: 'input_text', text: isEmptyContent(this.draft) ? text : ` ${text}` }]);
      this.setNotice('');
    } catch (error) {
      this.setNotice(this.host.strings.transcribeFailed);
      this.host.reportError(error);
    }
  }

  /** A submit is between its first step and the server's answer to the send. */
  private submitting = false;

  /** Sends the draft; gives it back (text, quote) if it never reached the server. */
  async submit(content: readonly UserMessageContent[] = this.draft): Promise<void> {
    // A second submit in the same tick (Enter twice, a double click) would be refused as "already
    // responding" and then put the text it did not send back into the composer.
    if (this.submitting) return;
    this.submitting = true;
    try {
      await this.submitOnce(content);
    } finally {
      this.submitting = false;
    }
  }

  private async submitOnce(content: readonly UserMessageContent[]): Promise<void> {
    // Clear at once so a second Enter cannot send twice.
    this.set('draft', []);
    const reply = this.reply;
    const tool = this.host.config.tools.find((t) => t.id === this.selectedToolId);
    const model = this.modelId;
    this.set('reply', null);
    let sent = false;
    try {
      // Sending waits for uploads; only uploaded files are sent.
      const manager = await this.manager();
      await manager?.whenSettled();
      const attachmentIds = manager?.ids() ?? [];
      sent = await this.host.send({
        content: [...content],
        attachments: attachmentIds,
        ...(reply ? { quotedText: reply } : {}),
        inferenceOptions: { ...(tool ? { tool_choice: { id: tool.id } } : {}), ...(model ? { model } : {}) },
      });
    } catch (error) {
      this.host.reportError(error);
    }
    if (!sent) {
      if (isEmptyContent(this.draft)) this.set('draft', content);
      if (this.reply === null) this.set('reply', reply);
    } else {
      this.attachments?.clear();
      if (tool && !tool.persistent) this.selectTool(null);
    }
  }

  /** Whether there is a draft to re-send (Retry after a message that never reached the server). */
  get hasDraft(): boolean {
    return !isEmptyContent(this.draft);
  }

  render(view: ComposerView): TemplateResult {
    const config = this.host.config;
    const strings = this.host.strings;
    const tool = config.tools.find((t) => t.id === this.selectedToolId);
    const placeholder = view.placeholder ?? tool?.placeholderOverride ?? config.placeholder ?? strings.placeholder;
    return html`<ck-composer
      part="composer"
      exportparts="form: composer-form, input: composer-input, send: composer-send, stop: composer-stop"
      .value=${this.draft}
      .searchEntities=${this.entitySearch}
      .requestPreview=${this.host.options?.entities?.onRequestPreview ?? null}
      .mentionButton=${this.host.options?.entities?.showComposerMenu ?? false}
      .placeholder=${placeholder}
      .tools=${config.tools}
      .selectedToolId=${this.selectedToolId}
      .models=${config.models}
      .selectedModelId=${this.modelId}
      .reply=${this.reply}
      .disclaimer=${config.disclaimer}
      .attachmentsEnabled=${config.attachments !== null}
      .accept=${acceptString(config.attachments?.limits.accept)}
      .attachments=${this.attachmentItems}
      .dictation=${config.dictation}
      .notice=${this.notice}
      .strings=${strings}
      ?responding=${view.responding}
      ?allow-cancel=${view.allowCancel}
      ?disabled=${view.disabled}
      @ck-attach-files=${(e: AttachFilesEvent) => {
        this.addFiles(e.detail.files);
      }}
      @ck-attachment-remove=${(e: CustomEvent<{ localId: string }>) => {
        this.attachments?.remove(e.detail.localId);
      }}
      @ck-attachment-retry=${(e: CustomEvent<{ localId: string }>) => {
        this.attachments?.retry(e.detail.localId);
      }}
      @ck-dictation-audio=${(e: CustomEvent<{ base64: string; mimeType: string }>) => this.onDictationAudio(e)}
      @ck-dictation-error=${(e: CustomEvent<{ message: string }>) => {
        this.setNotice(e.detail.message);
      }}
      @ck-tool-select=${(e: CustomEvent<{ toolId: string | null }>) => {
        this.selectTool(e.detail.toolId);
      }}
      @ck-model-select=${(e: CustomEvent<{ modelId: string }>) => {
        this.selectModel(e.detail.modelId);
      }}
      @ck-reply-clear=${() => {
        this.set('reply', null);
      }}
      @input=${(e: Event) => {
        this.set('draft', (e.target as CkComposer).value);
      }}
      @ck-submit=${(e: ComposerSubmitEvent) => this.submit(e.detail.content)}
      @ck-stop=${view.onStop}
    ></ck-composer>`;
  }
}
