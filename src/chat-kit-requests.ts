import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announceItemAction, routeWidgetAction } from './chat-kit-actions.js';
import { BusyError, type ChatSession } from './controller/chat-session.js';
import { asError } from './controller/client-tools.js';
import type { ResolvedConfig } from './controller/config.js';
import { ChatKitDeeplinkEvent, ChatKitErrorEvent, ChatKitLogEvent, EntityClickEvent } from './events/index.js';
import {
  DeeplinkRequestEvent,
  EntityActivateEvent,
  ItemActionRequestEvent,
  ItemFeedbackEvent,
  ItemRetryEvent,
  LoadOlderEvent,
  StructuredInputSubmitEvent,
  WidgetActionRequestEvent,
  WidgetLogEvent,
} from './events/internal-events.js';
import type { Catalogue } from './i18n/index.js';
import type { ChatKitOptions } from './schemas/index.js';
import { parseDeeplink } from './security/url-policy.js';
import { ChunkErrorEvent } from './widgets/lazy-chunk.js';

/** What the request router needs from `<chat-kit>`. */
export interface RequestHost extends ReactiveControllerHost, HTMLElement {
  readonly config: ResolvedConfig;
  readonly options: ChatKitOptions | null;
  readonly strings: Catalogue;
  readonly renderRoot: HTMLElement | DocumentFragment;
  reportError(error: unknown): void;
}

type RequestDetail = { result?: Promise<void> };

/**
 * Everything the user does inside the transcript — widget actions, item actions, structured
 * input, paging, entity clicks, deeplinks — and lazy chunks that failed to load arrive as internal events from nested shadow roots.
 * This router listens at `<chat-kit>`'s shadow root, stops them there (pages never see internal
 * events), turns them into session requests and public events, and hands a promise back to the
 * element that asked so it can show progress and errors.
 */
export class RequestRouter implements ReactiveController {
  private readonly listeners: [string, (event: Event) => void][];

  constructor(
    private readonly host: RequestHost,
    private readonly session: ChatSession,
  ) {
    // Internal events are created by their own classes, so `instanceof` narrows them safely.
    const on =
      <E extends Event>(type: { eventName: string; new (...args: never[]): E }, handle: (event: E) => void) =>
      [type.eventName, (event: Event) => { if (event instanceof type) handle(event); }] as [string, (event: Event) => void];
    const answer =
      <E extends CustomEvent<RequestDetail>>(type: { eventName: string; new (...args: never[]): E }, work: (event: E) => Promise<void>) =>
        on(type, (request) => {
          request.stopPropagation();
          // A refusal shows next to what the user clicked: in their language, not the log's words.
          const result = work(request).catch((error: unknown) => {
            throw error instanceof BusyError && error.reason !== 'no_thread' ? new Error(this.host.strings.busy, { cause: error }) : error;
          });
          request.detail.result = result;
          result.catch((error: unknown) => {
            this.host.reportError(error);
          });
        });
    this.listeners = [
      answer(WidgetActionRequestEvent, (e) => this.widgetAction(e)),
      answer(ItemActionRequestEvent, (e) => this.itemAction(e)),
      answer(ItemFeedbackEvent, (e) => this.feedback(e)),
      answer(ItemRetryEvent, (e) => this.retry(e)),
      answer(StructuredInputSubmitEvent, (e) => this.structuredInput(e)),
      answer(LoadOlderEvent, () =>
        this.session.loadOlder().catch((error: unknown) => {
          // Said beside "Load earlier messages" by the thread view; the page hears it too.
          this.host.dispatchEvent(new ChatKitErrorEvent(asError(error)));
          throw error;
        }),
      ),
      on(EntityActivateEvent, (e) => { this.entity(e); }),
      on(WidgetLogEvent, (e) => { this.widgetLog(e); }),
      on(DeeplinkRequestEvent, (e) => { this.deeplink(e.detail.url); }),
      on(ChunkErrorEvent, (e) => { this.chunkError(e); }),
      ['click', (e) => { this.deeplinkClick(e); }],
    ];
    host.addController(this);
  }

  hostConnected(): void {
    for (const [type, listener] of this.listeners) this.host.renderRoot.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.listeners) this.host.renderRoot.removeEventListener(type, listener);
  }

  private get itemActionDeps(): Parameters<typeof announceItemAction>[3] {
    return { host: this.host, threadId: this.session.threadId, custom: this.host.config.itemActions.custom };
  }

  /**
   * Every widget action becomes a public `widget-action`. Client actions go to
   * `widgets.onAction`; server actions are sent unless a listener cancelled the event.
   */
  private widgetAction(event: WidgetActionRequestEvent): Promise<void> {
    const { action, item } = event.detail;
    return routeWidgetAction(action, item, { host: this.host, onAction: this.host.options?.widgets?.onAction, session: this.session });
  }

  private itemAction(event: ItemActionRequestEvent): Promise<void> {
    const { actionId, itemIds, text } = event.detail;
    return announceItemAction(actionId, itemIds, text, this.itemActionDeps);
  }

  private async feedback(event: ItemFeedbackEvent): Promise<void> {
    const { itemIds, kind } = event.detail;
    await announceItemAction(`feedback.${kind}`, itemIds, '', { ...this.itemActionDeps, custom: [] });
    await this.session.feedback(itemIds, kind);
  }

  private async retry(event: ItemRetryEvent): Promise<void> {
    const { userMessageId } = event.detail;
    await announceItemAction('retry', [userMessageId], '', { ...this.itemActionDeps, custom: [] });
    await this.session.retryAfter(userMessageId);
  }

  private structuredInput(event: StructuredInputSubmitEvent): Promise<void> {
    const { itemId, input } = event.detail;
    return this.session.submitStructuredInput(itemId, input);
  }

  private entity(event: EntityActivateEvent): void {
    event.stopPropagation();
    const { entity } = event.detail;
    this.host.dispatchEvent(new EntityClickEvent(entity));
    try {
      this.host.options?.entities?.onClick?.(entity);
    } catch (error) {
      this.host.reportError(error);
    }
  }

  private widgetLog(event: WidgetLogEvent): void {
    event.stopPropagation();
    const { name, data } = event.detail;
    this.host.dispatchEvent(new ChatKitLogEvent(data ? { name, data } : { name }));
  }

  /** A lazy part of the interface failed to load: the element shows it; the page hears it. */
  private chunkError(event: ChunkErrorEvent): void {
    event.stopPropagation();
    this.host.dispatchEvent(new ChatKitErrorEvent(event.detail.error));
  }

  private deeplink(url: string): void {
    const link = parseDeeplink(url);
    if (link) this.host.dispatchEvent(new ChatKitDeeplinkEvent(link));
  }

  /** `chatkit-link://` anchors in server content become `chatkit.deeplink` events. */
  private deeplinkClick(event: Event): void {
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor?.hasAttribute('data-deeplink')) return;
    event.preventDefault();
    this.deeplink(anchor.getAttribute('href') ?? '');
  }
}
