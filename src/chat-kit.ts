import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveConfig, type ResolvedConfig } from './controller/config.js';
import { ChatSession, type OutgoingMessage } from './controller/chat-session.js';
import { toWire, type SendUserMessageParams, type SetComposerValueParams } from './chat-kit-api.js';
import { isEmptyContent } from './elements/composer-value.js';
import { publicEventHooks, routeWidgetAction } from './chat-kit-actions.js';
import { element } from './define-element.js';
import {
  ChatKitDeeplinkEvent,
  ChatKitErrorEvent,
  ChatKitLogEvent,
  ChatKitReadyEvent,
  ChatKitToolChangeEvent,
  EntityClickEvent,
} from './events/index.js';
import { AttachmentManager, type AttachmentItem } from './controller/attachments.js';
import { acceptString } from './elements/ck-attachment-tray.js';
import type {
  AttachFilesEvent,
  ComposerSubmitEvent,
  DeeplinkRequestEvent,
  EntityActivateEvent,
  NoticeDismissEvent,
  PromptSelectEvent,
  WidgetActionRequestEvent,
  WidgetLogEvent,
} from './events/internal-events.js';
import { directionOf, en, type Catalogue } from './i18n/index.js';
import { ChatKitClient } from './protocol/index.js';
import { parseOptions, type ChatKitOptions, type Entity, type UserMessageContent } from './schemas/index.js';
import { parseDeeplink } from './security/url-policy.js';
import { createInitialState, visibleItems, type ThreadState } from './state/index.js';
import { base, tokens } from './styles/tokens.js';
import { chatKitStyles } from './chat-kit.styles.js';
import type { CkComposer } from './elements/ck-composer.js';
import type { CkThreadView } from './elements/ck-thread-view.js';
import './elements/ck-composer.js';
import './elements/ck-header.js';
import './elements/ck-start-screen.js';
import './elements/ck-thread-view.js';

/**
 * An AI chat: a thread view and a composer talking to a ChatKit-protocol server (one POST
 * endpoint, JSON requests, Server-Sent-Event streams). Configure it with `setOptions()` (the
 * ChatKit JS options object) or, without JavaScript, with attributes.
 *
 * @tagname chat-kit
 * @fires chatkit.ready - The element is ready for method calls.
 * @fires chatkit.error - `{ error }`: any error (the element shows its own error UI).
 * @fires chatkit.log - `{ name, data? }`: structured diagnostics without message content.
 * @fires chatkit.effect - `{ name, data? }`: a client effect pushed by the server.
 * @fires chatkit.deeplink - `{ name, data? }`: a `chatkit-link://` link was activated.
 * @fires chatkit.response.start - The assistant started responding.
 * @fires chatkit.response.end - The assistant finished responding.
 * @fires chatkit.thread.change - `{ threadId }`: the active thread changed.
 * @fires chatkit.thread.load.start - `{ threadId }`: a thread started loading.
 * @fires chatkit.thread.load.end - `{ threadId }`: a thread finished loading.
 * @fires chatkit.tool.change - `{ toolId }`: the composer tool selection changed.
 * @fires widget-action - `{ action, item, handler }`: a widget action was activated (cancelable for server actions).
 * @fires entity-click - `{ entity }`: an interactive @-mention tag or entity source was activated.
 * @csspart base - The element's layout root.
 * @csspart header - The header bar.
 * @csspart thread - The transcript (scroll container).
 * @csspart start-screen - The new-thread view.
 * @csspart composer - The composer.
 * @cssprop --ck-color-accent - Accent colour (send button, focus, tags).
 * @cssprop --ck-color-background - Background of the element.
 * @cssprop --ck-color-text - Main text colour.
 * @cssprop --ck-font-family - Font family.
 * @cssprop --ck-font-size - Base font size.
 * @cssprop --ck-radius - Corner radius of bubbles and the composer.
 */
@element('chat-kit')
export class ChatKit extends LitElement {
  static override styles = [tokens, base, chatKitStyles];

  /** URL of the ChatKit endpoint (`api.url`), for use without JavaScript. */
  @property({ attribute: 'api-url' }) apiUrl: string | null = null;
  /** `light` or `dark`. */
  @property() theme: string | null = null;
  /** UI locale (BCP 47); also sent as `Accept-Language`. Defaults to the browser's. */
  @property() locale: string | null = null;
  /** Composer placeholder. */
  @property() placeholder: string | null = null;
  /** Start-screen greeting. */
  @property() greeting: string | null = null;

