import { ChatKitEvent } from './chatkit-event.js';

/** The assistant finished responding (stream ended, failed or was stopped). */
export class ChatKitResponseEndEvent extends ChatKitEvent<undefined> {
  static readonly eventName = 'chatkit.response.end';
  constructor() {
    super(ChatKitResponseEndEvent.eventName, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.response.end': ChatKitResponseEndEvent;
  }
}
