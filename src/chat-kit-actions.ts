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

/** The session's lifecycle hooks, and the switch that silences them while the element is detached. */
export interface PublicEvents {
  readonly hooks: SessionHooks;
  /**
   * The element left the page: a response or load still open is reported ended now (so a page
   * mirroring `isResponding`/`isLoading` is not left hanging), and no `chatkit.*` event follows
   * until {@link attach}. The late end of what was closed here is not reported a second time.
   */
  detach(): void;
  /** The element is back on a page: events flow again. */
  attach(): void;
}

/**
 * The session's lifecycle as public `chatkit.*` events on `host`; `extra` runs first (live-region
 * announcements, flushing the last frame).
 */
export function publicEventHooks(
  host: EventTarget,
  extra: { responseStart(): void; responseEnd(): void },
): PublicEvents {
  let live = true;
  // Started and not yet ended, and the ends already reported by detach().
  let responses = 0;
  let owedResponseEnds = 0;
  const loads: string[] = [];
  const owedLoadEnds: string[] = [];
  const fire = (event: Event): void => {
    if (live) host.dispatchEvent(event);
  };
  const takeOne = (list: string[], value: string): boolean => {
    const index = list.indexOf(value);
    if (index !== -1) list.splice(index, 1);
    return index !== -1;
  };
  const hooks: SessionHooks = {
    responseStart: () => {
      responses += 1;
      extra.responseStart();
      fire(new ChatKitResponseStartEvent());
    },
    responseEnd: () => {
      if (owedResponseEnds > 0) {
        owedResponseEnds -= 1;
        return;
      }
      responses = Math.max(0, responses - 1);
      extra.responseEnd();
      fire(new ChatKitResponseEndEvent());
    },
    threadChange: (threadId) => {
      fire(new ChatKitThreadChangeEvent(threadId));
    },
    loadStart: (threadId) => {
      loads.push(threadId);
      fire(new ChatKitThreadLoadStartEvent(threadId));
    },
    loadEnd: (threadId) => {
      if (takeOne(owedLoadEnds, threadId)) return;
      takeOne(loads, threadId);
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
  return {
    hooks,
    detach: () => {
      if (!live) return;
      for (; responses > 0; responses -= 1) {
        owedResponseEnds += 1;
        fire(new ChatKitResponseEndEvent());
      }
      for (const threadId of loads.splice(0)) {
        owedLoadEnds.push(threadId);
        fire(new ChatKitThreadLoadEndEvent(threadId));
      }
      live = false;
    },
    attach: () => {
      live = true;
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
