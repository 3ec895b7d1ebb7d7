import { expect } from '@open-wc/testing';
import { afterChunks, ChunkErrorEvent, lazyChunk } from '../../src/widgets/lazy-chunk.js';

describe('lazyChunk', () => {
  it('imports once, then hands the module over synchronously', async () => {
    let imports = 0;
    const chunk = lazyChunk(() => {
      imports += 1;
      return Promise.resolve({ answer: 42 });
    });
    expect(chunk.module).to.equal(null);
    const first = chunk.load();
    expect(chunk.pending).to.equal(first);
    const [a, b] = await Promise.all([first, chunk.load()]);
    expect(a).to.equal(b);
    expect(chunk.module).to.deep.equal({ answer: 42 });
    expect(chunk.pending).to.equal(null);
    await chunk.load();
    expect(imports).to.equal(1);
  });

  it('rejects a failed load and tries again on the next call', async () => {
    let attempts = 0;
    const chunk = lazyChunk(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('loaded');
    });
    let loadedWith: unknown = null;
    void chunk.loaded.then((module) => {
      loadedWith = module;
    });
    let failure: unknown = null;
    await chunk.load().catch((error: unknown) => {
      failure = error;
    });
    // `loaded` waits for a load that succeeds; a failure does not settle it.
    expect(loadedWith).to.equal(null);
    expect(failure).to.be.instanceOf(Error);
    expect(chunk.module).to.equal(null);
    expect(chunk.pending).to.equal(null);
    expect(await chunk.load()).to.equal('loaded');
    expect(attempts).to.equal(2);
    expect(await chunk.loaded).to.equal('loaded');
    expect(loadedWith).to.equal('loaded');
  });
});

describe('afterChunks', () => {
  it('resolves after the pending chunks settled (failed ones too) and the update after them', async () => {
    const order: string[] = [];
    let rejectLoad: (reason: unknown) => void = () => undefined;
    // Like LazyChunk.pending: the load while it is in flight, `null` once it has settled.
    let pending: Promise<unknown> | null = new Promise((_, reject) => {
      rejectLoad = reject;
    }).finally(() => {
      pending = null;
    });
    const done = afterChunks(
      () => [pending],
      () => {
        order.push(pending ? 'update while loading' : 'update after');
        return Promise.resolve(true);
      },
    );
    rejectLoad(new Error('offline'));
    expect(await done).to.equal(true);
    expect(order).to.deep.equal(['update while loading', 'update after']);
  });
});

describe('ChunkErrorEvent', () => {
  it('crosses shadow roots and says which part failed, keeping the cause', () => {
    const cause = new TypeError('Failed to fetch dynamically imported module');
    const event = new ChunkErrorEvent(cause);
    expect(event.type).to.equal('ck-chunk-error');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.error.message).to.include('could not be loaded');
    expect(event.detail.error.cause).to.equal(cause);
  });
});