  @state() private snapshot: ThreadState = createInitialState();
  @state() private validOptions: ChatKitOptions | null = null;
  /** The composer draft: text and @-mention tags. */
  @state() private draft: readonly UserMessageContent[] = [];
  @state() private announcement = '';
  /** Composer tool selection (`composer.tools`); `undefined` = not chosen yet (default none). */
  @state() private selectedToolId: string | null = null;
  /** Composer model selection; `null` = the options' default. */
  @state() private selectedModelId: string | null = null;
  /** Quoted text of a reply being drafted. */
  @state() private reply: string | null = null;
  /** Pending attachments (snapshot of the manager). */
  @state() private attachmentItems: readonly AttachmentItem[] = [];
  /** The composer's polite status line (rejected files, dictation problems). */
  @state() private composerNotice = '';
  /** Uploads; created when `composer.attachments.enabled`. */
  private attachments: AttachmentManager | null = null;

  @query('ck-composer') private composer?: CkComposer;
  @query('ck-thread-view') private threadView?: CkThreadView;

  private readonly client = new ChatKitClient({ url: '' });
  private readonly session = new ChatSession(
    publicEventHooks(this, {
      responseStart: () => {
        this.announce(this.strings.responding);
      },
      responseEnd: () => {
        // The last frame of a response is rendered now, not a frame later.
        this.flush();
        this.announce(this.strings.responseDone);
      },
    }),
    this.client,
  );
  private unsubscribe: (() => void) | null = null;
  private frame = 0;
  private strings: Catalogue = en;
  private readyFired = false;

  /** The current options (the last valid object given to `setOptions`), or `null`. */
  get options(): ChatKitOptions | null {
    return this.validOptions;
  }
  set options(value: ChatKitOptions | null) {
    if (value === null) this.validOptions = null;
    else this.setOptions(value);
  }

  /**
   * Replaces the whole configuration (nothing is merged, as in ChatKit JS). An invalid object is
   * rejected: `chatkit.error` names the offending path and the last good options stay.
   */
  setOptions(options: ChatKitOptions): void {
    const result = parseOptions(options);
    if (!result.ok) {
      const error = new Error(`chat-kit: invalid options: ${result.message}`);
      console.error(error.message);
      this.dispatchEvent(new ChatKitErrorEvent(error));
      return;
    }
    const previousThread = this.validOptions?.initialThread;
    this.validOptions = result.options;
    // Methods may run right after setOptions, before the next render: configure the client now.
    this.configureClient();
    const initial = result.options.initialThread;
    if (initial && initial !== previousThread && this.isConnected && this.session.threadId !== initial) {
      void this.setThreadId(initial).catch(() => undefined);
    }
  }

  private get config(): ResolvedConfig {
    return resolveConfig(this.validOptions, {
      apiUrl: this.apiUrl,
      theme: this.theme,
      locale: this.locale,
      placeholder: this.placeholder,
      greeting: this.greeting,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.session.store.subscribe(() => {
      this.scheduleRender();
    });
    this.snapshot = this.session.store.getState();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page must not leave a stream running in the background.
    this.session.stop();
    this.unsubscribe?.();
    this.unsubscribe = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Streams update the store per delta; the view re-renders at most once per frame. */
  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.snapshot = this.session.store.getState();
    });
  }

