import type { ActionConfig, Entity, FeedbackKind, StructuredInputSubmission, UserMessageContent, WidgetItem } from '../schemas/index.js';

/**
 * Events that travel from the internal elements up to `<chat-kit>` inside its shadow root. Most
 * are not composed, so pages never see them; `<chat-kit>` turns intents into requests and into
 * the public `chatkit.*` events. Kept in one file because none of them is public API.
 */
class InternalEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D) {
    super(type, { detail, bubbles: true, composed: false });
  }
}

/** The composer wants to send its draft. */
export class ComposerSubmitEvent extends InternalEvent<{ content: readonly UserMessageContent[] }> {
  static readonly eventName = 'ck-submit';
  constructor(content: readonly UserMessageContent[]) {
    super(ComposerSubmitEvent.eventName, { content });
  }
}

/** Files were picked, dropped or pasted into the composer. */
export class AttachFilesEvent extends InternalEvent<{ files: readonly File[] }> {
  static readonly eventName = 'ck-attach-files';
  constructor(files: readonly File[]) {
    super(AttachFilesEvent.eventName, { files });
  }
}

/** The user pressed Stop. */
export class StopRequestEvent extends InternalEvent<undefined> {
  static readonly eventName = 'ck-stop';
  constructor() {
    super(StopRequestEvent.eventName, undefined);
  }
}

/** The user pressed Retry on an error. */
export class RetryRequestEvent extends InternalEvent<undefined> {
  static readonly eventName = 'ck-retry';
  constructor() {
    super(RetryRequestEvent.eventName, undefined);
  }
}

/** The user asked for a new chat. */
export class NewChatEvent extends InternalEvent<undefined> {
  static readonly eventName = 'ck-new-chat';
  constructor() {
    super(NewChatEvent.eventName, undefined);
  }
}

/** A start-screen prompt was chosen. */
export class PromptSelectEvent extends InternalEvent<{ index: number }> {
  static readonly eventName = 'ck-prompt';
  constructor(index: number) {
    super(PromptSelectEvent.eventName, { index });
  }
}

/** A notice was dismissed. */
export class NoticeDismissEvent extends InternalEvent<{ id: string }> {
  static readonly eventName = 'ck-dismiss-notice';
  constructor(id: string) {
    super(NoticeDismissEvent.eventName, { id });
  }
}

/** A `chatkit-link://` link in server content was activated. */
export class DeeplinkRequestEvent extends InternalEvent<{ url: string }> {
  static readonly eventName = 'ck-deeplink';
  constructor(url: string) {
    super(DeeplinkRequestEvent.eventName, { url });
  }
}

/**
 * A widget action, on its way from a `<ck-widget-item>` (deep in nested shadow roots) to
 * `<chat-kit>`. It has to be composed to get there, so `<chat-kit>` stops it at its shadow root's
 * top element and pages only ever see the public `widget-action`. The handler answers by
 * setting `result`, which settles when the action has been handled.
 */
export class WidgetActionRequestEvent extends CustomEvent<{
  action: ActionConfig;
  item: WidgetItem;
  result?: Promise<void>;
}> {
  static readonly eventName = 'ck-widget-action';
  constructor(action: ActionConfig, item: WidgetItem) {
    super(WidgetActionRequestEvent.eventName, { detail: { action, item }, bubbles: true, composed: true });
  }
}

/** An interactive entity (tag or source) was activated; composed and stopped like the above. */
export class EntityActivateEvent extends CustomEvent<{ entity: Entity }> {
  static readonly eventName = 'ck-entity-activate';
  constructor(entity: Entity) {
    super(EntityActivateEvent.eventName, { detail: { entity }, bubbles: true, composed: true });
  }
}

/** A widget's diagnostic (invalid node, render error), on its way to `chatkit.log`. */
export class WidgetLogEvent extends CustomEvent<{ name: string; data?: Record<string, unknown> }> {
  static readonly eventName = 'ck-widget-log';
  constructor(name: string, data?: Record<string, unknown>) {
    super(WidgetLogEvent.eventName, { detail: data ? { name, data } : { name }, bubbles: true, composed: true });
  }
}

/**
 * Base of the internal events that must leave nested shadow roots (thread view → message →
 * item) to reach `<chat-kit>`: composed, and stopped by `<chat-kit>` at its `.base` element so
 * pages never see them. `result` is set by the handler and settles when the request is done,
 * so the element that asked can show progress and errors.
 */
