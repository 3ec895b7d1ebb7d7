import { ChatKitEvent, type NamedDetail } from './chatkit-event.js';

/** A fire-and-forget `client_effect` pushed by the server (toast, refresh a side panel…). */
export class ChatKitEffectEvent extends ChatKitEvent<NamedDetail> {
  static readonly eventName = 'chatkit.effect';
  constructor(detail: NamedDetail) {
    super(ChatKitEffectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.effect': ChatKitEffectEvent;
  }
}
