/**
 * Fuzzing the SSE parser: a stream built from a random list of events parses back to exactly
 * those events, whatever the line endings, comments, extra fields and chunk boundaries (bytes
 * split inside UTF-8 sequences, between CR and LF, inside field names).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createSseParser, readSse, type SseMessage } from '../../src/protocol/sse.js';
import { fixtureNames, loadFixture, sseCapturePayloads } from '../helpers/fixtures.js';
import { fuzzParams, fuzzTimeout } from './config.js';

type LineEnd = '\n' | '\r' | '\r\n';

/** One event as generated: what goes on the wire and what the parser must give back. */
interface EventSpec {
  /** Data; may hold CR, LF and CRLF, which become several `data:` lines. */
  data: string;
  event: string | null;
  id: string | null;
  retry: string | null;
  comments: string[];
  unknown: { field: string; value: string }[];
  /** Omit the space after the colon where the value allows it. */
  tight: boolean;
  /** Order of the non-data lines relative to the data lines (a shuffle key). */
  order: number[];
}

interface StreamSpec {
  bom: boolean;
  events: EventSpec[];
  /** Line ending of each line, cycled. */
  ends: LineEnd[];
  /** Blank-line-only "events" (no data) between real ones, which must not dispatch. */
  emptyBlocks: number[];
}

// Values of single-line fields: any code point but CR and LF.
const lineValue = fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ''));
// Data mixes plain text, line breaks of every kind, BOMs, NULs, astral characters and colons.
const dataValue = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('\n', '\r', '\r\n', '\uFEFF', '\0', ':', ' ', '😀', 'é', 'data: x')), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const fieldName = fc.stringMatching(/^[a-z]{1,6}$/).filter((name) => !['data', 'event', 'id', 'retry'].includes(name));

const eventSpec: fc.Arbitrary<EventSpec> = fc.record({
  data: dataValue,
  event: fc.option(lineValue, { nil: null }),
  id: fc.option(fc.oneof(lineValue, fc.constant('a\0b')), { nil: null }),
  retry: fc.option(fc.oneof(fc.nat({ max: 100000 }).map(String), fc.constantFrom('abc', '-1', '1.5', '')), { nil: null }),
  comments: fc.array(lineValue, { maxLength: 2 }),
  unknown: fc.array(fc.record({ field: fieldName, value: lineValue }), { maxLength: 2 }),
  tight: fc.boolean(),
  order: fc.array(fc.nat({ max: 10 }), { minLength: 8, maxLength: 8 }),
});

const streamSpec: fc.Arbitrary<StreamSpec> = fc.record({
  bom: fc.boolean(),
  events: fc.array(eventSpec, { maxLength: 6 }),
  ends: fc.array(fc.constantFrom<LineEnd>('\n', '\r', '\r\n'), { minLength: 1, maxLength: 5 }),
  emptyBlocks: fc.array(fc.nat({ max: 2 }), { maxLength: 6 }),
});

/** `name: value`, keeping a leading space of the value (the parser strips exactly one). */
function fieldLine(name: string, value: string, tight: boolean): string {
  if (value === '' && tight) return name;
  const space = tight && !value.startsWith(' ') ? '' : ' ';
  return `${name}:${space}${value}`;
}

/** The lines of one event, before the blank line that dispatches it. */
function eventLines(spec: EventSpec): string[] {
  const data = spec.data.split(/\r\n|\r|\n/).map((line) => fieldLine('data', line, spec.tight));
  const others: string[] = [
    ...(spec.event !== null ? [fieldLine('event', spec.event, spec.tight)] : []),
    ...(spec.id !== null ? [fieldLine('id', spec.id, spec.tight)] : []),
    ...(spec.retry !== null ? [fieldLine('retry', spec.retry, spec.tight)] : []),
    ...spec.comments.map((comment) => `:${comment}`),
    ...spec.unknown.map(({ field, value }) => fieldLine(field, value, spec.tight)),
  ];
  // Interleave the other fields among the data lines by the generated keys.
  const lines = [...data];
  others.forEach((line, i) => {
    const at = (spec.order[i % spec.order.length] ?? 0) % (lines.length + 1);
    lines.splice(at, 0, line);
  });
  return lines;
}

