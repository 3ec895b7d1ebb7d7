import type { WidgetRoot } from '../schemas/index.js';
import { ChatKitEvent } from './chatkit-event.js';

/** The action as apps receive it (ChatKit JS `widgets.onAction` shape). */
export interface WidgetActionPayload {
  type: string;
  payload?: Record<string, unknown>;
}

/** `detail` of {@link WidgetActionEvent}. */
export interface WidgetActionDetail {
  /** `{ type, payload }` of the activated action (form values merged into `payload`). */
  action: WidgetActionPayload;
  /** The widget thread item that sent it. */
  item: { id: string; widget: WidgetRoot };
  /** Who handles it: `client` (the page) or `server` (sent as `threads.custom_action`). */
  handler: 'client' | 'server';
}

/**
 * A widget action was activated. For `handler: "client"` this is how the page handles it (and
 * `widgets.onAction` is called too). For `handler: "server"` the event is cancelable: unless a
 * listener calls `preventDefault()`, the element sends the action to the server.
 */
export class WidgetActionEvent extends ChatKitEvent<WidgetActionDetail> {
  static readonly eventName = 'widget-action';
  constructor(detail: WidgetActionDetail) {
    super(WidgetActionEvent.eventName, detail, { cancelable: detail.handler === 'server' });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'widget-action': WidgetActionEvent;
  }
}
