import { ChatKitEvent } from './chatkit-event.js';

/** A thread finished loading. */
export class ChatKitThreadLoadEndEvent extends ChatKitEvent<{ threadId: string }> {
  static readonly eventName = 'chatkit.thread.load.end';
  constructor(threadId: string) {
    super(ChatKitThreadLoadEndEvent.eventName, { threadId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.thread.load.end': ChatKitThreadLoadEndEvent;
  }
}
