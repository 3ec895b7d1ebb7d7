import { expect, oneEvent } from '@open-wc/testing';
import type { ChatKitOptions } from '../src/index.js';
import { fakeFetch } from './helpers/fake-fetch.js';
import { composerInput, deepQuery, deepQueryAll, mountChat, recordEvents, settle, typeAndSend } from './helpers/mount.js';

const TOOLS: NonNullable<ChatKitOptions['composer']>['tools'] = [
  { id: 'events', label: 'Find events', shortLabel: 'Events', icon: 'calendar', placeholderOverride: 'Which events?' },
  { id: 'search', label: 'Search', icon: 'search', pinned: true, persistent: true },
];
const MODELS: NonNullable<ChatKitOptions['composer']>['models'] = [
  { id: 'fast', label: 'Fast', default: true },
  { id: 'smart', label: 'Smart' },
  { id: 'old', label: 'Old', disabled: true },
];

async function sendDraft(el: Parameters<typeof typeAndSend>[0], text: string): Promise<void> {
  const ended = oneEvent(el, 'chatkit.response.end');
  await typeAndSend(el, text);
  await ended;
  await settle(el);
}

describe('<chat-kit> composer tools, models and reply', () => {
  it('a selected tool changes the placeholder, is sent as tool_choice, and clears after sending', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f, { composer: { tools: TOOLS } });
    const changes = recordEvents(el, ['chatkit.tool.change']);
    await el.setComposerValue({ selectedToolId: 'events' });
    await settle(el);
    expect(composerInput(el).placeholder).to.equal('Which events?');
    await sendDraft(el, 'concerts');
    const input = (f.callsOf('threads.create')[0]!.body.params as { input: { inference_options: unknown } }).input;
    expect(input.inference_options).to.deep.equal({ tool_choice: { id: 'events' } });
    expect(changes.map((c) => c.detail)).to.deep.equal([{ toolId: 'events' }, { toolId: null }]);
  });

  it('a persistent tool stays selected after sending', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f, { composer: { tools: TOOLS } });
    const changes = recordEvents(el, ['chatkit.tool.change']);
    await el.setComposerValue({ selectedToolId: 'search' });
    await sendDraft(el, 'cats');
    expect(changes.map((c) => c.detail)).to.deep.equal([{ toolId: 'search' }]);
  });

  it('sends the default model, or the one picked; disabled models are never sent', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse').reply('threads.add_user_message', 'threads.add_user_message.rich.sse');
    const el = await mountChat(f, { composer: { models: MODELS } });
    await sendDraft(el, 'one');
    await el.setComposerValue({ selectedModelId: 'old' });
    await sendDraft(el, 'two');
    await el.setComposerValue({ selectedModelId: 'smart' });
    await sendDraft(el, 'three');
    const models = f.calls.map((c) => (c.body.params as { input: { inference_options: { model?: string } } }).input.inference_options.model);
    expect(models).to.deep.equal(['fast', 'fast', 'smart']);
  });

  it('sendUserMessage toolChoice is for that message only', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f, { composer: { tools: TOOLS } });
    const changes = recordEvents(el, ['chatkit.tool.change']);
    await el.sendUserMessage({ text: 'x', toolChoice: { id: 'events' } });
    expect((f.calls[0]!.body.params as { input: { inference_options: unknown } }).input.inference_options).to.deep.equal({
      tool_choice: { id: 'events' },
    });
    expect(changes).to.have.length(0);
  });

  it('a reply is shown above the field and sent as quoted_text', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f);
    await el.setComposerValue({ reply: 'the part I mean' });
    await settle(el);
    expect(deepQuery(el, 'ck-reply-preview')!.shadowRoot!.textContent).to.contain('the part I mean');
    await sendDraft(el, 'about this');
    expect((f.calls[0]!.body.params as { input: { quoted_text?: string } }).input.quoted_text).to.equal('the part I mean');
    expect(deepQuery(el, 'ck-reply-preview')).to.equal(null);
  });

  it('shows the disclaimer as Markdown', async () => {
    const el = await mountChat(fakeFetch(), { disclaimer: { text: 'AI can make **mistakes**.', highContrast: true } });
    const disclaimer = deepQuery(el, 'ck-disclaimer')!;
    expect(disclaimer.shadowRoot!.querySelector('strong')!.textContent).to.equal('mistakes');
  });

  it('is accessible with tools and models configured', async () => {
    const el = await mountChat(fakeFetch(), { composer: { tools: TOOLS, models: MODELS } });
    await expect(el).to.be.accessible();
  });
});

describe('<chat-kit> attachments and prompts', () => {
  it('uploads files (direct strategy), waits for them, and sends their ids', async () => {
    const attachment = { type: 'file', id: 'atc_1', name: 'notes.txt', mime_type: 'text/plain' };
    const f = fakeFetch()
      .reply((call) => call.url === '/upload', { json: attachment })
      .reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f, {
      api: { url: '/chatkit', fetch: f.fetch, uploadStrategy: { type: 'direct', uploadUrl: '/upload' } },
      composer: { attachments: { enabled: true, maxCount: 2 } },
    });
    await el.setComposerValue({ files: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] });
    await settle(el);
    expect(deepQuery(el, 'ck-attachment-tray')!.shadowRoot!.textContent).to.contain('notes.txt');
    await sendDraft(el, 'see attached');
    const input = (f.callsOf('threads.create')[0]!.body.params as { input: { attachments: string[] } }).input;
    expect(input.attachments).to.deep.equal(['atc_1']);
    expect(deepQuery(el, 'ck-attachment-tray')).to.equal(null);
  });

  it('refuses files over the limit with a clear message', async () => {
    const f = fakeFetch();
    const el = await mountChat(f, {
      api: { url: '/chatkit', fetch: f.fetch, uploadStrategy: { type: 'direct', uploadUrl: '/upload' } },
      composer: { attachments: { enabled: true, maxSize: 3 } },
    });
    await el.setComposerValue({ files: [new File(['too big'], 'big.txt', { type: 'text/plain' })] });
    await settle(el);
    expect(deepQuery(el, 'ck-composer')!.shadowRoot!.querySelector('.notice')!.textContent).to.contain('big.txt');
    expect(f.calls).to.have.length(0);
  });

  it('renders attachments in sent messages', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse').reply('threads.add_user_message', 'threads.add_user_message.attachment.sse');
    const el = await mountChat(f);
    await sendDraft(el, 'first');
    await el.sendUserMessage({ text: 'with a file' });
    await settle(el);
    const lists = deepQueryAll(el, '[part="attachments"]');
    expect(lists.length).to.equal(1);
    expect(lists[0]!.querySelectorAll('li').length).to.be.greaterThan(0);
  });

  it('shows start-screen prompt icons', async () => {
    const el = await mountChat(fakeFetch(), { startScreen: { prompts: [{ label: 'Plan a trip', prompt: 'Plan a trip', icon: 'map-pin' }] } });
    expect(deepQuery(el, '[part="prompt"] svg[data-icon="map-pin"]')).to.exist;
  });
});