/** The wire text of a stream and the messages and retries it must produce. */
function serialize(spec: StreamSpec): { text: string; messages: SseMessage[]; retries: number[] } {
  const lines: string[] = [];
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  spec.events.forEach((event, i) => {
    for (let k = 0; k < (spec.emptyBlocks[i] ?? 0); k++) lines.push('');
    lines.push(...eventLines(event), '');
    const message: SseMessage = { data: event.data.split(/\r\n|\r|\n/).join('\n') };
    if (event.event !== null && event.event !== '') message.event = event.event;
    if (event.id !== null && !event.id.includes('\0')) message.id = event.id;
    messages.push(message);
    if (event.retry !== null && /^\d+$/.test(event.retry)) retries.push(Number(event.retry));
  });
  let text = spec.bom ? '\uFEFF' : '';
  let previous: LineEnd | null = null;
  lines.forEach((line, i) => {
    let end = spec.ends[i % spec.ends.length] ?? '\n';
    // CR then an empty line ended by LF would read as one CRLF: a different stream, not a bug.
    if (previous === '\r' && line === '' && end === '\n') end = '\r\n';
    text += line + end;
    previous = end;
  });
  return { text, messages, retries };
}

/** Cuts `input` at the given offsets (any order, duplicates and out-of-range ones ignored). */
function cutAt<T extends string | Uint8Array>(input: T, offsets: readonly number[]): T[] {
  const points = [...new Set(offsets.map((n) => n % (input.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const point of [...points, input.length]) {
    if (point > start) pieces.push(input.slice(start, point) as T);
    start = Math.max(start, point);
  }
  return pieces;
}

function parseChunks(chunks: readonly string[]): { messages: SseMessage[]; retries: number[] } {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  const parser = createSseParser((message) => messages.push(message), { onRetry: (ms) => retries.push(ms) });
  for (const chunk of chunks) parser.feed(chunk);
  return { messages, retries };
}

function bodyOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

async function readAll(chunks: readonly Uint8Array[]): Promise<SseMessage[]> {
  const messages: SseMessage[] = [];
  for await (const message of readSse(bodyOf(chunks))) messages.push(message);
  return messages;
}

const offsets = fc.array(fc.nat({ max: 100000 }), { maxLength: 40 });
const captures = await fixtureNames('.sse');
const encoder = new TextEncoder();

describe('fuzz: SSE parser', function () {
  this.timeout(fuzzTimeout());

  it('gives back the generated events and retries, fed as one chunk', () => {
    fc.assert(
      fc.property(streamSpec, (spec) => {
        const { text, messages, retries } = serialize(spec);
        const parsed = parseChunks([text]);
        expect(parsed.messages).to.deep.equal(messages);
        expect(parsed.retries).to.deep.equal(retries);
      }),
      fuzzParams('sse.one-chunk', 200),
    );
  });

  it('gives the same events for any split of the text (CR|LF, surrogate pairs, field names)', () => {
    fc.assert(
      fc.property(streamSpec, offsets, (spec, cuts) => {
        const { text, messages, retries } = serialize(spec);
        const parsed = parseChunks(cutAt(text, cuts));
        expect(parsed.messages).to.deep.equal(messages);
        expect(parsed.retries).to.deep.equal(retries);
      }),
      fuzzParams('sse.text-split', 200),
    );
  });

  it('gives the same events for any split of the UTF-8 bytes (inside multi-byte characters)', async () => {
    await fc.assert(
      fc.asyncProperty(streamSpec, offsets, async (spec, cuts) => {
        const { text, messages } = serialize(spec);
        expect(await readAll(cutAt(encoder.encode(text), cuts))).to.deep.equal(messages);
      }),
      fuzzParams('sse.byte-split', 100, 0.5),
    );
  });

  it('drops an event the stream ends in the middle of, and nothing before it', () => {
    fc.assert(
      fc.property(streamSpec, fc.nat(), (spec, at) => {
        const { text } = serialize(spec);
        const cut = at % (text.length + 1);
        const whole = parseChunks([text]).messages;
        const head = parseChunks([text.slice(0, cut)]).messages;
        // A truncated stream yields a prefix of the full one: nothing invented, nothing reordered.
        expect(head).to.deep.equal(whole.slice(0, head.length));
      }),
      fuzzParams('sse.truncated', 200),
    );
  });

  it('has real captures to replay', () => {
    expect(captures.length).to.be.greaterThan(10);
  });

  it('parses every real capture the same for any byte split', async () => {
    const texts = await Promise.all(captures.map(async (name) => ({ name, text: await loadFixture(name) })));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: texts.length - 1 }), offsets, async (index, cuts) => {
        const { text } = texts[index] as { name: string; text: string };
        const expected = sseCapturePayloads(text).map((data) => ({ data }));
        expect(await readAll(cutAt(encoder.encode(text), cuts))).to.deep.equal(expected);
      }),
      fuzzParams('sse.captures', 60, 0.25),
    );
  });
});
