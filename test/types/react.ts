// Type tests for `chat-kit/react`: checked by `tsc -p tsconfig.types-test.json`, never run.
import type { JSX } from 'react';
import type {} from 'chat-kit/react';

/** Marks a value as used (the checks are the annotations, not the value). */
declare function use(value: unknown): void;
import type { ChatKitEventName } from 'chat-kit/react';

/** What `<chat-kit {...props} />` checks: the props against `JSX.IntrinsicElements['chat-kit']`. */
declare function jsx<T extends keyof JSX.IntrinsicElements>(tag: T, props: JSX.IntrinsicElements[T]): void;

jsx('chat-kit', {
  'api-url': '/chatkit',
  theme: 'dark',
  'heading-level': '3',
  className: 'chat',
  options: { api: { url: '/chatkit', domainKey: 'local' } },
  ref: { current: null },
  'onwidget-action': (event) => {
    const type: string = event.detail.action.type;
    const handler: 'client' | 'server' = event.detail.handler;
    if (handler === 'server') event.preventDefault();
    use(type);
  },
  'onentity-click': (event) => {
    const id: string = event.detail.entity.id;
    use(id);
  },
  'onitem-action': (event) => {
    const ids: string[] = event.detail.itemIds;
    use(ids);
  },
  'onchatkit.thread.change': (event) => {
    const threadId: string | null = event.detail.threadId;
    use(threadId);
  },
  'onchatkit.ready': (event) => {
    const detail: undefined = event.detail;
    use(detail);
  },
  'onchatkit.error': (event) => {
    const error: Error = event.detail.error;
    use(error);
  },
});

// Properties the element has are settable as props too (React 19 assigns them).
jsx('chat-kit', { apiUrl: '/chatkit', headingLevel: 2, options: null });

// The ref is the element, with its methods.
jsx('chat-kit', {
  ref: (element) => {
    element?.focusComposer();
  },
});

// @ts-expect-error -- an attribute the element does not have (a props object; TSX itself lets any
// attribute with a `-` through, see demo/react/type-tests/errors.tsx for what TSX does catch)
jsx('chat-kit', { 'api-uri': '/chatkit' });

// @ts-expect-error -- an event the element does not fire
jsx('chat-kit', { 'onchatkit.nope': () => undefined });

// @ts-expect-error -- camel-cased handler names are not how React 19 names custom events
jsx('chat-kit', { onWidgetAction: () => undefined });

jsx('chat-kit', {
  // @ts-expect-error -- theme is light, dark or auto
  theme: 'purple',
});

jsx('chat-kit', {
  // @ts-expect-error -- options must be a ChatKit options object
  options: { api: 42 },
});

jsx('chat-kit', {
  'onwidget-action': (event) => {
    // @ts-expect-error -- widget-action's detail has no `entity`
    use(event.detail.entity);
  },
});

jsx('chat-kit', {
  // @ts-expect-error -- the handler for entity-click receives an EntityClickEvent, not a thread change
  'onentity-click': (event: CustomEvent<{ threadId: string }>) => event.detail.threadId,
});

// Every public event is in the map, and nothing internal.
const names: Record<ChatKitEventName, true> = {
  'chatkit.ready': true,
  'chatkit.error': true,
  'chatkit.log': true,
  'chatkit.effect': true,
  'chatkit.deeplink': true,
  'chatkit.response.start': true,
  'chatkit.response.end': true,
  'chatkit.thread.change': true,
  'chatkit.thread.load.start': true,
  'chatkit.thread.load.end': true,
  'chatkit.tool.change': true,
  'widget-action': true,
  'entity-click': true,
  'item-action': true,
};
use(names);
