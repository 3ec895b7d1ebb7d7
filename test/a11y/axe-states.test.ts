/**
 * Zero axe violations in every state a user can reach: the whole `<chat-kit>` is checked (axe
 * reads through its open shadow roots), not its parts in isolation.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CATALOGUE } from '../../demo/gallery-catalog.js';
import type { ChatKit, ChatKitOptions } from '../../src/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { composerEditor, deepQuery, deepQueryAll, mountChat } from '../helpers/mount.js';
import { demoConversation, headerRoot, sendAndWait, THREAD_ID, until, widgetThreadSse } from './helpers.js';

const PROMPTS: NonNullable<ChatKitOptions['startScreen']>['prompts'] = [
  { label: 'Plan a trip', prompt: 'Plan a trip to Lisbon', icon: 'map-pin' },
  { label: 'Summarise a document', prompt: 'Summarise this', icon: 'document' },
];
const TOOLS: NonNullable<ChatKitOptions['composer']>['tools'] = [
  { id: 'search', label: 'Search the web', shortLabel: 'Search', icon: 'globe' },
  { id: 'images', label: 'Create an image', icon: 'images', pinned: true },
];
const MODELS: NonNullable<ChatKitOptions['composer']>['models'] = [
  { id: 'fast', label: 'Fast', description: 'Quick answers', default: true },
  { id: 'deep', label: 'Thorough' },
];
const PEOPLE = [
  { id: 'u1', title: 'Ada Lovelace', group: 'People', interactive: true },
  { id: 'u2', title: 'Alan Turing', group: 'People' },
  { id: 'd1', title: 'Adding tags', group: 'Docs' },
];

/** A composer with tools, models and @-mentions, on the start screen with prompts. */
const FULL: Partial<ChatKitOptions> = {
  startScreen: { greeting: 'What can I help with?', prompts: PROMPTS },
  composer: { tools: TOOLS, models: MODELS },
  entities: { onTagSearch: (query: string) => Promise.resolve(PEOPLE.filter((p) => p.title.toLowerCase().includes(query.toLowerCase()))) },
};

