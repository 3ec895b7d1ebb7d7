import { expect } from '@open-wc/testing';
import { decodeResponse, decodeStreamEvent } from '../../src/protocol/decode.js';
import { InvalidJsonError, SchemaError } from '../../src/protocol/errors.js';

describe('decodeStreamEvent', () => {
  it('decodes a valid event and applies schema defaults', () => {
    const result = decodeStreamEvent('{"type":"stream_options","stream_options":{}}');
    expect(result).to.deep.equal({ ok: true, event: { type: 'stream_options', stream_options: { allow_cancel: true } } });
  });

  for (const data of ['', 'data: {}', '{"type":', 'undefined']) {
    it(`reports invalid JSON ${JSON.stringify(data)} without throwing`, () => {
      const result = decodeStreamEvent(data, 'threads.create');
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.error).to.be.instanceOf(InvalidJsonError);
      expect(result.error.code).to.equal('invalid_json');
      expect(result.error.requestType).to.equal('threads.create');
      expect(result.error.cause).to.be.instanceOf(SyntaxError);
    });
  }

  for (const data of ['null', '[]', '"text"', '42', '{}', '{"type":"thread.future_event"}', '{"type":"thread.item.removed"}']) {
    it(`reports ${data} as a schema error`, () => {
      const result = decodeStreamEvent(data);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.be.instanceOf(SchemaError);
    });
  }

  it('names the event type and the failing path, never the values', () => {
    const result = decodeStreamEvent('{"type":"thread.item.updated","item_id":"msg_1","update":{"type":"assistant_message.content_part.text_delta","content_index":"zero","delta":"secret text"}}');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const error = result.error;
    if (!(error instanceof SchemaError)) throw new Error('expected a SchemaError');
    expect(error.message).to.include('"thread.item.updated"');
    expect(error.issues.map((issue) => issue.path)).to.deep.equal(['update.content_index']);
    expect(error.message).to.include('update.content_index');
    expect(error.message).not.to.include('secret text');
    expect(error.message).not.to.include('zero');
  });

  it('truncates the offending text of long invalid JSON', () => {
    const data = `{"text":"${'a'.repeat(10_000)}`;
    const result = decodeStreamEvent(data);
    if (result.ok) throw new Error('expected a failure');
    const error = result.error;
    if (!(error instanceof InvalidJsonError)) throw new Error('expected an InvalidJsonError');
    expect(error.text.length).to.be.lessThan(250);
    expect(data.startsWith(error.text.slice(0, -1))).to.equal(true);
    expect(error.message).not.to.include('aaaa');
  });
});

describe('decodeResponse', () => {
  it('decodes an empty object reply', () => {
    expect(decodeResponse('threads.delete', '{}')).to.deep.equal({ ok: true, response: {} });
  });

  it('treats a null updated_item like an absent one', () => {
    const result = decodeResponse('threads.sync_custom_action', '{"updated_item":null}');
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.response.updated_item).to.equal(undefined);
  });

  it('reports the wrong shape with its path', () => {
    const result = decodeResponse('input.transcribe', '{"text":1}');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    if (!(result.error instanceof SchemaError)) throw new Error('expected a SchemaError');
    expect(result.error.requestType).to.equal('input.transcribe');
    expect(result.error.issues.map((issue) => issue.path)).to.deep.equal(['text']);
  });

  it('reports an empty body as invalid JSON', () => {
    const result = decodeResponse('items.list', '');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.code).to.equal('invalid_json');
  });
});
