// Type tests for `chat-kit/solid`: checked by `tsc -p tsconfig.types-test.json`, never run.
import type { JSX } from 'solid-js';
import type {} from 'chat-kit/solid';

/** Marks a value as used (the checks are the annotations, not the value). */
declare function use(value: unknown): void;

declare function jsx<T extends keyof JSX.IntrinsicElements>(tag: T, props: JSX.IntrinsicElements[T]): void;

jsx('chat-kit', {
  'api-url': '/chatkit',
  class: 'chat',
  options: { api: { url: '/chatkit', domainKey: 'local' } },
  'on:widget-action': (event) => {
    const handler: 'client' | 'server' = event.detail.handler;
    use(handler);
  },
  'on:chatkit.thread.load.end': (event) => {
    const threadId: string = event.detail.threadId;
    use(threadId);
  },
  ref: (element) => {
    element.focusComposer();
  },
});

// @ts-expect-error -- Solid listens to custom events with `on:`, not `on`
jsx('chat-kit', { 'onwidget-action': () => undefined });

jsx('chat-kit', {
  // @ts-expect-error -- heading-level is 1 to 6
  'heading-level': '7',
});
