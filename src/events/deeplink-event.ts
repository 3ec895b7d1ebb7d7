import { ChatKitEvent, type NamedDetail } from './chatkit-event.js';

/** A `chatkit-link://name?key=value` link in server content was activated. */
export class ChatKitDeeplinkEvent extends ChatKitEvent<NamedDetail> {
  static readonly eventName = 'chatkit.deeplink';
  constructor(detail: NamedDetail) {
    super(ChatKitDeeplinkEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.deeplink': ChatKitDeeplinkEvent;
  }
}
