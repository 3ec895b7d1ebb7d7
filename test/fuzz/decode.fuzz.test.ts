/**
 * Fuzzing the decoder: any text, any JSON value and any mutation of a real capture event decodes
 * to either a typed event or a typed error value — never a throw, never a half-valid event.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeResponse, decodeStreamEvent, decodeTextDelta, type DecodedStreamEvent } from '../../src/protocol/decode.js';
import { InvalidJsonError, SchemaError } from '../../src/protocol/errors.js';
import { RESPONSE_SCHEMAS, ThreadStreamEventSchema, type NonStreamingRequestType } from '../../src/schemas/index.js';
import { captureEvents, fixtureNames } from '../helpers/fixtures.js';
import { fuzzParams, fuzzTimeout } from './config.js';
import { mutate, mutation } from './mutate.js';

const EVENT_TYPES = new Set(ThreadStreamEventSchema.def.options.map((option) => option.def.shape.type.def.values[0]));

/** Checks the contract of a decode result and returns it for more specific checks. */
function expectTyped(result: DecodedStreamEvent): DecodedStreamEvent {
  if (result.ok) {
    expect(EVENT_TYPES.has(result.event.type), `event type ${result.event.type}`).to.equal(true);
    // What the decoder hands out is itself a valid event (the fast path builds the same shape).
    expect(ThreadStreamEventSchema.safeParse(result.event).success).to.equal(true);
  } else {
    const { error } = result;
    expect(error instanceof InvalidJsonError || error instanceof SchemaError, String(error)).to.equal(true);
    expect(error.message).to.be.a('string');
    if (error instanceof SchemaError) expect(error.issues.length).to.be.greaterThan(0);
  }
  return result;
}

/** A marker that must never leak from payload values into an error message (they reach logs). */
const MARKER = 'S3CRET-marker';

function markStrings(value: unknown): unknown {
  if (typeof value === 'string') return `${MARKER}${value}`;
  if (Array.isArray(value)) return value.map(markStrings);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = key === 'type' ? child : markStrings(child);
    return out;
  }
  return value;
}

const names = await fixtureNames('.sse');
const events = (await Promise.all(names.map((name) => captureEvents(name)))).flat();
const RESPONSE_TYPES = Object.keys(RESPONSE_SCHEMAS) as NonStreamingRequestType[];

describe('fuzz: decoder', function () {
  this.timeout(fuzzTimeout());

  it('has real capture events to mutate, and decodes every one of them', () => {
    expect(events.length).to.be.greaterThan(50);
    for (const event of events) expect(expectTyped(decodeStreamEvent(JSON.stringify(event))).ok, event.type).to.equal(true);
  });

  it('never throws on arbitrary text and reports non-JSON as invalid_json', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = expectTyped(decodeStreamEvent(text));
        let json = true;
        try {
          JSON.parse(text);
        } catch {
          json = false;
        }
        if (!json) expect(!result.ok && result.error.code).to.equal('invalid_json');
      }),
      fuzzParams('decode.text', 300),
    );
  });

  it('never throws on any JSON value, with or without a known type', () => {
    const withType = fc.record({ type: fc.constantFrom(...EVENT_TYPES, 'unknown', ''), rest: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })) });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), withType.map(({ type, rest }) => ({ ...rest, type }))), (value) => {
        expectTyped(decodeStreamEvent(JSON.stringify(value)));
      }),
      fuzzParams('decode.json', 300),
    );
  });

  it('never throws on mutated capture events (dropped, renamed, retyped, duplicated fields)', () => {
    fc.assert(
      fc.property(fc.nat({ max: events.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        expectTyped(decodeStreamEvent(JSON.stringify(mutate(events[index], mutations))));
      }),
      fuzzParams('decode.mutated', 400),
    );
  });

  it('keeps payload text out of error messages', () => {
    fc.assert(
      fc.property(fc.nat({ max: events.length - 1 }), fc.array(mutation, { maxLength: 3 }), (index, mutations) => {
        const value = mutate(markStrings(events[index]), mutations);
        const result = decodeStreamEvent(JSON.stringify(value), 'threads.create');
        // The top-level `type` is the one value named on purpose (`event "thread.item.done"`).
        const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
        if (!result.ok && !(typeof type === 'string' && type.includes(MARKER))) expect(result.error.message).not.to.include(MARKER);
      }),
      fuzzParams('decode.no-leak', 300),
    );
  });

  it('decodes text deltas on the fast path exactly as the schema does', () => {
    const delta = fc.record(
      {
        type: fc.constantFrom('thread.item.updated', 'thread.item.done'),
        item_id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        update: fc.oneof(
          fc.record(
            {
              type: fc.constantFrom('assistant_message.content_part.text_delta', 'assistant_message.content_part.done'),
              content_index: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
              delta: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
              extra: fc.jsonValue({ maxDepth: 1 }),
            },
            { requiredKeys: [] },
          ),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        extra: fc.jsonValue({ maxDepth: 1 }),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(delta, (value) => {
        const fast = decodeTextDelta(value);
        const schema = ThreadStreamEventSchema.safeParse(value);
        if (fast !== undefined) {
          expect(schema.success).to.equal(true);
          expect(fast).to.deep.equal(schema.data);
        } else if (schema.success) {
          expect(schema.data.type === 'thread.item.updated' && schema.data.update.type === 'assistant_message.content_part.text_delta').to.equal(false);
        }
      }),
      fuzzParams('decode.fast-path', 300),
    );
  });

  it('never throws on any JSON reply of any non-streaming request', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESPONSE_TYPES), fc.oneof(fc.jsonValue(), fc.string()), (type, value) => {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        const result = decodeResponse(type, text);
        if (!result.ok) expect(result.error instanceof InvalidJsonError || result.error instanceof SchemaError).to.equal(true);
        else expect(RESPONSE_SCHEMAS[type].safeParse(result.response).success).to.equal(true);
      }),
      fuzzParams('decode.response', 300),
    );
  });
});
