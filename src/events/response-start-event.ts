import { ChatKitEvent } from './chatkit-event.js';

/** The assistant started responding (a streaming request began). */
export class ChatKitResponseStartEvent extends ChatKitEvent<undefined> {
  static readonly eventName = 'chatkit.response.start';
  constructor() {
    super(ChatKitResponseStartEvent.eventName, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.response.start': ChatKitResponseStartEvent;
  }
}
