import type { Entity } from '../schemas/index.js';
import { ChatKitEvent } from './chatkit-event.js';

/**
 * The user activated an interactive @-mention tag or entity source (click or Enter/Space).
 * `entities.onClick(entity)` is called too.
 */
export class EntityClickEvent extends ChatKitEvent<{ entity: Entity }> {
  static readonly eventName = 'entity-click';
  constructor(entity: Entity) {
    super(EntityClickEvent.eventName, { entity });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'entity-click': EntityClickEvent;
  }
}
