import { ChatKitEvent } from './chatkit-event.js';

/** A thread started loading. */
export class ChatKitThreadLoadStartEvent extends ChatKitEvent<{ threadId: string }> {
  static readonly eventName = 'chatkit.thread.load.start';
  constructor(threadId: string) {
    super(ChatKitThreadLoadStartEvent.eventName, { threadId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.thread.load.start': ChatKitThreadLoadStartEvent;
  }
}
