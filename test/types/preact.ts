// Type tests for `chat-kit/preact`: checked by `tsc -p tsconfig.types-test.json`, never run.
import type { JSX } from 'preact';
import type {} from 'chat-kit/preact';

/** Marks a value as used (the checks are the annotations, not the value). */
declare function use(value: unknown): void;

declare function jsx<T extends keyof JSX.IntrinsicElements>(tag: T, props: JSX.IntrinsicElements[T]): void;

jsx('chat-kit', {
  'api-url': '/chatkit',
  class: 'chat',
  options: { api: { url: '/chatkit', domainKey: 'local' } },
  'onwidget-action': (event) => {
    const type: string = event.detail.action.type;
    use(type);
  },
  'onchatkit.response.end': (event) => {
    event.stopPropagation();
  },
});

// The ref is the element, with its methods (`HTMLAttributes` from `preact` carries `ref`).
jsx('chat-kit', {
  ref: (element) => {
    void element?.focusComposer();
  },
});

// @ts-expect-error -- an attribute the element does not have
jsx('chat-kit', { 'api-uri': '/chatkit' });

jsx('chat-kit', {
  'onentity-click': (event) => {
    // @ts-expect-error -- entity-click's detail is `{ entity }`
    use(event.detail.action);
  },
});
