/**
 * Events that travel from the internal elements up to `<chat-kit>` inside its shadow root. They
 * are not composed, so pages never see them; `<chat-kit>` turns intents into requests and into
 * the public `chatkit.*` events. Kept in one file because none of them is public API.
 */
class InternalEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D) {
    super(type, { detail, bubbles: true, composed: false });
  }
}

/** The composer wants to send its draft. */
export class ComposerSubmitEvent extends InternalEvent<{ text: string }> {
  static readonly eventName = 'ck-submit';
  constructor(text: string) {
    super(ComposerSubmitEvent.eventName, { text });
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

declare global {
  interface HTMLElementEventMap {
    'ck-submit': ComposerSubmitEvent;
    'ck-stop': StopRequestEvent;
    'ck-retry': RetryRequestEvent;
    'ck-new-chat': NewChatEvent;
    'ck-prompt': PromptSelectEvent;
    'ck-dismiss-notice': NoticeDismissEvent;
    'ck-deeplink': DeeplinkRequestEvent;
  }
}
