// `import 'chat-kit'` registers <chat-kit>. Here Vite aliases it to this repository's build
// (vite.config.mjs); a real app gets it from `npm install chat-kit`. It runs before React
// renders, so React 19 sees the element's `options` property and sets it instead of an attribute.
import 'chat-kit';
// Declares <chat-kit> in React's JSX: its props, and each event handler's event type.
import type {} from 'chat-kit/react';
import type { ChatKitOptionsInput } from 'chat-kit/react';
import { useState } from 'react';

const API_URL = import.meta.env.VITE_CHATKIT_API_URL ?? 'http://127.0.0.1:8787/chatkit';

// Module-level so the object keeps its identity across renders: a new object would make React
// set the property again and chat-kit re-apply its options on every status update.
const options: ChatKitOptionsInput = {
  api: { url: API_URL },
  startScreen: { greeting: 'Hello from a React app' },
  composer: { placeholder: 'Try "show me the demo card"' },
};

export function App() {
  const [responses, setResponses] = useState(0);
  const [threadId, setThreadId] = useState<string | null>(null);
  const [lastAction, setLastAction] = useState<string | null>(null);
  const [lastEntity, setLastEntity] = useState<string | null>(null);

  return (
    <main>
      <h1>chat-kit in React</h1>
      <p id="status" role="status">
        <span data-handler="response-end">responses ended: {responses}</span>
        {' · '}
        <span data-handler="thread-change">thread: {threadId ?? 'none'}</span>
        {' · '}
        <span data-handler="widget-action">last action: {lastAction ?? 'none'}</span>
        {' · '}
        <span data-handler="entity-click">last entity: {lastEntity ?? 'none'}</span>
      </p>
      <chat-kit
        className="chat"
        options={options}
        // Every widget action arrives here; client actions (handler: "client") are the app's to
        // handle. `event` is a WidgetActionEvent: no annotation needed.
        onwidget-action={(event) => {
          const { action, item, handler } = event.detail;
          setLastAction(`${action.type} on ${item.id} (${handler})`);
        }}
        onentity-click={(event) => {
          setLastEntity(event.detail.entity.title);
        }}
        // JSX attribute names cannot contain dots (`onchatkit.response.end={…}` is a syntax
        // error), but React 19 reads any `on<event-name>` prop on a custom element as a listener
        // for <event-name>, so the dotted chatkit.* events go through a spread with quoted keys
        // (typed like the props above: `event` is a ChatKitThreadChangeEvent).
        {...{
          'onchatkit.response.end': () => {
            setResponses((n) => n + 1);
          },
          'onchatkit.thread.change': (event) => {
            setThreadId(event.detail.threadId);
          },
        }}
      />
    </main>
  );
}