function composerPart(el: ChatKit, selector: string): HTMLElement {
  const found = deepQuery<HTMLElement>(el, selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

async function openHistory(el: ChatKit): Promise<ShadowRoot> {
  headerRoot(el).querySelector<HTMLButtonElement>('[part="history"]')!.click();
  await until(el, () => (deepQuery(el, 'ck-history-panel')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0, 'history entries');
  return deepQuery(el, 'ck-history-panel')!.shadowRoot!;
}

describe('axe: <chat-kit> in every state', () => {
  it('reaches inside the shadow roots (a nested violation is reported)', async () => {
    const el = await mountChat(fakeFetch(), FULL);
    // A nameless button deep inside: if axe stopped at the host, every test below would pass vacuously.
    const broken = document.createElement('button');
    headerRoot(el).append(broken);
    await expect(el).not.to.be.accessible();
    broken.remove();
    await expect(el).to.be.accessible();
  });

  it('start screen with prompts, tools and models', async () => {
    const el = await mountChat(fakeFetch(), FULL);
    expect(deepQuery(el, 'ck-start-screen'), 'start screen shown').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('while a response streams', async () => {
    const f = fakeFetch();
    const stream = f.replyStream('threads.create');
    const el = await mountChat(f);
    const sse = await (await fetch(new URL('../fixtures/chatkit-server/threads.create.sse', import.meta.url))).text();
    // Everything up to the middle of the text: the answer is open, the Stop button shown.
    stream.push(sse.slice(0, sse.indexOf('" demo"')).replace(/data: [^\n]*$/, ''));
    void el.sendUserMessage({ text: 'Show me the demo' });
    await until(el, () => deepQuery(el, '[part="stop"]') !== null, 'the Stop button');
    await until(el, () => (deepQuery(el, 'ck-message[pending]') ?? deepQuery(el, 'ck-message')) !== null, 'a message');
    await expect(el).to.be.accessible();
    stream.close();
  });

  it('a finished conversation with widgets (threads.create.sse)', async () => {
    const el = await demoConversation(fakeFetch());
    expect(deepQuery(el, 'ck-widget-item'), 'a widget shown').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const entry of CATALOGUE) {
    it(`gallery widget "${entry.name}" inside a chat`, async () => {
      const f = fakeFetch().reply('threads.create', { sse: widgetThreadSse([entry.widget]) });
      const el = await mountChat(f);
      await sendAndWait(el, 'Show me widgets');
      expect(deepQuery(el, '[data-widget-error]'), 'no fallback').to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('@-mention menu open', async () => {
    const el = await mountChat(fakeFetch(), FULL);
    composerEditor(el).focus();
    await sendKeys({ type: 'Hi @a' });
    await until(el, () => deepQueryAll(el, '[role="option"]').length > 0, 'mention options');
    await expect(el).to.be.accessible();
  });

  it('tool menu open', async () => {
    const el = await mountChat(fakeFetch(), FULL);
    composerPart(el, 'ck-tool-menu').shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!.click();
    await until(el, () => deepQuery(el, '[role="menu"]') !== null, 'the tool menu');
    await expect(el).to.be.accessible();
  });

  it('model picker open', async () => {
    const el = await mountChat(fakeFetch(), FULL);
    composerPart(el, 'ck-model-picker').shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!.click();
    await until(el, () => deepQuery(el, '[role="listbox"]') !== null, 'the model list');
    await expect(el).to.be.accessible();
  });

  it('history panel open, with a rename field, then a delete confirmation', async () => {
    const f = fakeFetch().reply('threads.list', 'threads.list.json');
    const el = await mountChat(f);
    const panel = await openHistory(el);
    await expect(el).to.be.accessible();
    panel.querySelector<HTMLButtonElement>('[part~="item"] [data-action="rename"]')!.click();
    await until(el, () => panel.querySelector('[part="rename-field"]') !== null, 'the rename field');
    await expect(el).to.be.accessible();
    panel.querySelector<HTMLButtonElement>('.editing [data-action="cancel"]')!.click();
    await until(el, () => panel.querySelector('[part="rename-field"]') === null, 'the rename field to close');
    panel.querySelector<HTMLButtonElement>('[part~="item"] [data-action="delete"]')!.click();
    await until(el, () => panel.querySelector('.confirming') !== null, 'the delete confirmation');
    await expect(el).to.be.accessible();
  });

  it('an error banner with Retry', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse').reply('threads.add_user_message', 'threads.add_user_message.error.sse');
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    await sendAndWait(el, 'error please');
    expect(deepQuery(el, '[part="error"] button')?.textContent.trim()).to.equal('Retry');
    await expect(el).to.be.accessible();
  });

  it('structured input in place of the composer', async () => {
    const f = fakeFetch()
      .reply('threads.create', 'threads.create.sse')
      .reply('threads.add_user_message', 'threads.add_user_message.question.sse');
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me the demo');
    await sendAndWait(el, 'ask me a question');
    expect(deepQuery(el, 'ck-structured-input'), 'questions shown').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('dark mode: start screen, conversation with widgets, history', async () => {
    const f = fakeFetch().reply('threads.list', 'threads.list.json');
    const start = await mountChat(fakeFetch(), { ...FULL, theme: 'dark' });
    expect(start.dataset['colorScheme']).to.equal('dark');
    await expect(start).to.be.accessible();
    const el = await demoConversation(f, { ...FULL, theme: 'dark' });
    await expect(el).to.be.accessible();
    await openHistory(el);
    await expect(el).to.be.accessible();
  });

  it('right-to-left (locale ar): start screen, conversation with widgets, history', async () => {
    const f = fakeFetch().reply('threads.list', 'threads.list.json');
    const start = await mountChat(fakeFetch(), { ...FULL, locale: 'ar' });
    expect(start.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(start).to.be.accessible();
    const el = await demoConversation(f, { ...FULL, locale: 'ar' });
    await expect(el).to.be.accessible();
    await openHistory(el);
    await expect(el).to.be.accessible();
  });

  it('a thread opened from the history (threads.get_by_id)', async () => {
    const thread = (await (await fetch(new URL('../fixtures/chatkit-server/threads.get_by_id.json', import.meta.url))).json()) as {
      items: { data: unknown[] };
    };
    const f = fakeFetch()
      .reply('threads.get_by_id', { json: thread })
      .reply('items.list', { json: { data: [...thread.items.data].reverse(), has_more: false } });
    const el = await mountChat(f, { initialThread: THREAD_ID });
    await until(el, () => deepQuery(el, 'ck-message') !== null, 'the thread');
    await expect(el).to.be.accessible();
  });
});
