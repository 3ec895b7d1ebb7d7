import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ChatKit } from '../src/index.js';
import { OpenAIChatKit } from '../src/openai-chatkit.js';
import { fakeFetch } from './helpers/fake-fetch.js';
import { settle, transcriptText, typeAndSend } from './helpers/mount.js';

describe('openai-chatkit drop-in entry', () => {
  it('registers <openai-chatkit> next to <chat-kit>, as a ChatKit', () => {
    const ctor = customElements.get('openai-chatkit');
    expect(ctor).to.equal(OpenAIChatKit);
    expect(customElements.get('chat-kit')).to.equal(ChatKit);
    expect(document.createElement('openai-chatkit')).to.be.instanceOf(ChatKit);
  });

  it('works like <chat-kit> for ChatKit JS code: createElement, setOptions, send, chatkit.* events', async () => {
    const f = fakeFetch().reply('threads.create', { fixture: 'threads.create.sse', chunk: { random: [1, 61], seed: 3 } });
    const host = await fixture<HTMLDivElement>(html`<div style="height: 600px; width: 480px"></div>`);
    // How ChatKit JS documents imperative creation.
    const el = document.createElement('openai-chatkit');
    el.style.cssText = 'display:block;height:100%';
    el.setOptions({ api: { url: '/chatkit', fetch: f.fetch, domainKey: 'domain_pk_test' } });
    const threadChange = oneEvent(el, 'chatkit.thread.change');
    host.append(el);
    await settle(el);

    const ended = oneEvent(el, 'chatkit.response.end');
    await typeAndSend(el, 'Show me the demo');
    const change = await threadChange;
    await ended;
    await settle(el);

    expect(f.callsOf('threads.create')[0]!.body.params!['input']).to.deep.include({
      content: [{ type: 'input_text', text: 'Show me the demo' }],
    });
    expect(change.detail).to.deep.equal({ threadId: 'thr_b46d1d4c' });
    const text = transcriptText(el);
    expect(text).to.contain('Show me the demo');
    expect(text).to.contain('Hello from the ChatKit peer.');
  });
});
