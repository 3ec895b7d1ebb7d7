// Never rendered: `npm run typecheck` checks this file, and each `@ts-expect-error` below fails the
// check if chat-kit's typings stop rejecting that mistake (an unused directive is an error).
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- the mistakes are the point */
import type {} from 'chat-kit/react';

export function Mistakes() {
  return (
    <>
      <chat-kit
        onwidget-action={(event) => {
          // @ts-expect-error -- widget-action's detail is { action, item, handler }: no `entity`
          console.log(event.detail.entity);
          // @ts-expect-error -- `handler` is 'client' | 'server'
          if (event.detail.handler === 'page') event.preventDefault();
        }}
        onentity-click={(event) => {
          // @ts-expect-error -- entity-click's detail is { entity }
          console.log(event.detail.action.type);
        }}
        // The ref is the element itself, with its methods.
        ref={(element) => {
          void element?.focusComposer();
          // @ts-expect-error -- <chat-kit> has no `submit()` method
          element?.submit();
        }}
      />
      {/* @ts-expect-error -- `api.url` is a string */}
      <chat-kit options={{ api: { url: 42 } }} />
      {/* @ts-expect-error -- theme is light, dark or auto */}
      <chat-kit theme="purple" />
      {/* @ts-expect-error -- React 19 listens to `on` + the event name as written, not camelCase */}
      <chat-kit onWidgetAction={() => undefined} />
      <chat-kit
        {...{
          'onchatkit.thread.change': (event) => {
            // @ts-expect-error -- chatkit.thread.change's threadId can be null (the new-thread view)
            const threadId: string = event.detail.threadId;
            console.log(threadId);
          },
        }}
      />
      {/* @ts-expect-error -- entity-click's handler gets an EntityClickEvent, not a thread change */}
      <chat-kit onentity-click={(event: CustomEvent<{ threadId: string }>) => event.detail.threadId} />
    </>
  );
}
