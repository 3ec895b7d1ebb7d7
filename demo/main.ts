import '../src/index.js';
import type { ChatKit } from '../src/index.js';

declare const __CHATKIT_API_URL__: string;

const chat = document.querySelector<ChatKit>('#chat');
const log = document.querySelector<HTMLOListElement>('#log');
const dark = document.querySelector<HTMLInputElement>('#dark');
if (!chat || !log || !dark) throw new Error('demo markup is missing');

const options = (scheme: 'light' | 'dark') => ({
  api: { url: __CHATKIT_API_URL__, domainKey: 'domain_pk_localhost_dev' },
  theme: { colorScheme: scheme },
  composer: { placeholder: 'Ask the demo agent…' },
  startScreen: {
    greeting: 'Hi! What shall we try?',
    prompts: [
      { label: 'Show me the demo', prompt: 'Show me the demo card' },
      {
        label: 'Ask about @Ada',
        prompt: [
          { type: 'input_text' as const, text: 'What is ' },
          { type: 'input_tag' as const, id: 'person_ada', text: 'Ada Lovelace', interactive: true, data: { team: 'Analytics' } },
          { type: 'input_text' as const, text: ' working on?' },
        ],
      },
      { label: 'A long answer (try Stop)', prompt: 'Give me a slow, long answer' },
      { label: 'Simulate an error', prompt: 'Please show an error' },
      { label: 'Show a notice', prompt: 'Show a notice' },
    ],
  },
});

const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
dark.checked = prefersDark;
const applyScheme = (): void => {
  document.documentElement.classList.toggle('dark', dark.checked);
  chat.setOptions(options(dark.checked ? 'dark' : 'light'));
};
dark.addEventListener('change', applyScheme);
applyScheme();

/** Every public event the element fires, shown in the log panel. */
const EVENTS = [
  'chatkit.ready',
  'chatkit.error',
  'chatkit.log',
  'chatkit.effect',
  'chatkit.deeplink',
  'chatkit.response.start',
  'chatkit.response.end',
  'chatkit.thread.change',
  'chatkit.thread.load.start',
  'chatkit.thread.load.end',
  'chatkit.tool.change',
  'widget-action',
  'entity-click',
] as const;

function describe(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  if (typeof detail === 'object' && 'error' in detail && detail.error instanceof Error) return detail.error.message;
  try {
    return JSON.stringify(detail);
  } catch {
    return '[unserializable detail]';
  }
}

for (const name of EVENTS) {
  chat.addEventListener(name, (event) => {
    const row = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'name';
    label.textContent = name;
    const detail = document.createElement('span');
    detail.className = 'detail';
    detail.textContent = ` ${describe((event as CustomEvent).detail)}`;
    row.append(label, detail);
    log.append(row);
    log.scrollTop = log.scrollHeight;
  });
}

function showToast(text: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.textContent = text;
  document.body.append(toast);
  setTimeout(() => {
    toast.remove();
  }, 2500);
}

// Server-pushed client effects.
chat.addEventListener('chatkit.effect', (event) => {
  if (event.detail.name !== 'toast') return;
  const message = event.detail.data?.['message'] ?? event.detail.data?.['text'];
  showToast(typeof message === 'string' ? message : 'Effect received');
});

// Client-handled widget actions are the page's job: "View details" opens (here: a toast).
chat.addEventListener('widget-action', (event) => {
  const { action, handler } = event.detail;
  if (handler === 'client' && action.type === 'demo.view_details') {
    const order = action.payload?.['order_id'];
    showToast(`Details of order ${typeof order === 'string' ? order : '?'} would open here.`);
  }
});

// Interactive @-mentions and entity sources.
chat.addEventListener('entity-click', (event) => {
  showToast(`Open ${event.detail.entity.title} (${event.detail.entity.id})`);
});

document.querySelector('#clear-log')?.addEventListener('click', () => {
  log.replaceChildren();
});