class ComposedRequestEvent<D extends object> extends CustomEvent<D & { result?: Promise<void> }> {
  constructor(type: string, detail: D) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/** The header's History button (or Escape in the panel) toggles the history panel. */
export class HistoryToggleEvent extends InternalEvent<{ open: boolean }> {
  static readonly eventName = 'ck-history-toggle';
  constructor(open: boolean) {
    super(HistoryToggleEvent.eventName, { open });
  }
}

/** A thread was chosen in the history panel. */
export class HistoryOpenEvent extends InternalEvent<{ threadId: string }> {
  static readonly eventName = 'ck-history-open';
  constructor(threadId: string) {
    super(HistoryOpenEvent.eventName, { threadId });
  }
}

/** The history list was scrolled to its end (or "Load more" pressed), or needs a retry. */
export class HistoryMoreEvent extends InternalEvent<undefined> {
  static readonly eventName = 'ck-history-more';
  constructor() {
    super(HistoryMoreEvent.eventName, undefined);
  }
}

/** Rename a thread (`threads.update`). */
export class HistoryRenameEvent extends ComposedRequestEvent<{ threadId: string; title: string }> {
  static readonly eventName = 'ck-history-rename';
  constructor(threadId: string, title: string) {
    super(HistoryRenameEvent.eventName, { threadId, title });
  }
}

/** Delete a thread (`threads.delete`), after the user confirmed. */
export class HistoryDeleteEvent extends ComposedRequestEvent<{ threadId: string }> {
  static readonly eventName = 'ck-history-delete';
  constructor(threadId: string) {
    super(HistoryDeleteEvent.eventName, { threadId });
  }
}

/** A header `leftAction` / `rightAction` button was pressed. */
export class HeaderActionEvent extends InternalEvent<{ side: 'left' | 'right' }> {
  static readonly eventName = 'ck-header-action';
  constructor(side: 'left' | 'right') {
    super(HeaderActionEvent.eventName, { side });
  }
}

/** Thumbs up/down under a response: `items.feedback` for the turn's items. */
export class ItemFeedbackEvent extends ComposedRequestEvent<{ itemIds: readonly string[]; kind: FeedbackKind }> {
  static readonly eventName = 'ck-item-feedback';
  constructor(itemIds: readonly string[], kind: FeedbackKind) {
    super(ItemFeedbackEvent.eventName, { itemIds, kind });
  }
}

/** Retry under a response: `threads.retry_after_item` with the turn's user message. */
export class ItemRetryEvent extends ComposedRequestEvent<{ userMessageId: string }> {
  static readonly eventName = 'ck-item-retry';
  constructor(userMessageId: string) {
    super(ItemRetryEvent.eventName, { userMessageId });
  }
}

/**
 * Any item action under a response (copy, feedback, retry or an app-defined one), reported so
 * `<chat-kit>` can fire the public `item-action` and call the app's `onClick`.
 */
export class ItemActionRequestEvent extends ComposedRequestEvent<{ actionId: string; itemIds: readonly string[]; text: string }> {
  static readonly eventName = 'ck-item-action';
  constructor(actionId: string, itemIds: readonly string[], text: string) {
    super(ItemActionRequestEvent.eventName, { actionId, itemIds, text });
  }
}

/** The transcript was scrolled to its top while older items exist (`items.list` paging). */
export class LoadOlderEvent extends ComposedRequestEvent<Record<string, never>> {
  static readonly eventName = 'ck-load-older';
  constructor() {
    super(LoadOlderEvent.eventName, {});
  }
}

/** Answers (or skips) a pending `structured_input` item: `threads.add_structured_input`. */
export class StructuredInputSubmitEvent extends ComposedRequestEvent<{ itemId: string; input: StructuredInputSubmission }> {
  static readonly eventName = 'ck-structured-input';
  constructor(itemId: string, input: StructuredInputSubmission) {
    super(StructuredInputSubmitEvent.eventName, { itemId, input });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-history-toggle': HistoryToggleEvent;
    'ck-history-open': HistoryOpenEvent;
    'ck-history-more': HistoryMoreEvent;
    'ck-history-rename': HistoryRenameEvent;
    'ck-history-delete': HistoryDeleteEvent;
    'ck-header-action': HeaderActionEvent;
    'ck-item-feedback': ItemFeedbackEvent;
    'ck-item-retry': ItemRetryEvent;
    'ck-item-action': ItemActionRequestEvent;
    'ck-load-older': LoadOlderEvent;
    'ck-structured-input': StructuredInputSubmitEvent;
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-widget-log': WidgetLogEvent;
    'ck-widget-action': WidgetActionRequestEvent;
    'ck-entity-activate': EntityActivateEvent;
    'ck-submit': ComposerSubmitEvent;
    'ck-stop': StopRequestEvent;
    'ck-attach-files': AttachFilesEvent;
    'ck-retry': RetryRequestEvent;
    'ck-new-chat': NewChatEvent;
    'ck-prompt': PromptSelectEvent;
    'ck-dismiss-notice': NoticeDismissEvent;
    'ck-deeplink': DeeplinkRequestEvent;
  }
}
