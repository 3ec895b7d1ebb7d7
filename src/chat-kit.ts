import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveConfig, type ResolvedConfig } from './controller/config.js';
import { ChatSession, type OutgoingMessage } from './controller/chat-session.js';
import { asError } from './controller/client-tools.js';
import { toWire, type SendUserMessageParams, type SetComposerValueParams } from './chat-kit-api.js';
import { ComposerController } from './chat-kit-composer.js';
import { HistoryController } from './chat-kit-history.js';
import { publicEventHooks } from './chat-kit-actions.js';
import { RequestRouter } from './chat-kit-requests.js';
import { element } from './define-element.js';
import { ChatKitErrorEvent, ChatKitLogEvent, ChatKitReadyEvent } from './events/index.js';
import type { HeaderActionEvent, HistoryToggleEvent, NoticeDismissEvent, PromptSelectEvent } from './events/internal-events.js';
import { directionOf, en, type Catalogue } from './i18n/index.js';
import { loadCatalogue, resolveLocale } from './i18n/load.js';
import { AbortedError, ChatKitClient } from './protocol/index.js';
import { parseOptions, type ChatKitOptions, type StructuredInputItem, type UserMessageContent } from './schemas/index.js';
import { createInitialState, visibleItems, type ThreadState } from './state/index.js';
import { base, tokens } from './styles/tokens.js';
import { chatKitStyles } from './chat-kit.styles.js';
import type { CkComposer } from './elements/ck-composer.js';
import type { CkThreadView } from './elements/ck-thread-view.js';
import { afterChunks, chunkError, lazyChunk } from './widgets/lazy-chunk.js';
import './elements/ck-header.js';
import './elements/ck-start-screen.js';

/**
 * The transcript (thread view, messages, Markdown, item actions): needed once a thread has
 * something to show, so it is fetched when the browser is idle after the first render, or at
 * once when a thread appears first.
 */
const threadChunk = lazyChunk(() => import('./elements/thread-chunk.js'));

/** Workflow, task and generated-image elements: when an item of those types arrives. */
const itemsChunk = lazyChunk(() => import('./elements/items-chunk.js'));
const CHUNKED_ITEMS: ReadonlySet<string> = new Set(['workflow', 'task', 'generated_image']);
/** Theme object → CSS, and its web fonts: only when a theme object is given. */
const themeChunk = lazyChunk(() => import('./styles/theme-chunk.js'));
/** The form of a pending `structured_input`: only when the server asks questions. */
const questionChunk = lazyChunk(() => import('./elements/ck-structured-input.js'));

/** The lazily loaded parts `<chat-kit>` itself renders. */
type ChunkName = 'thread' | 'items' | 'theme' | 'question';

