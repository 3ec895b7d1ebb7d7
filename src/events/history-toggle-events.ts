import { ChatKitEvent } from './chatkit-event.js';

/** The thread history panel opened (header button, `showHistory()`). Same as ChatKit JS ≥ 1.6. */
export class ChatKitHistoryOpenEvent extends ChatKitEvent<undefined> {
  static readonly eventName = 'chatkit.history.open';
  constructor() {
    super(ChatKitHistoryOpenEvent.eventName, undefined);
  }
}

/** The thread history panel closed (Back, Escape, a thread opened, `hideHistory()`). */
export class ChatKitHistoryCloseEvent extends ChatKitEvent<undefined> {
  static readonly eventName = 'chatkit.history.close';
  constructor() {
    super(ChatKitHistoryCloseEvent.eventName, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.history.open': ChatKitHistoryOpenEvent;
    'chatkit.history.close': ChatKitHistoryCloseEvent;
  }
}
