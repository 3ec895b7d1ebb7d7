import type { Annotation } from './types.js';

/** Texts of the demo agent. All Markdown is GFM, as ChatKit assistant messages are. */

export const TRIGGER_HELP =
  'Try a message containing *widget*, *form*, *live*, *tool*, *toolfail*, *question*, *workflow*, *image*, *notice*, *slow*, *error* or *crash* to see the other scripted responses.';

export interface Answer {
  text: string;
  annotations: Annotation[];
}

const LINK = '[example.com](https://example.com)';

/** The default reply: every inline and block feature the renderer has to get right. */
export function defaultAnswer(intro?: string): Answer {
  const opening = intro ? `${intro}\n\n` : '';
  const body = [
    `This reply is written in **Markdown** and streamed in small pieces, so you can watch the renderer keep up with *partial* input.`,
    '',
    '- **Bold**, *italic* and ~~struck~~ text',
    '- Inline `code` such as `chat.focusComposer()`',
    `- A link to ${LINK} with a source annotation`,
    '',
    '```ts',
    "const chat = document.querySelector('chat-kit');",
    "chat.setOptions({ api: { url: '/chatkit' } });",
    '```',
    '',
    TRIGGER_HELP,
  ].join('\n');
  const text = opening + body;
  const index = text.indexOf(LINK) + LINK.length;
  return {
    text,
    annotations: [
      {
        type: 'annotation',
        source: { title: 'Example Domain', description: 'Reserved for documentation examples', type: 'url', url: 'https://example.com' },
        index,
      },
      {
        type: 'annotation',
        // An entity source: activating it fires `entity-click` in the page.
        source: { title: 'Ada Lovelace', type: 'entity', id: 'person_ada', icon: 'profile', interactive: true, data: { team: 'Analytics' } },
        index,
      },
    ],
  };
}

const TOPICS = [
  'streaming text',
  'incremental parsing',
  'widget trees',
  'form values',
  'thread history',
  'client tools',
  'structured input',
  'cancellation',
  'retry flows',
  'attachments',
  'accessibility',
  'theming',
] as const;

const SENTENCES = [
  'Each delta arrives as its own server-sent event and is appended to the open paragraph.',
  'A renderer that re-parses the whole message on every delta slows down as the answer grows.',
  'Only the tail block is still open, so everything above it can be rendered once and kept.',
  'Lists, tables and fenced code blocks close at predictable boundaries in the source text.',
  'The client should treat a cleanly ended body as the end of the turn; there is no sentinel.',
  'Pressing Stop aborts the request, and the server keeps whatever text was already produced.',
  'Widgets are plain JSON trees, validated node by node so one bad prop cannot break a thread.',
  'Timestamps are naive ISO strings, which is why the client never sorts them lexically across sources.',
  'Cursor-based paging returns the id of the last element, and the client passes it back unchanged.',
  'Keyboard users need a visible focus ring on every control, including buttons inside widgets.',
  'Design tokens map onto custom properties, so one theme restyles the chrome and the widgets alike.',
  'A long answer is the easiest way to see whether scrolling stays smooth while text streams in.',
] as const;

function paragraph(seed: number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(SENTENCES[(seed * 7 + i * 5) % SENTENCES.length] ?? '');
  return out.join(' ');
}

function section(n: number): string {
  const topic = TOPICS[n % TOPICS.length] ?? 'streaming';
  const blocks: string[] = [`## ${n + 1}. On ${topic}`, paragraph(n, 6)];
  switch (n % 5) {
    case 0:
      blocks.push(`- **${topic}** matters because users notice lag\n- Measure it with a real stream\n- Keep finished blocks untouched`);
      break;
    case 1:
      blocks.push('| Step | Cost | Notes |\n| --- | ---: | --- |\n| parse tail | O(k) | only the open block |\n| render | O(1) | one frame per batch |\n| commit | O(n) | once, at the end |');
      break;
    case 2:
      blocks.push(`\`\`\`js\n// section ${n + 1}\nfor await (const event of stream) {\n  store.apply(event);\n}\n\`\`\``);
      break;
    case 3:
      blocks.push(`> ${paragraph(n + 3, 2)}`);
      break;
    default:
      blocks.push(`1. Read the ${topic} event\n2. Update the state\n3. Render on the next frame`);
  }
  blocks.push(paragraph(n + 1, 7));
  return blocks.join('\n\n');
}

/** Roughly 3,000 words of varied Markdown, for trying Stop and long-message scrolling. */
export function longAnswer(): string {
  const parts = ['# A long answer', 'This answer is deliberately long, so there is time to press **Stop** while it streams.'];
  let words = 0;
  for (let n = 0; words < 3000; n++) {
    const text = section(n);
    words += text.split(/\s+/).length;
    parts.push(text);
  }
  parts.push('That is the end of the long answer.');
  return parts.join('\n\n');
}

/**
 * Splits text into word-sized deltas that keep their leading whitespace, like the captures
 * (`"Hello"`, `" from"`, `" the"`); joining them gives back the text exactly.
 */
export function toDeltas(text: string): string[] {
  const deltas: string[] = text.match(/\s*\S+/g) ?? [];
  const joined = deltas.join('');
  const rest = text.slice(joined.length);
  if (rest) deltas.push(rest);
  return deltas;
}

/** Threads that exist before anyone types, so the history panel and paging have content. */
export interface SampleExchange {
  user: string;
  assistant: string;
}

export const WELCOME_EXCHANGES: SampleExchange[] = [
  {
    user: 'What can this demo do?',
    assistant: `This page talks to a **mock ChatKit server** that runs inside the dev server. It keeps threads in memory, so they last until the server restarts.\n\n${TRIGGER_HELP}`,
  },
];

export function longThreadExchanges(count: number): SampleExchange[] {
  return Array.from({ length: count }, (_, n) => ({
    user: `Question ${n + 1}: tell me one thing about ${TOPICS[n % TOPICS.length] ?? 'chat'}.`,
    assistant: `**Answer ${n + 1}.** ${SENTENCES[n % SENTENCES.length] ?? ''}`,
  }));
}
