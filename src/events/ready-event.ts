import { ChatKitEvent } from './chatkit-event.js';

/** Fired once the element is connected, configured and ready for method calls. */
export class ChatKitReadyEvent extends ChatKitEvent<undefined> {
  static readonly eventName = 'chatkit.ready';
  constructor() {
    super(ChatKitReadyEvent.eventName, undefined);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.ready': ChatKitReadyEvent;
  }
}
