import { expect } from '@open-wc/testing';
import { ThreadHistory, groupThreadsByDate, parseTimestamp, type ThreadHistoryState } from '../../src/controller/thread-history.js';
import { ChatKitClient } from '../../src/protocol/client.js';
import type { ThreadMetadata } from '../../src/schemas/index.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { loadJsonFixture } from '../helpers/fixtures.js';

function history(f: FakeFetch, pageSize?: number): ThreadHistory {
  const client = new ChatKitClient({ url: '/chatkit', fetch: f.fetch });
  return new ThreadHistory({ send: (request, options) => client.send(request, options), pageSize });
}

const thread = (id: string, title: string | undefined, created_at = '2026-11-23T10:00:00'): ThreadMetadata => ({
  id,
  title,
  created_at,
  status: { type: 'active' },
  metadata: {},
});

const listed = (...threads: ThreadMetadata[]) => threads.map((t) => ({ ...t, items: { data: [], has_more: false } }));
const titles = (state: ThreadHistoryState): (string | undefined)[] => state.threads.map((t) => t.title);

/** A promise you settle by hand, for replies that must arrive in a chosen order. */
function deferred(): { promise: Promise<Response>; resolve: (json: unknown) => void } {
  let resolve!: (json: unknown) => void;
  const promise = new Promise<Response>((done) => {
    resolve = (json) => {
      done(new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } }));
    };
  });
  return { promise, resolve };
}

