import { ChatKitEvent } from './chatkit-event.js';

/** The active thread changed (`null` = the new-thread view). Persist it to restore with `initialThread`. */
export class ChatKitThreadChangeEvent extends ChatKitEvent<{ threadId: string | null }> {
  static readonly eventName = 'chatkit.thread.change';
  constructor(threadId: string | null) {
    super(ChatKitThreadChangeEvent.eventName, { threadId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.thread.change': ChatKitThreadChangeEvent;
  }
}
