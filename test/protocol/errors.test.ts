import { expect } from '@open-wc/testing';
import {
  AbortedError,
  ChatKitProtocolError,
  CutStreamError,
  EmptyStreamError,
  HttpError,
  InvalidJsonError,
  NetworkError,
  SchemaError,
  isChatKitProtocolError,
  type AnyChatKitProtocolError,
} from '../../src/protocol/errors.js';

describe('protocol errors', () => {
  const cause = new TypeError('underlying');
  const errors: [AnyChatKitProtocolError, string, string][] = [
    [new HttpError(503, { requestType: 'threads.list', statusText: 'Service Unavailable', cause }), 'http', 'HttpError'],
    [new NetworkError({ requestType: 'threads.list', cause }), 'network', 'NetworkError'],
    [new EmptyStreamError({ requestType: 'threads.list', cause }), 'empty_stream', 'EmptyStreamError'],
    [new CutStreamError(2, { requestType: 'threads.list', cause }), 'cut_stream', 'CutStreamError'],
    [new InvalidJsonError('{', { requestType: 'threads.list', cause }), 'invalid_json', 'InvalidJsonError'],
    [new SchemaError('response', [{ path: 'a', code: 'invalid_type', message: 'bad' }], { requestType: 'threads.list', cause }), 'schema', 'SchemaError'],
    [new AbortedError({ requestType: 'threads.list', cause }), 'aborted', 'AbortedError'],
  ];

  for (const [error, code, name] of errors) {
    it(`${name} has code ${code}, its cause and the request type`, () => {
      expect(error).to.be.instanceOf(ChatKitProtocolError);
      expect(error).to.be.instanceOf(Error);
      expect(isChatKitProtocolError(error)).to.equal(true);
      expect(error.code).to.equal(code);
      expect(error.name).to.equal(name);
      expect(error.cause).to.equal(cause);
      expect(error.requestType).to.equal('threads.list');
      expect(error.message).to.include('"threads.list"');
      expect(String(error)).to.match(new RegExp(`^${name}: `));
    });
  }

  it('leaves cause unset when there is none', () => {
    expect('cause' in new EmptyStreamError()).to.equal(false);
  });

  it('does not treat other errors as protocol errors', () => {
    expect(isChatKitProtocolError(new TypeError('x'))).to.equal(false);
    expect(isChatKitProtocolError({ code: 'http' })).to.equal(false);
  });

  it('keeps HTTP status and detail out of the way of the message', () => {
    const error = new HttpError(404, { detail: 'Thread thr_1 not found' });
    expect(error.status).to.equal(404);
    expect(error.detail).to.equal('Thread thr_1 not found');
    expect(error.message).to.equal('ChatKit request: failed with HTTP 404');
  });

  it('summarises at most three schema issues in the message', () => {
    const issues = ['a', 'b', 'c', 'd', 'e'].map((path) => ({ path, code: 'invalid_type', message: `bad ${path}` }));
    const error = new SchemaError('response', issues);
    expect(error.issues).to.have.length(5);
    expect(error.message).to.include('a: bad a; b: bad b; c: bad c');
    expect(error.message).not.to.include('bad d');
    expect(error.message).to.include('+2 more');
  });
});