describe('ThreadHistory', () => {
  it('loads the first and next page as the captures did, with the requests they sent', async () => {
    const f = fakeFetch().replyOnce('threads.list', 'threads.list.json').replyOnce('threads.list', 'threads.list.page2.json');
    const h = history(f, 1);
    const states: ThreadHistoryState[] = [];
    h.subscribe((s) => states.push(s));

    const first = h.refresh();
    expect(h.state.loading).to.equal(true);
    await first;
    expect(titles(h.state)).to.deep.equal(['second thread']);
    expect(h.state).to.include({ hasMore: true, loading: false, loaded: true, error: null });
    expect('items' in h.state.threads[0]!).to.equal(false);

    await h.loadMore();
    expect(titles(h.state)).to.deep.equal(['second thread', 'Renamed thread']);
    expect(h.state.hasMore).to.equal(true);

    const sent = f.callsOf('threads.list').map((call) => ({ type: call.body.type, params: call.body.params }));
    expect(sent).to.deep.equal([await loadJsonFixture('threads.list.request.json'), await loadJsonFixture('threads.list.page2.request.json')]);
    expect(states.map((s) => s.loading)).to.deep.equal([true, false, true, false]);
  });

  it('asks for 20 threads, newest first, by default', async () => {
    const f = fakeFetch().reply('threads.list', { json: { data: [], has_more: false } });
    const h = history(f);
    await h.refresh();
    expect(f.callsOf('threads.list')[0]!.body.params).to.deep.equal({ limit: 20, order: 'desc' });
    expect(h.state).to.include({ loaded: true, hasMore: false });
    expect(h.state.threads).to.deep.equal([]);
  });

  it('collapses concurrent loadMore calls into one request and stops when there is no more', async () => {
    const f = fakeFetch()
      .replyOnce('threads.list', { json: { data: listed(thread('a', 'A')), has_more: true, after: 'a' } })
      .replyOnce('threads.list', { json: { data: listed(thread('b', 'B')), has_more: false } });
    const h = history(f);
    await h.refresh();
    await Promise.all([h.loadMore(), h.loadMore(), h.loadMore()]);
    expect(f.callsOf('threads.list').length).to.equal(2);
    expect(f.callsOf('threads.list')[1]!.body.params).to.deep.equal({ limit: 20, order: 'desc', after: 'a' });
    expect(titles(h.state)).to.deep.equal(['A', 'B']);
    expect(h.state.hasMore).to.equal(false);
    await h.loadMore();
    expect(f.callsOf('threads.list').length).to.equal(2);
  });

  it('loadMore before any page loads the first page', async () => {
    const f = fakeFetch().reply('threads.list', { json: { data: listed(thread('a', 'A')), has_more: false } });
    const h = history(f);
    await h.loadMore();
    expect(f.callsOf('threads.list')[0]!.body.params).to.deep.equal({ limit: 20, order: 'desc' });
    expect(titles(h.state)).to.deep.equal(['A']);
  });

  it('reports a failed page as an error code, keeps the list, and retries the same cursor', async () => {
    const f = fakeFetch()
      .replyOnce('threads.list', { json: { data: listed(thread('a', 'A')), has_more: true, after: 'a' } })
      .replyOnce('threads.list', { status: 500, json: { error: 'boom' } })
      .replyOnce('threads.list', { json: { data: listed(thread('b', 'B')), has_more: false } });
    const h = history(f);
    await h.refresh();
    await h.loadMore();
    expect(h.state).to.include({ error: 'http', loading: false, hasMore: true });
    expect(titles(h.state)).to.deep.equal(['A']);
    await h.loadMore();
    expect(h.state.error).to.equal(null);
    expect(titles(h.state)).to.deep.equal(['A', 'B']);
    expect(f.callsOf('threads.list')[2]!.body.params).to.deep.equal({ limit: 20, order: 'desc', after: 'a' });
  });

  it('reports a first page that fails with a network error', async () => {
    const f = fakeFetch().reply('threads.list', { networkError: true });
    const h = history(f);
    await h.refresh();
    expect(h.state).to.include({ error: 'network', loaded: false, loading: false });
  });

  it('ignores the late reply of a refresh superseded by another refresh', async () => {
    const slow = deferred();
    const f = fakeFetch()
      .replyOnce('threads.list', { response: () => slow.promise })
      .replyOnce('threads.list', { json: { data: listed(thread('new', 'Fresh')), has_more: false } });
    const h = history(f);
    const first = h.refresh();
    await f.waitForCalls(1);
    await h.refresh();
    slow.resolve({ data: listed(thread('old', 'Stale')), has_more: true, after: 'old' });
    await first;
    expect(titles(h.state)).to.deep.equal(['Fresh']);
    expect(h.state).to.include({ hasMore: false, loading: false, error: null });
    expect(f.callsOf('threads.list')[0]!.signal?.aborted).to.equal(true);
  });

  it('renames with the capture: the title changes at once and the server thread replaces it', async () => {
    const f = fakeFetch()
      .reply('threads.list', { json: { data: listed(thread('thr_b46d1d4c', 'Old title', '2026-11-23T19:11:55.571188')), has_more: false } })
      .reply('threads.update', 'threads.update.json');
    const h = history(f);
    await h.refresh();
    const done = h.rename('thr_b46d1d4c', 'Renamed thread');
    expect(titles(h.state)).to.deep.equal(['Renamed thread']);
    await done;
    const call = f.callsOf('threads.update')[0]!;
    expect({ type: call.body.type, params: call.body.params }).to.deep.equal(await loadJsonFixture('threads.update.request.json'));
    expect(h.state.threads[0]).to.deep.equal({ ...thread('thr_b46d1d4c', 'Renamed thread', '2026-11-23T19:11:55.571188') });
  });

  it('reverts an optimistic rename that fails and rejects', async () => {
    const f = fakeFetch()
      .reply('threads.list', { json: { data: listed(thread('t1', 'Keep me')), has_more: false } })
      .reply('threads.update', { status: 404, json: { detail: 'not found' } });
    const h = history(f);
    await h.refresh();
    const error = await h.rename('t1', 'Nope').then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as { code?: string } | null)?.code).to.equal('http');
    expect(titles(h.state)).to.deep.equal(['Keep me']);
  });

  it('deletes with the capture, removing the entry only after the server confirmed', async () => {
    const f = fakeFetch()
      .reply('threads.list', { json: { data: listed(thread('x', 'X'), thread('thr_b46d1d4c', 'Gone')), has_more: false } })
      .reply('threads.delete', 'threads.delete.json');
    const h = history(f);
    await h.refresh();
    const done = h.remove('thr_b46d1d4c');
    expect(titles(h.state)).to.deep.equal(['X', 'Gone']);
    await done;
    expect(titles(h.state)).to.deep.equal(['X']);
    const call = f.callsOf('threads.delete')[0]!;
    expect({ type: call.body.type, params: call.body.params }).to.deep.equal(await loadJsonFixture('threads.delete.request.json'));
  });

  it('keeps the entry and rejects when a delete fails', async () => {
    const f = fakeFetch()
      .reply('threads.list', { json: { data: listed(thread('t1', 'Stay')), has_more: false } })
      .reply('threads.delete', { status: 500, json: {} });
    const h = history(f);
    await h.refresh();
    let rejected = false;
    await h.remove('t1').catch(() => (rejected = true));
    expect(rejected).to.equal(true);
    expect(titles(h.state)).to.deep.equal(['Stay']);
  });

  it('upserts the open thread at the top and forgets threads locally', async () => {
    const f = fakeFetch().reply('threads.list', { json: { data: listed(thread('a', 'A'), thread('b', 'B'), thread('c', 'C')), has_more: false } });
    const h = history(f);
    await h.refresh();
    h.upsert({ ...thread('c', 'C retitled'), items: { data: [], has_more: false } });
    expect(titles(h.state)).to.deep.equal(['C retitled', 'A', 'B']);
    expect('items' in h.state.threads[0]!).to.equal(false);
    h.upsert(thread('n', 'New'));
    expect(titles(h.state)).to.deep.equal(['New', 'C retitled', 'A', 'B']);
    h.forget('a');
    expect(titles(h.state)).to.deep.equal(['New', 'C retitled', 'B']);
    expect(f.calls.length).to.equal(1);
  });

  it('keeps a thread created during a refresh, and does not repeat an upserted thread in a later page', async () => {
    const slow = deferred();
    const f = fakeFetch()
      .replyOnce('threads.list', { response: () => slow.promise })
      .replyOnce('threads.list', { json: { data: listed(thread('b', 'B'), thread('n', 'New')), has_more: false } });
    const h = history(f);
    const loading = h.refresh();
    h.upsert(thread('n', 'New'));
    slow.resolve({ data: listed(thread('a', 'A')), has_more: true, after: 'a' });
    await loading;
    expect(titles(h.state)).to.deep.equal(['New', 'A']);
    await h.loadMore();
    expect(titles(h.state)).to.deep.equal(['New', 'A', 'B']);
  });

  it('unsubscribes listeners', async () => {
    const f = fakeFetch().reply('threads.list', { json: { data: [], has_more: false } });
    const h = history(f);
    let calls = 0;
    const off = h.subscribe(() => (calls += 1));
    off();
    await h.refresh();
    expect(calls).to.equal(0);
    expect(h.state.loaded).to.equal(true);
  });
});

