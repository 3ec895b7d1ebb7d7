/** The client's idle timeout, and what the session makes of it: an error with Retry that works. */
import { expect } from '@open-wc/testing';
import { ChatKitClient } from '../../src/protocol/client.js';
import type { RequestOfType } from '../../src/schemas/index.js';
import { TimeoutError } from '../../src/protocol/errors.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { loadFixture } from '../helpers/fixtures.js';
import { createSession } from '../controller/session-helpers.js';

const create: RequestOfType<'threads.create'> = {
  type: 'threads.create',
  params: { input: { content: [{ type: 'input_text', text: 'hi' }], attachments: [], inference_options: {} } },
};

async function drain(client: ChatKitClient): Promise<{ events: number; error: unknown }> {
  let events = 0;
  try {
    const stream = client.stream(create);
    while (!(await stream.next()).done) events += 1;
  } catch (error) {
    return { events, error };
  }
  return { events, error: undefined };
}

describe('faults: idle timeout', () => {
  it('a response that never arrives fails with TimeoutError, even through a fetch that ignores abort', async () => {
    const f = fakeFetch().reply('threads.create', { sse: '', responseDelay: 60_000, ignoreAbort: true });
    const { error } = await drain(new ChatKitClient({ url: '/chatkit', fetch: f.fetch, timeout: 40 }));
    expect(error).to.be.instanceOf(TimeoutError);
    expect((error as TimeoutError).code).to.equal('timeout');
    expect((error as Error).message).to.contain('threads.create');
    expect(f.calls[0]!.signal?.aborted).to.equal(true);
  });

  it('a body that goes silent after some events fails with TimeoutError and keeps the events', async () => {
    // Loaded first: the capture's own fetch must not eat the short timeout.
    const f = fakeFetch().reply('threads.create', { sse: await loadFixture('threads.create.sse'), hold: true });
    const { events, error } = await drain(new ChatKitClient({ url: '/chatkit', fetch: f.fetch, timeout: 40 }));
    expect(events).to.equal(43);
    expect(error).to.be.instanceOf(TimeoutError);
  });

  it('a slow drip is progress: no timeout while bytes keep coming', async () => {
    const text = 'data: {"type":"progress_update","icon":"sparkle","text":"Thinking…"}\n\n';
    const f = fakeFetch().reply('threads.create', { sse: text.repeat(2), chunk: 8, delay: 10 });
    const { events, error } = await drain(new ChatKitClient({ url: '/chatkit', fetch: f.fetch, timeout: 60 }));
    expect(error).to.equal(undefined);
    expect(events).to.equal(2);
  });

  it('timeout 0 turns it off; an abort is still an abort', async () => {
    const f = fakeFetch().reply('items.list', { json: {}, responseDelay: 60_000 });
    const client = new ChatKitClient({ url: '/chatkit', fetch: f.fetch, timeout: 0 });
    const abort = new AbortController();
    const pending = client.send({ type: 'items.list', params: { thread_id: 't' } }, { signal: abort.signal }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 80));
    abort.abort();
    const error = await pending;
    expect((error as Error).name).to.equal('AbortedError');
  });

  it('a timed-out send shows an error with Retry; retrying completes the turn once', async () => {
    const f = fakeFetch()
      .replyOnce('threads.create', { sse: '', responseDelay: 60_000 })
      .reply('threads.create', { sse: await loadFixture('threads.create.sse') });
    const client = new ChatKitClient({ url: '/chatkit', fetch: f.fetch, timeout: 40 });
    const { session, errors } = createSession(f, {}, client);
    const saved = await session.sendMessage({ content: [{ type: 'input_text', text: 'hi' }] });
    expect(saved).to.equal(false);
    expect(errors.map((e) => e.name)).to.deep.equal(['TimeoutError']);
    const state = session.store.getState();
    expect(state.error?.allowRetry).to.equal(true);
    expect(state.responding).to.equal(false);
    expect([...state.items.values()].filter((i) => i.type === 'user_message')).to.have.length(0);
    await session.sendMessage({ content: [{ type: 'input_text', text: 'hi' }] });
    const users = [...session.store.getState().items.values()].filter((i) => i.type === 'user_message');
    expect(users).to.have.length(1);
    expect(session.store.getState().error).to.equal(null);
  });
});
