import type { ActionConfig, Entity, UserMessageContent, WidgetItem } from '../schemas/index.js';

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
