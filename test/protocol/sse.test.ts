import { expect } from '@open-wc/testing';
import { createSseParser, readSse, readSseBatches, type SseMessage } from '../../src/protocol/sse.js';
import { fixtureNames, loadFixture, sseCapturePayloads } from '../helpers/fixtures.js';
import { splitIntoChunks, type ChunkSpec } from '../helpers/fake-fetch.js';

/** Feeds `chunks` to a fresh parser and returns every dispatched message. */
function parse(chunks: readonly string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const parser = createSseParser((message) => messages.push(message));
  for (const chunk of chunks) parser.feed(chunk);
  return messages;
}

const dataOf = (messages: readonly SseMessage[]): string[] => messages.map((message) => message.data);

const blocksOf = sseCapturePayloads;

function bodyOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[i++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
}

async function collect(body: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<SseMessage[]> {
  const messages: SseMessage[] = [];
  for await (const message of readSse(body, signal)) messages.push(message);
  return messages;
}

const captures = await fixtureNames('.sse');

const chunkings: { label: string; spec: ChunkSpec | undefined }[] = [
  { label: 'whole', spec: undefined },
  { label: '1 char', spec: 1 },
  { label: '3 chars', spec: 3 },
  { label: 'cycling 1,7,2,64', spec: [1, 7, 2, 64] },
  { label: 'random seed 1', spec: { random: [1, 40], seed: 1 } },
  { label: 'random seed 42', spec: { random: [1, 400], seed: 42 } },
];

describe('createSseParser', () => {
  it('has captures to replay', () => {
    expect(captures.length).to.be.greaterThan(10);
  });

  for (const name of captures) {
    describe(name, () => {
      for (const { label, spec } of chunkings) {
        it(`yields the same data as splitting on blank lines (${label})`, async () => {
          const text = await loadFixture(name);
          const messages = parse(splitIntoChunks(text, spec));
          expect(dataOf(messages)).to.deep.equal(blocksOf(text));
          for (const message of messages) {
            expect(message.event).to.equal(undefined);
            expect(message.id).to.equal(undefined);
          }
        });
      }

      for (const [label, eol] of [
        ['CRLF', '\r\n'],
        ['CR', '\r'],
      ] as const) {
        it(`handles ${label} line endings split anywhere`, async () => {
          const text = await loadFixture(name);
          const converted = text.replaceAll('\n', eol);
          for (const spec of [1, 2, 5, { random: [1, 30], seed: 7 }] as const) {
            expect(dataOf(parse(splitIntoChunks(converted, spec)))).to.deep.equal(blocksOf(text));
          }
        });
      }
    });
  }

  it('emits nothing for the empty bodies of failed turns', async () => {
    const text = await loadFixture('error.add_message_unknown_thread.sse');
    expect(text).to.equal('');
    expect(parse([text])).to.deep.equal([]);
  });

  it('joins multi-line data with \\n and strips exactly one leading space', () => {
    const messages = parse(['data: first\ndata:second\ndata:  third\ndata\ndata: \n\n']);
    expect(dataOf(messages)).to.deep.equal(['first\nsecond\n third\n\n']);
  });

  it('dispatches only on a blank line, and drops an unterminated event', () => {
    const messages: SseMessage[] = [];
    const parser = createSseParser((message) => messages.push(message));
    parser.feed('data: a\n');
    expect(messages).to.deep.equal([]);
    parser.feed('\ndata: b\n');
    expect(dataOf(messages)).to.deep.equal(['a']);
    parser.feed('data: c');
    expect(dataOf(messages)).to.deep.equal(['a']);
  });

  it('does not dispatch an event without data', () => {
    expect(parse(['event: ping\n\nid: 3\n\n\n\nretry: 10\n\n'])).to.deep.equal([]);
  });

  it('dispatches an event whose only data line is empty', () => {
    expect(parse(['data:\n\n', 'data\n\n'])).to.deep.equal([{ data: '' }, { data: '' }]);
  });

  it('ignores comment lines, also between data lines', () => {
    const messages = parse([': heartbeat\n\n:\n\ndata: a\n: in the middle\ndata: b\n\n']);
    expect(dataOf(messages)).to.deep.equal(['a\nb']);
  });

  it('reads event and id fields and reports retry', () => {
    const retries: number[] = [];
    const messages: SseMessage[] = [];
    const parser = createSseParser((message) => messages.push(message), { onRetry: (ms) => retries.push(ms) });
    parser.feed('event: update\nid: 42\nretry: 1500\ndata: x\n\nretry: soon\nid: a\0b\ndata: y\n\n');
    expect(messages).to.deep.equal([{ data: 'x', event: 'update', id: '42' }, { data: 'y' }]);
    expect(retries).to.deep.equal([1500]);
  });

  it('ignores unknown fields and keeps text after the first colon', () => {
    const messages = parse(['foo: bar\nDATA: nope\ndata: {"a":"b:c"}\n\n']);
    expect(dataOf(messages)).to.deep.equal(['{"a":"b:c"}']);
  });

  it('treats a CR at the end of a chunk and a LF at the start of the next as one line ending', () => {
    const messages = parse(['data: a\r', '\n', '\r', '\ndata: b\r', '\r', 'data: c\r\n\r\n']);
    expect(dataOf(messages)).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps a multi-line event together when CRLF is split between chunks', () => {
    expect(dataOf(parse(['data: a\r', '\ndata: b\r', '\n\r', '\n']))).to.deep.equal(['a\nb']);
    const text = 'event: e\ndata: one\n: note\ndata: two\nid: 7\n\ndata:three\ndata\n\n';
    const expected: SseMessage[] = [{ data: 'one\ntwo', event: 'e', id: '7' }, { data: 'three\n' }];
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const spec of [1, 2, 3, { random: [1, 6], seed: 9 }] as const) {
        expect(parse(splitIntoChunks(text.replaceAll('\n', eol), spec))).to.deep.equal(expected);
      }
    }
  });

  it('handles mixed line endings in one stream', () => {
    expect(dataOf(parse(['data: a\r\n\ndata: b\r\rdata: c\n\r']))).to.deep.equal(['a', 'b', 'c']);
  });

  it('gives the same events for every split of a stream mixing fields and line endings', () => {
    const text = 'data: a\r\n: c\rdata:b\n\r\nevent: x\rid: 1\r\ndata\r\rdata: d:e\n\ndata:  f\r\n\r\n';
    const expected: SseMessage[] = [{ data: 'a\nb' }, { data: '', event: 'x', id: '1' }, { data: 'd:e' }, { data: ' f' }];
    expect(parse([text])).to.deep.equal(expected);
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        expect(parse([text.slice(0, i), text.slice(i, j), text.slice(j)]), `split at ${i} and ${j}`).to.deep.equal(expected);
      }
    }
  });

  it('strips a BOM at the start of the stream only', () => {
    expect(dataOf(parse(['\uFEFFdata: a\n\n']))).to.deep.equal(['a']);
    expect(dataOf(parse(['\uFEFF', 'data: a\n\n']))).to.deep.equal(['a']);
    expect(dataOf(parse(['data: \uFEFFa\n\n']))).to.deep.equal(['\uFEFFa']);
    // A second BOM makes the field name unknown, so that line is ignored.
    expect(dataOf(parse(['\uFEFF\uFEFFdata: a\n\ndata: b\n\n']))).to.deep.equal(['b']);
  });

  it('reset() drops partial input and treats the next chunk as a new stream', () => {
    const messages: SseMessage[] = [];
    const parser = createSseParser((message) => messages.push(message));
    parser.feed('data: lost\nda');
    parser.reset();
    parser.feed('\uFEFFdata: kept\n\n');
    expect(dataOf(messages)).to.deep.equal(['kept']);
  });
});

