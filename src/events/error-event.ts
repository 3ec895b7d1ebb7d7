import { ChatKitEvent } from './chatkit-event.js';

/** Fired for any error (the element already shows its own error UI; use this for telemetry). */
export class ChatKitErrorEvent extends ChatKitEvent<{ error: Error }> {
  static readonly eventName = 'chatkit.error';
  constructor(error: Error) {
    super(ChatKitErrorEvent.eventName, { error });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.error': ChatKitErrorEvent;
  }
}
