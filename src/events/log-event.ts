import { ChatKitEvent, type NamedDetail } from './chatkit-event.js';

/** Verbose, structured diagnostics. Never carries message content or credentials. */
export class ChatKitLogEvent extends ChatKitEvent<NamedDetail> {
  static readonly eventName = 'chatkit.log';
  constructor(detail: NamedDetail) {
    super(ChatKitLogEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.log': ChatKitLogEvent;
  }
}
