import { ChatKitEvent } from './chatkit-event.js';

/** What `item-action` carries. */
export interface ItemActionDetail {
  /** `copy`, `feedback.positive`, `feedback.negative`, `retry`, or an app-defined action's `id`. */
  action: string;
  threadId: string | null;
  /** The response's items, oldest first. */
  itemIds: string[];
}

/**
 * An action under a response was used: Copy, thumbs up/down, Retry, or one of
 * `threadItemActions.custom` (whose `onClick` is called too). ChatKit JS sends feedback only to
 * the server; this event lets the page see it as well. The response's text is not included (it
 * is message content); app-defined actions get it through `onClick`.
 */
export class ItemActionEvent extends ChatKitEvent<ItemActionDetail> {
  static readonly eventName = 'item-action';
  constructor(detail: ItemActionDetail) {
    super(ItemActionEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'item-action': ItemActionEvent;
  }
}
