import '../src/index.js';
import { ItemActionEvent, type ChatKit, type ChatKitOptions, type ThemeOption } from '../src/index.js';
import { copyText, mountThemePanel } from './theme-panel.js';

declare const __CHATKIT_API_URL__: string;

const chat = document.querySelector<ChatKit>('#chat');
const log = document.querySelector<HTMLOListElement>('#log');
const dark = document.querySelector<HTMLInputElement>('#dark');
const localeSelect = document.querySelector<HTMLSelectElement>('#locale');
const themeForm = document.querySelector<HTMLFormElement>('#theme-form');
const themeJson = document.querySelector<HTMLElement>('#theme-json');
if (!chat || !log || !dark || !localeSelect || !themeForm || !themeJson) throw new Error('demo markup is missing');

const DIRECTORY = [
  { id: 'person_ada', title: 'Ada Lovelace', group: 'People', icon: 'profile', interactive: true, data: { team: 'Analytics' } },
  { id: 'person_alan', title: 'Alan Turing', group: 'People', icon: 'profile', interactive: true, data: { team: 'Research' } },
  { id: 'person_grace', title: 'Grace Hopper', group: 'People', icon: 'profile', interactive: true, data: { team: 'Compilers' } },
  { id: 'article_streaming', title: 'Streaming UIs that stay fast', group: 'Articles', icon: 'document', interactive: true },
  { id: 'article_a11y', title: 'Accessible chat transcripts', group: 'Articles', icon: 'document', interactive: true },
];

/** The page's client tools (`onClientTool`): the mock server asks for `get_client_time` after "tool". */
function runClientTool({ name }: { name: string; params: Record<string, unknown> }): Record<string, unknown> {
  if (name === 'get_client_time') return { now: new Date().toISOString() };
  // "toolfail" asks for a tool this page does not have, to show the failure path.
  throw new Error(`Unknown client tool: ${name}`);
}

/**
 * What the page's controls edit. Everything else in the options is fixed, so a theme or locale
 * change rebuilds the same object around them (setOptions replaces, it does not merge).
 */
const editable: { theme: ThemeOption; locale: string } = { theme: { colorScheme: 'auto' }, locale: '' };

const prefersDark = matchMedia('(prefers-color-scheme: dark)');
/** The scheme the element shows: `auto` resolves the way `<chat-kit>` resolves it. */
const resolvedScheme = (): 'light' | 'dark' => {
  const scheme = editable.theme.colorScheme ?? 'light';
  if (scheme === 'auto') return prefersDark.matches ? 'dark' : 'light';
  return scheme;
};

/** The one options object of the demo. */
const options = (): ChatKitOptions => ({
  api: {
    url: __CHATKIT_API_URL__,
    domainKey: 'domain_pk_localhost_dev',
    uploadStrategy: { type: 'direct' as const, uploadUrl: `${__CHATKIT_API_URL__}/upload` },
  },
  // An empty locale leaves the option out: the element then follows navigator.language.
  ...(editable.locale ? { locale: editable.locale } : {}),
  theme: editable.theme,
  header: {
    // A theme switch, to show the header's app buttons (HeaderIcon set).
    rightAction:
      resolvedScheme() === 'dark'
        ? { icon: 'light-mode', onClick: toggleScheme, label: 'Light theme' }
        : { icon: 'dark-mode', onClick: toggleScheme, label: 'Dark theme' },
  },
  history: { enabled: true, showRename: true, showDelete: true },
  threadItemActions: {
    feedback: true,
    retry: true,
    custom: [
      {
        id: 'share',
        label: 'Share',
        icon: 'external-link' as const,
        onClick: ({ threadId, itemIds, text }: { threadId: string; itemIds: string[]; text: string }) => {
          logRow('threadItemActions.share', { threadId, itemIds, characters: text.length });
          showToast('A share sheet would open here.');
        },
      },
    ],
  },
  onClientTool: runClientTool,
  composer: {
    placeholder: 'Ask the demo agent…',
    attachments: { enabled: true, maxCount: 4, maxSize: { 'image/*': 5_000_000, '*': 2_000_000 } },
    dictation: { enabled: true },
    // Two modes: the mock server answers as an event finder when the "events" tool is chosen.
    tools: [
      { id: 'events', label: 'Find events', shortLabel: 'Events', icon: 'calendar', placeholderOverride: 'Which events are you looking for?' },
      { id: 'research', label: 'Deep research', icon: 'book-open', pinned: true, persistent: true },
    ],
    models: [
      { id: 'demo-fast', label: 'Fast', description: 'Quick answers', default: true },
      { id: 'demo-smart', label: 'Thorough', description: 'Slower, more careful' },
      { id: 'demo-legacy', label: 'Legacy', description: 'Retired', disabled: true },
    ],
  },
  // @-mentions: a small in-page directory of people and articles.
  entities: {
    showComposerMenu: true,
    onTagSearch: async (query: string) => {
      const q = query.toLowerCase();
      return Promise.resolve(DIRECTORY.filter((entity) => entity.title.toLowerCase().includes(q)).slice(0, 8));
    },
  },
  disclaimer: { text: 'This is a **demo** agent on a mock server; nothing leaves your machine.' },
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

/** Applies `editable` and keeps the page's own dark controls in step with the element. */
const apply = (): void => {
  const isDark = resolvedScheme() === 'dark';
  dark.checked = isDark;
  document.documentElement.classList.toggle('dark', isDark);
  chat.setOptions(options());
};

const themePanel = mountThemePanel(themeForm, themeJson, (theme) => {
  editable.theme = theme;
  apply();
});
editable.theme = themePanel.theme;

/** The Dark checkbox and the header button pick an explicit scheme (leaving `auto`). */
const setScheme = (scheme: 'light' | 'dark'): void => {
  themePanel.setScheme(scheme);
  editable.theme = themePanel.theme;
  apply();
};
const toggleScheme = (): void => {
  setScheme(resolvedScheme() === 'dark' ? 'light' : 'dark');
};
dark.addEventListener('change', () => {
  setScheme(dark.checked ? 'dark' : 'light');
});
// With `auto`, the system switching schemes flips the header button and the page too.
prefersDark.addEventListener('change', () => {
  if (editable.theme.colorScheme === 'auto') apply();
});

localeSelect.addEventListener('change', () => {
  editable.locale = localeSelect.value;
  apply();
});

const copyButton = document.querySelector<HTMLButtonElement>('#copy-theme');
copyButton?.addEventListener('click', () => {
  void copyText(themeJson).then((copied) => {
    showToast(copied ? 'Theme copied to the clipboard.' : 'Selected: press Ctrl+C (⌘C) to copy.');
  });
});

apply();

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
  'item-action',
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

const logRow = (name: string, data: unknown): void => {
  const row = document.createElement('li');
  const label = document.createElement('span');
  label.className = 'name';
  label.textContent = name;
  const detail = document.createElement('span');
  detail.className = 'detail';
  detail.textContent = ` ${describe(data)}`;
  row.append(label, detail);
  log.append(row);
  log.scrollTop = log.scrollHeight;
};

for (const name of EVENTS) {
  chat.addEventListener(name, (event) => {
    const { detail } = event as CustomEvent<unknown>;
    // Lead with what was pressed (copy, feedback.positive, retry, share…), like the event names.
    if (event instanceof ItemActionEvent) {
      logRow(`item-action: ${event.detail.action}`, detail);
      return;
    }
    logRow(name, detail);
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
