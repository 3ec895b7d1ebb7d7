// Type tests for `chat-kit/svelte`: checked by `tsc -p tsconfig.types-test.json`, never run.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'chat-kit/svelte';

/** Marks a value as used (the checks are the annotations, not the value). */
declare function use(value: unknown): void;

/** What svelte-check checks `<chat-kit …>` markup against. */
declare function markup(props: SvelteHTMLElements['chat-kit']): void;

markup({
  'api-url': '/chatkit',
  class: 'chat',
  'data-testid': 'chat',
  options: { api: { url: '/chatkit', domainKey: 'local' } },
  'onwidget-action': (event) => {
    const handler: 'client' | 'server' = event.detail.handler;
    use(handler);
  },
  'on:chatkit.log': (event) => {
    const name: string = event.detail.name;
    use(name);
  },
});

// @ts-expect-error -- an attribute the element does not have
markup({ 'api-uri': '/chatkit' });

markup({
  'onchatkit.thread.change': (event) => {
    // @ts-expect-error -- threadId can be null (the new-thread view)
    const threadId: string = event.detail.threadId;
    use(threadId);
  },
});
