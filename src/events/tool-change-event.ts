import { ChatKitEvent } from './chatkit-event.js';

/** The composer tool selection changed. */
export class ChatKitToolChangeEvent extends ChatKitEvent<{ toolId: string | null }> {
  static readonly eventName = 'chatkit.tool.change';
  constructor(toolId: string | null) {
    super(ChatKitToolChangeEvent.eventName, { toolId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'chatkit.tool.change': ChatKitToolChangeEvent;
  }
}
