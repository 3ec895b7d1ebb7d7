// A ChatKit React app as ChatKit's docs write it. The one line that moves it onto chat-kit is
// the import below: it registers chat-kit as <openai-chatkit>, the tag <ChatKit> renders, so
// OpenAI's chatkit.js <script> tag is no longer needed.
import 'chat-kit/openai-chatkit';
import { useState } from 'react';
import { ChatKit, useChatKit } from '@openai/chatkit-react';

const API_URL = import.meta.env.VITE_CHATKIT_API_URL ?? 'http://127.0.0.1:8787/chatkit';

export function App() {
  const [responses, setResponses] = useState(0);
  const [threadId, setThreadId] = useState(null);
  const [lastAction, setLastAction] = useState(null);

  const { control } = useChatKit({
    api: { url: API_URL, domainKey: 'domain_pk_local_dev' },
    startScreen: { greeting: 'Hello from a ChatKit React app' },
    composer: { placeholder: 'Try "show me the demo card"' },
    onResponseEnd: () => setResponses((n) => n + 1),
    onThreadChange: ({ threadId }) => setThreadId(threadId),
    widgets: {
      // Called for widget actions whose config says handler: "client".
      onAction: async (action, widgetItem) => {
        setLastAction(`${action.type} on ${widgetItem.id}`);
      },
    },
  });

  return (
    <main>
      <h1>ChatKit React app</h1>
      <p id="status" role="status">
        <span data-handler="onResponseEnd">responses ended: {responses}</span>
        {' · '}
        <span data-handler="onThreadChange">thread: {threadId ?? 'none'}</span>
        {' · '}
        <span data-handler="widgets.onAction">last action: {lastAction ?? 'none'}</span>
      </p>
      <ChatKit control={control} className="chat" />
    </main>
  );
}
