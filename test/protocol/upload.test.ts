import { expect } from '@open-wc/testing';
import { AbortedError, HttpError, NetworkError, SchemaError } from '../../src/protocol/errors.js';
import { uploadDirect, uploadToDescriptor } from '../../src/protocol/upload.js';
import { fakeFetch, type FakeCall } from '../helpers/fake-fetch.js';

const stored = { id: 'atc_1', name: 'notes.txt', mime_type: 'text/plain', type: 'file' };
const toUpload = (call: FakeCall): boolean => call.url === '/upload';

function textFile(name = 'notes.txt', text = 'hello world'): File {
  return new File([text], name, { type: 'text/plain' });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('uploadDirect', () => {
  it('POSTs multipart form data with a `file` field and returns the stored attachment', async () => {
    const f = fakeFetch().reply(toUpload, { json: stored });
    const progress: number[] = [];
    const attachment = await uploadDirect(textFile(), { url: '/upload', fetch: f.fetch, onProgress: (p) => progress.push(p) });
    expect(attachment).to.deep.equal(stored);
    const call = f.calls[0]!;
    expect(call.method).to.equal('POST');
    const body = call.init.body as FormData;
    expect(body).to.be.instanceOf(FormData);
    const file = body.get('file') as File;
    expect(file.name).to.equal('notes.txt');
    expect(await file.text()).to.equal('hello world');
    expect(progress).to.deep.equal([0, 1]);
  });

  it('throws HttpError with the server detail on a non-2xx reply', async () => {
    const f = fakeFetch().reply(toUpload, { status: 413, json: { error: 'too big' } });
    const error = await rejection(uploadDirect(textFile(), { url: '/upload', fetch: f.fetch }));
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(413);
    expect((error as HttpError).detail).to.equal('too big');
  });

  it('throws SchemaError when the reply is not an attachment', async () => {
    const f = fakeFetch().reply(toUpload, { json: { id: 'atc_1' } });
    expect(await rejection(uploadDirect(textFile(), { url: '/upload', fetch: f.fetch }))).to.be.instanceOf(SchemaError);
  });

  it('throws NetworkError when fetch rejects and AbortedError when aborted', async () => {
    const failing = fakeFetch().reply(toUpload, { networkError: true });
    expect(await rejection(uploadDirect(textFile(), { url: '/upload', fetch: failing.fetch }))).to.be.instanceOf(NetworkError);

    const slow = fakeFetch().reply(toUpload, { json: stored, responseDelay: 5000 });
    const controller = new AbortController();
    const pending = uploadDirect(textFile(), { url: '/upload', fetch: slow.fetch, signal: controller.signal });
    await slow.waitForCalls(1);
    controller.abort();
    expect(await rejection(pending)).to.be.instanceOf(AbortedError);
  });

  it('reports fine-grained progress through XMLHttpRequest when no custom fetch is given', async () => {
    const original = globalThis.XMLHttpRequest;
    const sent: { method: string; url: string; body: unknown }[] = [];
    class FakeXhr extends EventTarget {
      upload = new EventTarget();
      status = 0;
      statusText = '';
      responseText = '';
      private method = '';
      private url = '';
      open(method: string, url: string): void {
        this.method = method;
        this.url = url;
      }
      setRequestHeader(): void {}
      abort(): void {
        this.dispatchEvent(new Event('abort'));
      }
      send(body: unknown): void {
        sent.push({ method: this.method, url: this.url, body });
        setTimeout(() => {
          this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded: 5, total: 10 }));
          this.status = 200;
          this.responseText = JSON.stringify(stored);
          this.dispatchEvent(new Event('load'));
        });
      }
    }
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
    try {
      const progress: number[] = [];
      const attachment = await uploadDirect(textFile(), { url: '/upload', onProgress: (p) => progress.push(p) });
      expect(attachment.id).to.equal('atc_1');
      expect(progress).to.deep.equal([0, 0.5, 1]);
      expect(sent[0]!.method).to.equal('POST');
      expect((sent[0]!.body as FormData).get('file')).to.be.instanceOf(File);
    } finally {
      globalThis.XMLHttpRequest = original;
    }
  });
});

describe('uploadToDescriptor', () => {
  it('POSTs multipart `file` with the descriptor headers', async () => {
    const f = fakeFetch().reply((call) => call.url === '/store', { json: {} });
    await uploadToDescriptor(textFile(), { url: '/store', method: 'POST', headers: { 'X-Token': 't1' } }, { fetch: f.fetch });
    const call = f.calls[0]!;
    expect(call.method).to.equal('POST');
    expect(call.headers['x-token']).to.equal('t1');
    expect(((call.init.body as FormData).get('file') as File).name).to.equal('notes.txt');
  });

  it('PUTs the raw bytes with the file type', async () => {
    const f = fakeFetch().reply((call) => call.url === '/signed', { status: 200, body: '' });
    await uploadToDescriptor(textFile(), { url: '/signed', method: 'PUT', headers: {} }, { fetch: f.fetch });
    const call = f.calls[0]!;
    expect(call.method).to.equal('PUT');
    expect(call.headers['content-type']).to.equal('text/plain');
    expect(call.init.body).to.be.instanceOf(File);
    expect(await (call.init.body as File).text()).to.equal('hello world');
  });

  it('throws HttpError when the store refuses', async () => {
    const f = fakeFetch().reply((call) => call.url === '/signed', { status: 403, body: 'denied' });
    const error = await rejection(uploadToDescriptor(textFile(), { url: '/signed', method: 'PUT', headers: {} }, { fetch: f.fetch }));
    expect((error as HttpError).status).to.equal(403);
  });
});