/** The pending `structured_input` that replaces the composer: the newest item, if it is one. */
function pendingQuestion(state: ThreadState): StructuredInputItem | null {
  const items = visibleItems(state);
  const last = items[items.length - 1];
  return last?.type === 'structured_input' && last.status === 'pending' ? last : null;
}

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
 * @fires chatkit.history.open - The thread history panel opened.
 * @fires chatkit.history.close - The thread history panel closed.
 * @fires widget-action - `{ action, item, handler }`: a widget action was activated (cancelable for server actions).
 * @fires entity-click - `{ entity }`: an interactive @-mention tag or entity source was activated.
 * @fires item-action - `{ action, threadId, itemIds }`: an action under a response was used (copy, feedback, retry, custom).
 * @csspart base - The element's layout root.
 * @csspart header - The header bar.
 * @csspart thread - The transcript (scroll container).
 * @csspart start-screen - The new-thread view.
 * @csspart composer - The composer.
 * @csspart history - The thread history panel.
 * @csspart message - One thread item; also `message-user`, `message-bubble`, `message-assistant`,
 *   `message-sources`, `message-tool`.
 * @csspart widget - A widget item; `widget-root` is its tree's container.
 * @csspart item-actions - The actions under a response.
 * @csspart jump - The "Jump to latest" button.
 * @csspart notice - A notice banner.
 * @csspart thread-error - The error banner of the current turn, or of a thread that could not be loaded.
 * @csspart structured-input - The questions of a pending structured input (in place of the composer).
 * @csspart closed - The notice replacing the composer of a closed thread.
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
  /** `light`, `dark` or `auto` (follows the page's `prefers-color-scheme`). */
  @property() theme: string | null = null;
  /** UI locale (BCP 47); also sent as `Accept-Language`. Defaults to the browser's. */
  @property() locale: string | null = null;
  /** Composer placeholder. */
  @property() placeholder: string | null = null;
  /** Start-screen greeting. */
  @property() greeting: string | null = null;
  /**
   * Level of the element's top headings (thread title, history); sub-headings go one deeper.
   * Set it to fit the page's outline (default 2).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private snapshot: ThreadState = createInitialState();
  @state() private validOptions: ChatKitOptions | null = null;
  @state() private announcement = '';
  /** `prefers-color-scheme: dark`, for `theme: 'auto'`. */
  @state() private prefersDark = false;
  private readonly darkQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  private readonly onSchemeChange = (): void => {
    this.prefersDark = this.darkQuery?.matches ?? false;
  };
  /** The `theme` option as a stylesheet after the static ones (see styles/theme.ts). */
  private readonly themeSheet = new CSSStyleSheet();
  private themeText = '';
  /** The locale whose catalogue `strings` holds (or is loading). */
  private stringsLocale = 'en';
  /** Lazy chunks that could not be loaded (their place shows an error with Retry until retried). */
  @state() private failedChunks: ReadonlySet<ChunkName> = new Set();

  @query('ck-composer') private composerElement?: CkComposer;
  @query('ck-thread-view') private threadView?: CkThreadView;

  private readonly client = new ChatKitClient({ url: '' });
  private readonly events = publicEventHooks(this, {
    responseStart: () => {
      this.announce(this.strings.responding);
    },
    responseEnd: () => {
      // The last frame of a response is rendered now, not a frame later.
      this.flush();
      this.announce(this.strings.responseDone);
    },
  });
  private readonly session = new ChatSession(
    {
      ...this.events.hooks,
      clientTool: async (call) => {
        const handler = this.validOptions?.onClientTool;
        if (!handler) throw new Error(`chat-kit: no onClientTool handler for the client tool "${call.name}"`);
        return handler(call);
      },
    },
    this.client,
  );
  private readonly composer = new ComposerController(this, this.client);
  private readonly history = new HistoryController(this, this.client);
  private unsubscribe: (() => void) | null = null;
  private frame = 0;
  /** A thread that could not be loaded: said above the thread with Retry. */
  @state() private loadFailure: string | null = null;
  /** A thread whose load was cut short when the element left the page, loaded again on return. */
  private interruptedLoad: string | null = null;
  /** UI strings of the current locale (English until its catalogue has loaded). */
  strings: Catalogue = en;
  private readyFired = false;

  constructor() {
    super();
    // Registers itself with the element (addController); nothing else needs a handle on it.
    new RequestRouter(this, this.session);
  }

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
    // New options may bring the theme again: a chunk that failed before is tried again.
    if (this.failedChunks.has('theme')) this.retryChunk('theme');
    // Methods may run right after setOptions, before the next render: configure the client now.
    this.configureClient();
    const initial = result.options.initialThread;
    if (initial && initial !== previousThread && this.isConnected && this.session.threadId !== initial) {
      void this.setThreadId(initial).catch(() => undefined);
    }
  }

  /** Options and attributes with every default applied. */
  get config(): ResolvedConfig {
    return resolveConfig(this.validOptions, {
      apiUrl: this.apiUrl,
      theme: this.theme,
      locale: this.locale,
      placeholder: this.placeholder,
      greeting: this.greeting,
      prefersDark: this.prefersDark,
    });
  }

  /** The open thread's id (`null` on the new-thread view). */
  get activeThreadId(): string | null {
    return this.session.threadId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.events.attach();
    this.unsubscribe = this.session.store.subscribe(() => {
      this.scheduleRender();
    });
    this.snapshot = this.session.store.getState();
    this.darkQuery?.addEventListener('change', this.onSchemeChange);
    this.onSchemeChange();
    const root = this.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(this.themeSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.themeSheet];
    // Moved in the page while a thread was loading: the load was aborted on the way out.
    const resume = this.interruptedLoad;
    this.interruptedLoad = null;
    if (resume !== null) void this.setThreadId(resume).catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
    // Leaving the page must not leave a stream running in the background, nor talk to the page
    // after it left (what was open is reported ended now).
    this.interruptedLoad = this.session.halt();
    this.events.detach();
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
    this.client.configure({ url: config.apiUrl ?? '', locale: config.locale, fetch: config.fetch, timeout: config.timeout });
    this.composer.configure(config);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.configureClient();
    const config = this.config;
    // Tokens switch on this attribute (see styles/tokens.ts); reflecting it lets page CSS see it too.
    if (this.dataset['colorScheme'] !== config.colorScheme) this.dataset['colorScheme'] = config.colorScheme;
    this.applyTheme(config);
    if (!this.isNew && !threadChunk.module) this.loadChunk('thread', threadChunk);
    if (!itemsChunk.module && visibleItems(this.snapshot).some((item) => CHUNKED_ITEMS.has(item.type))) this.loadChunk('items', itemsChunk);
    if (this.pendingQuestion && !questionChunk.module) this.loadChunk('question', questionChunk);
    this.loadStrings(config.locale);
    // A created or renamed thread shows up in the history list without a refetch.
    const previous = (changed as Map<string, unknown>).get('snapshot') as ThreadState | undefined;
    const thread = this.snapshot.thread;
    if (previous && thread && previous.thread !== thread) this.history.noteThread(thread);
  }

  protected override firstUpdated(): void {
    this.prefetchThread();
    const initial = this.config.initialThread;
    if (initial) void this.setThreadId(initial).catch(() => undefined);
    if (!this.readyFired) {
      this.readyFired = true;
      this.dispatchEvent(new ChatKitReadyEvent());
    }
  }

  /**
   * The `theme` option as the theme sheet. A theme object needs the theme chunk: until it is in,
   * the element stays hidden rather than flash in the default colours (a failed load shows the
   * defaults and fires `chatkit.error`).
   */
  private applyTheme(config: ResolvedConfig): void {
    const theme = config.theme;
    const chunk = theme ? themeChunk.module : null;
    if (theme && !chunk) this.loadChunk('theme', themeChunk);
    // Web fonts must live in the document (a shadow root's @font-face is ignored); once each.
    chunk?.loadFontSources(theme?.typography?.fontSources ?? []);
    const text = theme && chunk ? chunk.themeCss(theme, config.colorScheme) : theme ? this.themeText : '';
    if (text !== this.themeText) {
      this.themeText = text;
      this.themeSheet.replaceSync(text);
    }
  }

  /** Fetches the transcript's chunk once the browser is idle, so the first answer never waits for it. */
  private prefetchThread(): void {
    if (threadChunk.module || threadChunk.pending) return;
    const prefetch = (): void => {
      // A failure here is not shown: the load that needs the chunk retries and reports.
      threadChunk.load().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 200);
  }

  /** The new-thread view: nothing belongs to the thread yet, not even an error to show. */
  private get isNew(): boolean {
    const state = this.snapshot;
    return state.thread === null && visibleItems(state).length === 0 && !state.error && state.notices.length === 0;
  }

  /** Whether a theme object is waiting for its chunk (the element is hidden meanwhile). */
  private get themePending(): boolean {
    return this.config.theme !== null && !themeChunk.module && !this.failedChunks.has('theme');
  }

  /** Starts loading `chunk` once; a failure is shown in its place and fired as `chatkit.error`. */
  private loadChunk(name: ChunkName, chunk: { readonly pending: Promise<unknown> | null; load(): Promise<unknown> }): void {
    if (chunk.pending || this.failedChunks.has(name)) return;
    chunk.load().then(
      () => {
        this.requestUpdate();
      },
      (error: unknown) => {
        this.failedChunks = new Set([...this.failedChunks, name]);
        this.dispatchEvent(new ChatKitErrorEvent(chunkError(error)));
      },
    );
  }

  private retryChunk(name: ChunkName): void {
    this.failedChunks = new Set([...this.failedChunks].filter((failed) => failed !== name));
  }

  /** The pending `structured_input` that replaces the composer, if any. */
  private get pendingQuestion(): StructuredInputItem | null {
    return this.snapshot.responding ? null : pendingQuestion(this.snapshot);
  }

  /**
   * Also waits for the lazy chunks the current view is loading (transcript, history, theme,
   * questions, uploads), so `await el.updateComplete` means what the user will see is rendered.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterChunks(
      () => [this.isNew ? null : threadChunk.pending, itemsChunk.pending, this.history.pending, this.composer.pending, themeChunk.pending, questionChunk.pending],
      () => super.getUpdateComplete(),
    );
  }

  /** Swaps in the catalogue of `locale` once loaded; a later locale change wins over a slow load. */
  private loadStrings(locale: string): void {
    const tag = resolveLocale(locale);
    if (tag === this.stringsLocale) return;
    this.stringsLocale = tag;
    void loadCatalogue(tag).then((catalogue) => {
      if (this.stringsLocale !== tag) return;
      this.strings = catalogue;
      this.requestUpdate();
    });
  }

  // ——— Methods (ChatKit JS names and semantics) ———

  /** Focuses the composer. */
  async focusComposer(): Promise<void> {
    await this.updateComplete;
    await this.composerElement?.focusInput();
  }

  /** Shows a thread (`null` = the new-thread view). Rejects when the thread cannot be loaded. */
  async setThreadId(threadId: string | null): Promise<void> {
    this.history.hide();
    // Another thread may show those items: a chunk that failed before is tried again.
    if (this.failedChunks.has('items')) this.retryChunk('items');
    this.loadFailure = null;
    if (threadId === null) {
      this.session.reset();
      return;
    }
    try {
      await this.session.loadThread(threadId);
    } catch (error) {
      // An abort is the caller's own doing (another thread chosen, the element removed).
      if (!(error instanceof AbortedError)) {
        this.loadFailure = threadId;
        this.dispatchEvent(new ChatKitErrorEvent(asError(error)));
        this.reportError(error);
      }
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
    this.composer.setValue(params);
    await this.updateComplete;
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

  /** Opens the thread history panel (for apps with their own header). */
  async showHistory(): Promise<void> {
    if (!this.config.history.enabled) throw new Error('chat-kit: ignored – history is disabled (history.enabled: false)');
    this.history.show();
    await this.updateComplete;
  }

  /** Closes the thread history panel. */
  async hideHistory(): Promise<void> {
    this.history.hide();
    await this.updateComplete;
  }

  // ——— Internals (used by the composer and history controllers) ———

  /** Sends through the session; resolves false when the message never reached the server. */
  async send(message: OutgoingMessage): Promise<boolean> {
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
    // The transcript's chunk is in by now, unless it failed (then its place shows the error).
    if (threadChunk.module) this.threadView?.scrollToEnd();
    return pending;
  }

  /** Opens a thread chosen in the history panel. */
  openThread(threadId: string): Promise<void> {
    return this.setThreadId(threadId);
  }

  /** Back to the new-thread view. */
  newThread(): void {
    this.loadFailure = null;
    this.session.reset();
  }

  reportError(error: unknown): void {
    const err = asError(error);
    this.dispatchEvent(new ChatKitLogEvent({ name: 'error', data: { message: err.message } }));
  }

  private async onRetry(): Promise<void> {
    try {
      // A message that never reached the server is back in the composer: retrying sends it.
      const retried = await this.session.retry();
      if (!retried && this.composer.hasDraft) await this.composer.submit();
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
    this.history.hide();
    this.session.reset();
    void this.focusComposer();
  }

  private onHeaderAction(event: HeaderActionEvent): void {
    const action = event.detail.side === 'left' ? this.config.header.leftAction : this.config.header.rightAction;
    try {
      action?.onClick();
    } catch (error) {
      this.reportError(error);
    }
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
    // The start screen stays until something belongs to the thread, including an error to show.
    const isNew = this.isNew;
    const historyOpen = this.history.open && config.history.enabled;
    return html`
      <div
        class="base"
        part="base"
        ?data-theme-pending=${this.themePending}
        role=${this.validOptions?.frameTitle ? 'region' : nothing}
        aria-label=${this.validOptions?.frameTitle ?? nothing}
        dir=${directionOf(config.locale)}
        lang=${config.locale}
      >
        ${config.header.enabled ? this.renderHeader(isNew, historyOpen) : nothing}
        ${historyOpen ? this.history.render() : this.renderThread(isNew)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  private renderHeader(isNew: boolean, historyOpen: boolean): TemplateResult {
    const header = this.config.header;
    return html`<ck-header
      part="header"
      exportparts="title: header-title, new-chat: header-new-chat, history: header-history, left-action: header-left-action, right-action: header-right-action"
      .heading=${header.titleText ?? this.snapshot.thread?.title ?? ''}
      ?show-title=${header.titleEnabled}
      .headingLevel=${this.headingLevel}
      ?is-new=${isNew && !historyOpen}
      .historyEnabled=${this.config.history.enabled}
      .historyOpen=${historyOpen}
      .leftAction=${header.leftAction}
      .rightAction=${header.rightAction}
      .leftLabel=${header.leftAction?.label}
      .rightLabel=${header.rightAction?.label}
      .strings=${this.strings}
      @ck-new-chat=${this.onNewChat}
      @ck-history-toggle=${(e: HistoryToggleEvent) => {
        if (e.detail.open) this.history.show();
        else this.history.hide();
      }}
      @ck-header-action=${this.onHeaderAction}
    ></ck-header>`;
  }

  private renderThread(isNew: boolean): TemplateResult {
    const config = this.config;
    const state = this.snapshot;
    const status = state.thread?.status;
    const question = this.pendingQuestion;
    return html`<div class="main">
        ${!config.apiUrl
          ? html`<p class="config-error" role="alert">
              chat-kit needs an endpoint: set <code>api-url</code> or <code>options.api.url</code>.
            </p>`
          : nothing}
        ${this.loadFailure !== null ? this.renderLoadFailure(this.loadFailure) : nothing}
        ${isNew
          ? html`<ck-start-screen
              part="start-screen"
              .greeting=${config.greeting ?? this.strings.greeting}
              .prompts=${config.prompts}
              ?disabled=${state.responding}
              .strings=${this.strings}
              @ck-prompt=${this.onPrompt}
            ></ck-start-screen>`
          : this.failedChunks.has('thread')
            ? this.renderChunkError('thread')
            : html`<ck-thread-view
              part="thread"
              exportparts="message, message-user, message-bubble, message-assistant, message-sources, message-tool, widget, widget-root, item-actions, jump, notice, error: thread-error"
              .state=${state}
              .strings=${this.strings}
              .headingLevel=${this.headingLevel}
              .scheme=${config.colorScheme}
              .itemActions=${config.itemActions}
              .autoScroll=${config.autoScroll}
              @ck-retry=${this.onRetry}
              @ck-dismiss-notice=${(e: NoticeDismissEvent) => {
                this.session.store.dispatch({ type: 'notice.dismiss', id: e.detail.id });
              }}
            ></ck-thread-view>`}
      </div>
      ${status?.type === 'closed'
        ? html`<p class="closed" part="closed" role="status">${status.reason ?? this.strings.closedDefault}</p>`
        : question
          ? this.renderQuestion(question)
          : this.composer.render({
              responding: state.responding,
              allowCancel: state.allowCancel && state.request !== 'tool_output',
              disabled: status?.type === 'locked',
              placeholder: status?.type === 'locked' ? (status.reason ?? this.strings.lockedDefault) : null,
              onStop: () => {
                this.session.stop();
              },
            })}`;
  }

  /** A thread that could not be opened: said, with Retry (the thread shown before stays). */
  private renderLoadFailure(threadId: string): TemplateResult {
    return html`<p class="config-error" part="thread-error" role="alert">
      ${this.strings.loadFailed}
      <button type="button" @click=${() => { void this.setThreadId(threadId).catch(() => undefined); }}>${this.strings.retry}</button>
    </p>`;
  }

  /** A part that could not be loaded (offline): said in its place, with Retry. */
  private renderChunkError(name: ChunkName): TemplateResult {
    return html`<p class="config-error" part=${name === 'thread' ? 'thread' : 'structured-input'} role="alert">
      ${this.strings.loadFailed}
      <button type="button" @click=${() => { this.retryChunk(name); }}>${this.strings.retry}</button>
    </p>`;
  }

  /** The questions in place of the composer; the tag upgrades once its chunk is in. */
  private renderQuestion(question: StructuredInputItem): TemplateResult {
    if (this.failedChunks.has('question')) return this.renderChunkError('question');
    return html`<ck-structured-input part="structured-input" .item=${question} .strings=${this.strings}></ck-structured-input>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chat-kit': ChatKit;
  }
}
