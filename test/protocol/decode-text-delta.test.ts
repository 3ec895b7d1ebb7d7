import { expect } from '@open-wc/testing';
import { decodeStreamEvent, decodeTextDelta, summarizeIssues } from '../../src/protocol/decode.js';
import { SchemaError } from '../../src/protocol/errors.js';
import { ThreadStreamEventSchema } from '../../src/schemas/index.js';
import { fixtureNames, loadFixture, sseCapturePayloads } from '../helpers/fixtures.js';

/** What decoding gave before the fast path existed: the schema alone. */
function viaSchema(data: string): { ok: true; event: unknown } | { ok: false; issues: unknown } {
  const result = ThreadStreamEventSchema.safeParse(JSON.parse(data));
  return result.success ? { ok: true, event: result.data } : { ok: false, issues: summarizeIssues(result.error.issues) };
}

/** What decoding gives now, in the same form. */
function viaDecoder(data: string): { ok: true; event: unknown } | { ok: false; issues: unknown } {
  const result = decodeStreamEvent(data);
  if (result.ok) return { ok: true, event: result.event };
  if (!(result.error instanceof SchemaError)) throw new Error(`expected a SchemaError, got ${result.error.code}`);
  return { ok: false, issues: result.error.issues };
}

/** Own keys at every level, in order, so "same object" also means "no extra or missing keys". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => [`${prefix}${key}`, ...keyPaths((value as Record<string, unknown>)[key], `${prefix}${key}.`)]);
}

function expectSameAsSchema(data: string): void {
  const expected = viaSchema(data);
  const actual = viaDecoder(data);
  expect(actual).to.deep.equal(expected);
  if (expected.ok && actual.ok) expect(keyPaths(actual.event)).to.deep.equal(keyPaths(expected.event));
}

const deltaPayloads: string[] = [];
for (const name of await fixtureNames('.sse')) {
  for (const payload of sseCapturePayloads(await loadFixture(name))) {
    if (payload.includes('"assistant_message.content_part.text_delta"')) deltaPayloads.push(payload);
  }
}

const valid = {
  type: 'thread.item.updated',
  item_id: 'msg_1',
  update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'Hello' },
};
const withUpdate = (update: Record<string, unknown>): Record<string, unknown> => ({ ...valid, update: { ...valid.update, ...update } });
const withoutKey = (object: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));

/** Shapes the fast path accepts: each must decode to exactly the schema's object. */
const accepted: Record<string, unknown> = {
  'a plain delta': valid,
  'an empty delta': withUpdate({ delta: '' }),
  'a delta with newlines, quotes and non-ASCII': withUpdate({ delta: '\n\n```js\n"x" — ✓ 😀\r\n' }),
  'a second content part': withUpdate({ content_index: 3 }),
  'a float index (0.0 arrives as 0, 1.5 stays)': withUpdate({ content_index: 1.5 }),
  'a negative index': withUpdate({ content_index: -1 }),
  'extra keys on the event': { ...valid, sequence: 7, item: { id: 'x' } },
  'extra keys on the update': withUpdate({ logprobs: [], annotation_index: 2 }),
  'keys in another order': { update: { delta: 'x', content_index: 0, type: valid.update.type }, item_id: 'msg_1', type: valid.type },
  'a __proto__ key': JSON.parse(`{"__proto__":{"polluted":true},"type":"thread.item.updated","item_id":"a","update":{"type":"assistant_message.content_part.text_delta","content_index":0,"delta":"d"}}`) as unknown,
};

/** Shapes the fast path must leave to the schema. */
const rejected: Record<string, unknown> = {
  'a numeric delta': withUpdate({ delta: 5 }),
  'a null delta': withUpdate({ delta: null }),
  'an object delta': withUpdate({ delta: { text: 'x' } }),
  'a missing delta': withoutKey(valid.update, 'delta'),
  'a string index': withUpdate({ content_index: '0' }),
  'a null index': withUpdate({ content_index: null }),
  'a missing index': withoutKey(valid.update, 'content_index'),
  'an infinite index (1e999)': '1e999',
  'a numeric item id': { ...valid, item_id: 1 },
  'a missing item id': withoutKey(valid, 'item_id'),
  'a missing update': withoutKey(valid, 'update'),
  'a null update': { ...valid, update: null },
  'an array update': { ...valid, update: [] },
  'another update type': withUpdate({ type: 'assistant_message.content_part.done' }),
  'another event type': { ...valid, type: 'thread.item.done' },
  'an array event': [valid],
};

/** JSON text of a case; the infinite index needs hand-written JSON. */
function jsonOf(value: unknown): string {
  return value === '1e999' ? JSON.stringify(withUpdate({ content_index: 0 })).replace('"content_index":0', '"content_index":1e999') : JSON.stringify(value);
}

describe('decodeTextDelta (the fast path of decodeStreamEvent)', () => {
  it('finds text deltas in the captures', () => {
    expect(deltaPayloads.length).to.be.greaterThan(20);
  });

  it('decodes every text delta of the captures to exactly what the schema returns', () => {
    for (const payload of deltaPayloads) {
      const schema = viaSchema(payload);
      if (!schema.ok) throw new Error(`the schema rejects a captured delta: ${payload}`);
      const fast = decodeTextDelta(JSON.parse(payload));
      expect(fast, payload).to.deep.equal(schema.event);
      expect(keyPaths(fast)).to.deep.equal(keyPaths(schema.event));
      expectSameAsSchema(payload);
    }
  });

  for (const [name, value] of Object.entries(accepted)) {
    it(`takes ${name} and returns the schema's object`, () => {
      const data = jsonOf(value);
      const schema = viaSchema(data);
      expect(schema.ok, 'the schema accepts it too').to.equal(true);
      const fast = decodeTextDelta(JSON.parse(data));
      expect(fast).not.to.equal(undefined);
      expect(fast).to.deep.equal((schema as { event: unknown }).event);
      expect(keyPaths(fast)).to.deep.equal(keyPaths((schema as { event: unknown }).event));
      expectSameAsSchema(data);
    });
  }

  for (const [name, value] of Object.entries(rejected)) {
    it(`leaves ${name} to the schema, which reports it as before`, () => {
      const data = jsonOf(value);
      expect(decodeTextDelta(JSON.parse(data))).to.equal(undefined);
      expectSameAsSchema(data);
    });
  }

  it('reports a malformed delta with the same path and issue as the schema', () => {
    const data = JSON.stringify(withUpdate({ delta: 42 }));
    const result = decodeStreamEvent(data, 'threads.create');
    expect(result.ok).to.equal(false);
    if (result.ok || !(result.error instanceof SchemaError)) throw new Error('expected a SchemaError');
    expect(result.error.issues.map((issue) => [issue.path, issue.code])).to.deep.equal([['update.delta', 'invalid_type']]);
    expect(result.error.message).to.include('"thread.item.updated"');
    expect(result.error.requestType).to.equal('threads.create');
  });
});