describe('readSse', () => {
  const encoder = new TextEncoder();

  it('decodes multi-byte characters split across byte chunks', async () => {
    const text = await loadFixture('threads.add_user_message.rich.sse');
    expect(text).to.include('…');
    const bytes = encoder.encode(text);
    for (const spec of [1, 2, 3, { random: [1, 17], seed: 3 }] as const) {
      const messages = await collect(bodyOf(splitIntoChunks(bytes, spec)));
      expect(dataOf(messages)).to.deep.equal(blocksOf(text));
    }
  });

  it('readSseBatches yields the events of each network chunk together, the same events in order', async () => {
    const chunks = ['data: a\n\ndata: b\n\nda', 'ta: c\n', '\n', ': only a comment\n', 'data: d\n\ndata: e\n\n'].map((chunk) => encoder.encode(chunk));
    const batches: string[][] = [];
    for await (const batch of readSseBatches(bodyOf(chunks))) batches.push(dataOf(batch));
    expect(batches).to.deep.equal([['a', 'b'], ['c'], ['d', 'e']]);
    expect(dataOf(await collect(bodyOf(chunks)))).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('a connection that drops while the consumer is busy: the chunks that came before the drop still arrive, then the error', async () => {
    // An errored stream drops what is still queued in it, so the reader must not leave chunks there.
    const drop = new TypeError('network error');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('data: saved\n\n'));
        setTimeout(() => {
          controller.enqueue(encoder.encode('data: user message done\n\n'));
        }, 0);
        setTimeout(() => {
          controller.error(drop);
        }, 10);
      },
    });
    const seen: string[] = [];
    let failure: unknown = null;
    try {
      for await (const batch of readSseBatches(body)) {
        seen.push(...dataOf(batch));
        // Busy with these events (rendering them) while the rest arrives and the connection drops.
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    } catch (error) {
      failure = error;
    }
    expect(seen).to.deep.equal(['saved', 'user message done']);
    expect(failure).to.equal(drop);
  });

  it('decodes emoji (4-byte UTF-8, surrogate pairs) split byte by byte', async () => {
    const text = 'data: {"text":"ok 🎉 👩‍💻 …"}\r\n\r\ndata: 😀\n\n';
    const messages = await collect(bodyOf(splitIntoChunks(encoder.encode(text), 1)));
    expect(dataOf(messages)).to.deep.equal(['{"text":"ok 🎉 👩‍💻 …"}', '😀']);
  });

  it('strips a UTF-8 BOM at the start of the body', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('data: a\n\n')]);
    expect(dataOf(await collect(bodyOf(splitIntoChunks(bytes, 1))))).to.deep.equal(['a']);
  });

  it('yields events before the body ends', async () => {
    let close!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('data: first\n\n'));
        close = () => {
          controller.enqueue(encoder.encode('data: second\n\n'));
          controller.close();
        };
      },
    });
    const iterator = readSse(body);
    const first = await iterator.next();
    expect(first.value).to.deep.equal({ data: 'first' });
    close();
    expect((await iterator.next()).value).to.deep.equal({ data: 'second' });
    expect((await iterator.next()).done).to.equal(true);
  });

  it('propagates a reader error after the events before it', async () => {
    const failure = new TypeError('network error');
    // Erroring in start() would discard the queued chunk; fail on the read after it instead.
    const body = bodyOf([encoder.encode('data: a\n\ndata: cut')]);
    const reader = body.getReader();
    const failing = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.error(failure);
        else controller.enqueue(value);
      },
    });
    const seen: string[] = [];
    let caught: unknown;
    try {
      for await (const message of readSse(failing)) seen.push(message.data);
    } catch (error) {
      caught = error;
    }
    expect(seen).to.deep.equal(['a']);
    expect(caught).to.equal(failure);
  });

  it('throws the abort reason and cancels the body when the signal aborts', async () => {
    let cancelledWith: unknown = 'not cancelled';
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('data: a\n\n'));
      },
      cancel(reason) {
        cancelledWith = reason;
      },
    });
    const controller = new AbortController();
    const reason = new DOMException('stop', 'AbortError');
    const iterator = readSse(body, controller.signal);
    expect((await iterator.next()).value).to.deep.equal({ data: 'a' });
    const pending = iterator.next();
    controller.abort(reason);
    let caught: unknown;
    try {
      await pending;
    } catch (error) {
      caught = error;
    }
    expect(caught).to.equal(reason);
    expect(cancelledWith).to.equal(reason);
  });

  it('cancels the body when the consumer stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('data: a\n\ndata: b\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const message of readSse(body)) {
      expect(message.data).to.equal('a');
      break;
    }
    expect(cancelled).to.equal(true);
    expect(body.locked).to.equal(false);
  });
});