describe('parseTimestamp', () => {
  it('reads naive server timestamps as UTC and keeps explicit zones', () => {
    expect(parseTimestamp('2026-11-23T19:12:05.915757').toISOString()).to.equal('2026-11-23T19:12:05.915Z');
    expect(parseTimestamp('2026-11-23 19:12').toISOString()).to.equal('2026-11-23T19:12:00.000Z');
    expect(parseTimestamp('2026-11-23T19:12:05+02:00').toISOString()).to.equal('2026-11-23T17:12:05.000Z');
    expect(parseTimestamp('2026-11-23').toISOString()).to.equal('2026-11-23T00:00:00.000Z');
  });
});

describe('groupThreadsByDate', () => {
  // Local wall-clock times, written as the server would (naive UTC), so the test holds in any zone.
  const now = new Date(2026, 10, 23, 12, 0);
  const at = (year: number, month: number, day: number, hour = 9): string => new Date(year, month, day, hour).toISOString().replace('Z', '');

  it('groups into today, yesterday, previous 7 and 30 days, then months', () => {
    const threads = [
      thread('t1', 'today', at(2026, 10, 23, 1)),
      thread('t2', 'yesterday late', at(2026, 10, 22, 23)),
      thread('t3', 'six days', at(2026, 10, 17)),
      thread('t4', 'seven days', at(2026, 10, 16)),
      thread('t5', 'eight days', at(2026, 10, 15)),
      thread('t6', 'thirty days', at(2026, 9, 24)),
      thread('t7', 'october', at(2026, 9, 2)),
      thread('t8', 'last year', at(2025, 11, 31)),
      thread('t9', 'also last year', at(2025, 11, 1)),
    ];
    const groups = groupThreadsByDate(threads, now);
    expect(groups.map((g) => [g.key, g.month?.getMonth() ?? null, g.threads.map((t) => t.id)])).to.deep.equal([
      ['today', null, ['t1']],
      ['yesterday', null, ['t2']],
      ['previous7Days', null, ['t3', 't4']],
      ['previous30Days', null, ['t5', 't6']],
      ['month', 9, ['t7']],
      ['month', 11, ['t8', 't9']],
    ]);
    expect(groups[5]!.month?.getFullYear()).to.equal(2025);
  });

  it('puts future and unreadable dates under today', () => {
    const groups = groupThreadsByDate([thread('f', 'future', at(2026, 10, 25)), thread('x', 'bad', 'not a date')], now);
    expect(groups.map((g) => [g.key, g.threads.length])).to.deep.equal([['today', 2]]);
  });
});