  private flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.snapshot = this.session.store.getState();
  }

  private configureClient(): void {
    const config = this.config;
    this.client.configure({ url: config.apiUrl ?? '', locale: config.locale, fetch: config.fetch });
    const attachments = config.attachments;
    if (!attachments) return;
    const settings = { strategy: attachments.strategy, fetch: config.fetch, limits: attachments.limits, strings: this.strings };
    if (this.attachments) {
      this.attachments.configure(settings);
    } else {
      this.attachments = new AttachmentManager({ client: this.client, ...settings });
      this.attachments.subscribe(() => {
        this.attachmentItems = this.attachments?.items ?? [];
      });
    }
  }

  private addFiles(files: readonly File[]): void {
    if (!this.attachments) return;
    const { rejected } = this.attachments.add(files);
    this.composerNotice = rejected.map((r) => r.reason).join(' ');
  }

  /** Dictation: the recorded audio goes to `input.transcribe`; the text joins the draft. */
  private async onDictationAudio(event: CustomEvent<{ base64: string; mimeType: string }>): Promise<void> {
    try {
      const { text } = await this.client.send({
        type: 'input.transcribe',
        params: { audio_base64: event.detail.base64, mime_type: event.detail.mimeType },
      });
      this.draft = [...this.draft, { type: 'input_text', text: isEmptyContent(this.draft) ? text : ` ${text}` }];
      this.composerNotice = '';
    } catch (error) {
      this.composerNotice = this.strings.transcribeFailed;
      this.reportError(error);
    }
  }

  protected override willUpdate(): void {
    this.configureClient();
    const config = this.config;
    // Tokens switch on this attribute (see styles/tokens.ts); reflecting it lets page CSS see it too.
    if (this.dataset['colorScheme'] !== config.colorScheme) this.dataset['colorScheme'] = config.colorScheme;
  }

  protected override firstUpdated(): void {
    const initial = this.config.initialThread;
    if (initial) void this.setThreadId(initial).catch(() => undefined);
    if (!this.readyFired) {
      this.readyFired = true;
      this.dispatchEvent(new ChatKitReadyEvent());
    }
  }

  // ——— Methods (ChatKit JS names and semantics) ———

  /** Focuses the composer. */
  async focusComposer(): Promise<void> {
    await this.updateComplete;
    await this.composer?.focusInput();
  }

  /** Shows a thread (`null` = the new-thread view). Rejects while a thread loads. */
  async setThreadId(threadId: string | null): Promise<void> {
    if (threadId === null) {
      this.session.reset();
      return;
    }
    try {
      await this.session.loadThread(threadId);
    } catch (error) {
      this.reportError(error);
      throw error;
    }
  }

  /** Sends a message as if the user pressed Send. Rejects while loading or responding. */
  async sendUserMessage(params: SendUserMessageParams): Promise<void> {
    const content = params.content ? toWire(params.content) : [{ type: 'input_text' as const, text: params.text ?? '' }];
    await this.send({
      content,
      attachments: params.attachments?.map((a) => a.id) ?? [],
      ...(params.reply ? { quotedText: params.reply } : {}),
      inferenceOptions: {
        ...(params.toolChoice ? { tool_choice: params.toolChoice } : {}),
        ...(params.model ? { model: params.model } : {}),
      },
      ...(params.newThread ? { newThread: true } : {}),
    });
  }

  /** Replaces the composer draft without sending. */
  async setComposerValue(params: SetComposerValueParams): Promise<void> {
    if (params.content) this.draft = toWire(params.content);
    else if (params.text !== undefined) this.draft = params.text ? [{ type: 'input_text', text: params.text }] : [];
    if (params.reply !== undefined) this.reply = params.reply || null;
    if (params.selectedToolId !== undefined) this.selectTool(params.selectedToolId);
    if (params.selectedModelId !== undefined) this.selectedModelId = params.selectedModelId;
    if (params.files?.length) this.addFiles(params.files);
    await this.updateComplete;
  }

  /** `entities.onTagSearch` in the composer's shape (the option takes no abort signal). */
  private get entitySearch(): ((query: string, signal: AbortSignal) => Promise<Entity[]>) | null {
    const search = this.validOptions?.entities?.onTagSearch;
    return search ? (query) => search(query) : null;
  }

  /** Changes the composer tool and fires `chatkit.tool.change` when it really changed. */
  private selectTool(toolId: string | null): void {
    const known = toolId === null || this.config.tools.some((tool) => tool.id === toolId);
    const next = known ? toolId : null;
    if (next === this.selectedToolId) return;
    this.selectedToolId = next;
    this.dispatchEvent(new ChatKitToolChangeEvent(next));
  }

  /** The model to send: the user's pick, else the options' default, else none. */
  private get modelId(): string | null {
    const models = this.config.models;
    if (this.selectedModelId && models.some((m) => m.id === this.selectedModelId && !m.disabled)) return this.selectedModelId;
    return models.find((m) => m.default && !m.disabled)?.id ?? null;
  }

  /** Sends `threads.custom_action` for the active thread. Rejects without a thread or while busy. */
  async sendCustomAction(action: { type: string; payload?: Record<string, unknown> }, itemId?: string): Promise<void> {
    await this.session.customAction(action, itemId ?? null);
  }

  /** Re-reads the active thread from the server (after out-of-band changes). */
  async fetchUpdates(): Promise<void> {
    const threadId = this.session.threadId;
    if (threadId === null) return;
    if (this.session.busy) throw new Error(`chat-kit: ignored – ${this.session.busy === 'loading' ? 'a thread is loading' : 'already responding'}`);
    await this.session.loadThread(threadId);
  }

  // ——— Internals ———

  private async send(message: OutgoingMessage): Promise<boolean> {
    if (!this.config.apiUrl) {
      const error = new Error('chat-kit: no API URL configured (set the api-url attribute or options.api.url)');
      this.dispatchEvent(new ChatKitErrorEvent(error));
      throw error;
    }
    const pending = this.session.sendMessage(message);
    // The caller gets the rejection; this only keeps it from being reported as unhandled while
    // we wait for the render below.
    pending.catch(() => undefined);
    await this.updateComplete;
    this.threadView?.scrollToEnd();
    return pending;
  }

  private onSubmit(event: ComposerSubmitEvent): Promise<void> {
    return this.submitDraft(event.detail.content);
  }

  private async submitDraft(content: readonly UserMessageContent[]): Promise<void> {
    // Clear at once so a second Enter cannot send twice; give the draft back if the send fails.
    this.draft = [];
    const reply = this.reply;
    const tool = this.config.tools.find((t) => t.id === this.selectedToolId);
    const model = this.modelId;
    this.reply = null;
    let sent = false;
    try {
      // Sending waits for uploads; only uploaded files are sent.
      await this.attachments?.whenSettled();
      const attachmentIds = this.attachments?.ids() ?? [];
      sent = await this.send({
        content: [...content],
        attachments: attachmentIds,
        ...(reply ? { quotedText: reply } : {}),
        inferenceOptions: { ...(tool ? { tool_choice: { id: tool.id } } : {}), ...(model ? { model } : {}) },
      });
    } catch (error) {
      this.reportError(error);
    }
    if (!sent) {
      if (isEmptyContent(this.draft)) this.draft = content;
      this.reply ??= reply;
    } else {
      this.attachments?.clear();
      if (tool && !tool.persistent) this.selectTool(null);
    }
  }

  private onDraftInput(event: Event): void {
    this.draft = (event.target as CkComposer).value;
  }

  private async onRetry(): Promise<void> {
    try {
      // A message that never reached the server is back in the composer: retrying sends it.
      const retried = await this.session.retry();
      if (!retried && !isEmptyContent(this.draft)) await this.submitDraft(this.draft);
    } catch (error) {
      this.reportError(error);
    }
  }

  private async onPrompt(event: PromptSelectEvent): Promise<void> {
    const prompt = this.config.prompts[event.detail.index];
    if (!prompt) return;
    const content: UserMessageContent[] =
      typeof prompt.prompt === 'string' ? [{ type: 'input_text', text: prompt.prompt }] : toWire(prompt.prompt);
    try {
      await this.send({ content });
    } catch (error) {
      this.reportError(error);
    }
  }

  private onNewChat(): void {
    this.session.reset();
    void this.focusComposer();
  }

  private onDeeplink(event: DeeplinkRequestEvent): void {
    const link = parseDeeplink(event.detail.url);
    if (link) this.dispatchEvent(new ChatKitDeeplinkEvent(link));
  }

  /** `chatkit-link://` anchors in server content become `chatkit.deeplink` events. */
  private onClick(event: MouseEvent): void {
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor?.hasAttribute('data-deeplink')) return;
    event.preventDefault();
    const link = parseDeeplink(anchor.getAttribute('href') ?? '');
    if (link) this.dispatchEvent(new ChatKitDeeplinkEvent(link));
  }

  /**
   * Every widget action becomes a public `widget-action`. Client actions go to
   * `widgets.onAction`; server actions are sent unless a listener cancelled the event. The
   * returned promise drives the widget's loading and error state.
   */
  private onWidgetAction(event: WidgetActionRequestEvent): void {
    event.stopPropagation();
    const { action, item } = event.detail;
    event.detail.result = routeWidgetAction(action, item, {
      host: this,
      onAction: this.validOptions?.widgets?.onAction,
      session: this.session,
    });
    event.detail.result.catch((error: unknown) => {
      this.reportError(error);
    });
  }

  private onEntityActivate(event: EntityActivateEvent): void {
    event.stopPropagation();
    const { entity } = event.detail;
    this.dispatchEvent(new EntityClickEvent(entity));
    try {
      this.validOptions?.entities?.onClick?.(entity);
    } catch (error) {
      this.reportError(error);
    }
  }

  private onWidgetLog(event: WidgetLogEvent): void {
    event.stopPropagation();
    this.log(event.detail.name, event.detail.data);
  }

  private reportError(error: unknown): void {
    const err = error instanceof Error ? error : new Error(String(error));
    this.log('error', { message: err.message });
  }

  private log(name: string, data?: Record<string, unknown>): void {
    this.dispatchEvent(new ChatKitLogEvent(data ? { name, data } : { name }));
  }

  private announce(text: string): void {
    // Re-setting the same text would not be announced again; clear first.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  protected override render(): TemplateResult {
    const config = this.config;
    const state = this.snapshot;
    this.strings = en;
    const status = state.thread?.status;
    const locked = status?.type === 'locked';
    // The start screen stays until something belongs to the thread, including an error to show.
    const isNew = state.thread === null && visibleItems(state).length === 0 && !state.error && state.notices.length === 0;
    const tool = config.tools.find((t) => t.id === this.selectedToolId);
    const placeholder = locked
      ? (status.reason ?? this.strings.lockedDefault)
      : (tool?.placeholderOverride ?? config.placeholder ?? this.strings.placeholder);
    return html`
      <div
        class="base"
        part="base"
        dir=${directionOf(config.locale)}
        lang=${config.locale}
        @click=${this.onClick}
        @ck-deeplink=${this.onDeeplink}
        @ck-widget-action=${this.onWidgetAction}
        @ck-widget-log=${this.onWidgetLog}
        @ck-entity-activate=${this.onEntityActivate}
      >
        ${config.header.enabled
          ? html`<ck-header
              part="header"
              exportparts="title: header-title, new-chat: header-new-chat"
              .heading=${config.header.titleText ?? state.thread?.title ?? ''}
              ?show-title=${config.header.titleEnabled}
              ?is-new=${isNew}
              .strings=${this.strings}
              @ck-new-chat=${this.onNewChat}
            ></ck-header>`
          : nothing}
        <div class="main">
          ${!config.apiUrl
            ? html`<p class="config-error" role="alert">
                chat-kit needs an endpoint: set <code>api-url</code> or <code>options.api.url</code>.
              </p>`
            : nothing}
          ${isNew
            ? html`<ck-start-screen
                part="start-screen"
                .greeting=${config.greeting ?? this.strings.greeting}
                .prompts=${config.prompts}
                ?disabled=${state.responding}
                .strings=${this.strings}
                @ck-prompt=${this.onPrompt}
              ></ck-start-screen>`
            : html`<ck-thread-view
                part="thread"
                .state=${state}
                .strings=${this.strings}
                .scheme=${config.colorScheme}
                @ck-retry=${this.onRetry}
                @ck-dismiss-notice=${(e: NoticeDismissEvent) => {
                  this.session.store.dispatch({ type: 'notice.dismiss', id: e.detail.id });
                }}
              ></ck-thread-view>`}
        </div>
        ${status?.type === 'closed'
          ? html`<p class="closed" part="closed" role="status">${status.reason ?? this.strings.closedDefault}</p>`
          : html`<ck-composer
              part="composer"
              exportparts="form: composer-form, input: composer-input, send: composer-send, stop: composer-stop"
              .value=${this.draft}
              .searchEntities=${this.entitySearch}
              .requestPreview=${this.validOptions?.entities?.onRequestPreview ?? null}
              .mentionButton=${this.validOptions?.entities?.showComposerMenu ?? false}
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
              .notice=${this.composerNotice}
              @ck-attach-files=${(e: AttachFilesEvent) => {
                this.addFiles(e.detail.files);
              }}
              @ck-attachment-remove=${(e: CustomEvent<{ localId: string }>) => {
                this.attachments?.remove(e.detail.localId);
              }}
              @ck-attachment-retry=${(e: CustomEvent<{ localId: string }>) => {
                this.attachments?.retry(e.detail.localId);
              }}
              @ck-dictation-audio=${this.onDictationAudio}
              @ck-dictation-error=${(e: CustomEvent<{ message: string }>) => {
                this.composerNotice = e.detail.message;
              }}
              @ck-tool-select=${(e: CustomEvent<{ toolId: string | null }>) => {
                this.selectTool(e.detail.toolId);
              }}
              @ck-model-select=${(e: CustomEvent<{ modelId: string }>) => {
                this.selectedModelId = e.detail.modelId;
              }}
              @ck-reply-clear=${() => {
                this.reply = null;
              }}
              .strings=${this.strings}
              ?responding=${state.responding}
              ?allow-cancel=${state.allowCancel}
              ?disabled=${locked}
              @input=${this.onDraftInput}
              @ck-submit=${this.onSubmit}
              @ck-stop=${() => {
                this.session.stop();
              }}
            ></ck-composer>`}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chat-kit': ChatKit;
  }
}
