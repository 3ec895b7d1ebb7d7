import { isRecord } from './chat-kit-api.js';
import type { ChatSession, SessionHooks } from './controller/chat-session.js';
import {
  ChatKitEffectEvent,
  ChatKitErrorEvent,
  ChatKitLogEvent,
  ChatKitResponseEndEvent,
  ChatKitResponseStartEvent,
  ChatKitThreadChangeEvent,
  ChatKitThreadLoadEndEvent,
  ChatKitThreadLoadStartEvent,
  ItemActionEvent,
  WidgetActionEvent,
  type WidgetActionPayload,
} from './events/index.js';
import type { ActionConfig, ChatKitOptions, WidgetItem } from './schemas/index.js';

interface RouteDeps {
  /** Where the public `widget-action` is dispatched (the `<chat-kit>` element). */
  host: EventTarget;
  onAction: NonNullable<ChatKitOptions['widgets']>['onAction'];
  session: ChatSession;
}

/**
 * Every widget action becomes a public `widget-action`. Client actions go to
 * `widgets.onAction`; server actions are sent (`threads.custom_action`, or
 * `threads.sync_custom_action` when `streaming: false`) unless a listener cancelled the event.
 * The promise settles when the action is handled and drives the widget's loading/error state.
 */
export async function routeWidgetAction(action: ActionConfig, item: WidgetItem, deps: RouteDeps): Promise<void> {
  const publicAction: WidgetActionPayload = {
    type: action.type,
    ...(isRecord(action.payload) ? { payload: action.payload } : {}),
  };
  const target = { id: item.id, widget: item.widget };
  const announced = new WidgetActionEvent({ action: publicAction, item: target, handler: action.handler });
  deps.host.dispatchEvent(announced);
  if (action.handler === 'client') {
    await deps.onAction?.(publicAction, target);
    return;
  }
  if (announced.defaultPrevented) return;
  if (action.streaming) await deps.session.customAction(publicAction, item.id);
  else await deps.session.syncCustomAction(publicAction, item.id);
}

/**
 * The session's lifecycle as public `chatkit.*` events on `host`; `extra` runs first (live-region
 * announcements, flushing the last frame).
 */
export function publicEventHooks(
  host: EventTarget,
  extra: { responseStart(): void; responseEnd(): void },
): SessionHooks {
  const fire = (event: Event): void => {
    host.dispatchEvent(event);
  };
  return {
    responseStart: () => {
      extra.responseStart();
      fire(new ChatKitResponseStartEvent());
    },
    responseEnd: () => {
      extra.responseEnd();
      fire(new ChatKitResponseEndEvent());
    },
    threadChange: (threadId) => {
      fire(new ChatKitThreadChangeEvent(threadId));
    },
    loadStart: (threadId) => {
      fire(new ChatKitThreadLoadStartEvent(threadId));
    },
    loadEnd: (threadId) => {
      fire(new ChatKitThreadLoadEndEvent(threadId));
    },
    effect: (name, data) => {
      fire(new ChatKitEffectEvent({ name, data }));
    },
    error: (error) => {
      fire(new ChatKitErrorEvent(error));
    },
    log: (name, data) => {
      fire(new ChatKitLogEvent(data ? { name, data } : { name }));
    },
  };
}

interface ItemActionDeps {
  host: EventTarget;
  threadId: string | null;
  custom: NonNullable<ChatKitOptions['threadItemActions']>['custom'];
}

/**
 * An action under a response, as the public `item-action` (every kind) plus the app's `onClick`
 * for `threadItemActions.custom` entries. Copy, feedback and retry do their own work elsewhere;
 * this only announces them.
 */
export async function announceItemAction(
  actionId: string,
  itemIds: readonly string[],
  text: string,
  deps: ItemActionDeps,
): Promise<void> {
  deps.host.dispatchEvent(new ItemActionEvent({ action: actionId, threadId: deps.threadId, itemIds: [...itemIds] }));
  const custom = deps.custom?.find((entry) => entry.id === actionId);
  if (custom?.onClick && deps.threadId !== null) {
    await custom.onClick({ actionId, threadId: deps.threadId, itemIds: [...itemIds], text });
  }
}
