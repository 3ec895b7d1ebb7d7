import { expect } from '@open-wc/testing';
import { AttachmentManager, formatBytes, type AttachmentItem, type AttachmentManagerOptions } from '../../src/controller/attachments.js';
import { ChatKitClient } from '../../src/protocol/client.js';
import { fakeFetch, type FakeCall, type FakeFetch } from '../helpers/fake-fetch.js';

const toUpload = (call: FakeCall): boolean => call.url === '/upload';
const toStore = (call: FakeCall): boolean => call.url === '/store';

function file(name: string, type: string, size = 10): File {
  return new File([new Uint8Array(size)], name, { type });
}

function manager(f: FakeFetch, options: Partial<AttachmentManagerOptions> = {}): AttachmentManager {
  const client = new ChatKitClient({ url: '/chatkit', fetch: f.fetch });
  return new AttachmentManager({ client, strategy: { type: 'direct', uploadUrl: '/upload' }, fetch: f.fetch, ...options });
}

const stored = (id: string, name = 'a.txt') => ({ id, name, mime_type: 'text/plain', type: 'file' });

describe('AttachmentManager', () => {
  it('uploads with the direct strategy, reporting progress, and exposes the ids', async () => {
    const f = fakeFetch().reply(toUpload, { json: stored('atc_1') });
    const m = manager(f);
    const snapshots: (readonly AttachmentItem[])[] = [];
    m.subscribe((items) => snapshots.push(items));
    const { rejected } = m.add([file('a.txt', 'text/plain')]);
    expect(rejected).to.deep.equal([]);
    expect(m.items[0]!.status).to.equal('uploading');
    expect(m.items[0]!.kind).to.equal('file');
    await m.whenSettled();
    expect(m.items[0]!.status).to.equal('done');
    expect(m.items[0]!.progress).to.equal(1);
    expect(m.ids()).to.deep.equal(['atc_1']);
    expect(((f.calls[0]!.init.body as FormData).get('file') as File).name).to.equal('a.txt');
    expect(snapshots.map((s) => s[0]!.progress)).to.include.members([0, 1]);
  });

  it('uses attachments.create then the upload descriptor with two_phase', async () => {
    const f = fakeFetch()
      .reply('attachments.create', { json: { ...stored('atc_2', 'pic.png'), type: 'image', mime_type: 'image/png', preview_url: '/p.png', upload_descriptor: { url: '/store', method: 'POST', headers: { 'X-Sig': 's' } } } })
      .reply(toStore, { json: {} });
    const m = manager(f, { strategy: { type: 'two_phase' } });
    m.add([file('pic.png', 'image/png', 42)]);
    expect(m.items[0]!.kind).to.equal('image');
    await m.whenSettled();
    expect(f.callsOf('attachments.create')[0]!.body.params).to.deep.equal({ name: 'pic.png', size: 42, mime_type: 'image/png' });
    const upload = f.calls.find(toStore)!;
    expect(upload.headers['x-sig']).to.equal('s');
    expect(((upload.init.body as FormData).get('file') as File).size).to.equal(42);
    expect(m.ids()).to.deep.equal(['atc_2']);
  });

  it('skips the byte upload when attachments.create returns no descriptor', async () => {
    const f = fakeFetch().reply('attachments.create', { json: stored('atc_3') });
    const m = manager(f, { strategy: { type: 'two_phase' } });
    m.add([file('a.txt', 'text/plain')]);
    await m.whenSettled();
    expect(f.calls.length).to.equal(1);
    expect(m.ids()).to.deep.equal(['atc_3']);
  });

  it('removing an item aborts its upload and deletes the created record', async () => {
    const f = fakeFetch()
      .reply('attachments.create', { json: { ...stored('atc_4'), upload_descriptor: { url: '/store', method: 'PUT', headers: {} } } })
      .reply(toStore, { json: {}, responseDelay: 10000 })
      .reply('attachments.delete', { json: {} });
    const m = manager(f, { strategy: { type: 'two_phase' } });
    m.add([file('a.txt', 'text/plain')]);
    await f.waitForCalls(2);
    const upload = f.calls[1]!;
    m.remove(m.items[0]!.localId);
    expect(upload.signal?.aborted).to.equal(true);
    expect(m.items).to.deep.equal([]);
    await f.waitForCalls(3);
    expect(f.callsOf('attachments.delete')[0]!.body.params).to.deep.equal({ attachment_id: 'atc_4' });
    await m.whenSettled();
    expect(m.ids()).to.deep.equal([]);
  });

  it('removing an uploaded item sends attachments.delete', async () => {
    const f = fakeFetch().reply(toUpload, { json: stored('atc_5') }).reply('attachments.delete', { json: {} });
    const m = manager(f);
    m.add([file('a.txt', 'text/plain')]);
    await m.whenSettled();
    m.remove(m.items[0]!.localId);
    await f.waitForCalls(2);
    expect(f.callsOf('attachments.delete')[0]!.body.params).to.deep.equal({ attachment_id: 'atc_5' });
  });

  it('marks a failed upload as an error and retry uploads it again', async () => {
    const f = fakeFetch().replyOnce(toUpload, { status: 500, json: { error: 'boom' } }).reply(toUpload, { json: stored('atc_6') });
    const m = manager(f);
    m.add([file('a.txt', 'text/plain')]);
    await m.whenSettled();
    expect(m.items[0]!.status).to.equal('error');
    expect(m.items[0]!.error).to.equal('a.txt could not be uploaded.');
    expect(m.ids()).to.deep.equal([]);
    m.retry(m.items[0]!.localId);
    expect(m.items[0]!.status).to.equal('uploading');
    await m.whenSettled();
    expect(m.items[0]!.status).to.equal('done');
    expect(m.ids()).to.deep.equal(['atc_6']);
  });

  it('enforces maxCount across calls', async () => {
    const f = fakeFetch().reply(toUpload, { json: stored('atc_7') });
    const m = manager(f, { limits: { maxCount: 2 } });
    m.add([file('1.txt', 'text/plain')]);
    const { rejected } = m.add([file('2.txt', 'text/plain'), file('3.txt', 'text/plain')]);
    expect(m.items.map((i) => i.name)).to.deep.equal(['1.txt', '2.txt']);
    expect(rejected).to.deep.equal([{ name: '3.txt', reason: '3.txt was not added: you can attach up to 2 files.' }]);
    await m.whenSettled();
  });

  it('enforces per-MIME maxSize with wildcard and fallback patterns', async () => {
    const f = fakeFetch().reply(toUpload, { json: stored('atc_8') });
    const MB = 1024 * 1024;
    const m = manager(f, { limits: { maxSize: { 'image/*': 5 * MB, 'application/pdf': 100, '*': 1000 } } });
    const { rejected } = m.add([
      file('photo.png', 'image/png', 5 * MB + 1),
      file('ok.png', 'image/png', 5 * MB),
      file('doc.pdf', 'application/pdf', 101),
      file('big.txt', 'text/plain', 1001),
      file('small.txt', 'text/plain', 1000),
    ]);
    expect(rejected.map((r) => r.reason)).to.deep.equal([
      'photo.png is larger than 5 MB.',
      'doc.pdf is larger than 100 bytes.',
      'big.txt is larger than 1000 bytes.',
    ]);
    expect(m.items.map((i) => i.name)).to.deep.equal(['ok.png', 'small.txt']);
    await m.whenSettled();
  });

  it('applies a single numeric maxSize to every file', () => {
    const m = manager(fakeFetch(), { limits: { maxSize: 1536 } });
    expect(m.add([file('x.bin', 'application/octet-stream', 2000)]).rejected[0]!.reason).to.equal('x.bin is larger than 1.5 KB.');
  });

  it('accepts by MIME pattern or listed extension and rejects the rest', async () => {
    const f = fakeFetch().reply(toUpload, { json: stored('atc_9') });
    const m = manager(f, { limits: { accept: { 'image/*': ['.png'], 'text/markdown': ['.md', 'markdown'] } } });
    const { rejected } = m.add([file('a.jpg', 'image/jpeg'), file('b.md', ''), file('c.MARKDOWN', ''), file('d.exe', 'application/x-msdownload')]);
    expect(m.items.map((i) => i.name)).to.deep.equal(['a.jpg', 'b.md', 'c.MARKDOWN']);
    expect(rejected).to.deep.equal([{ name: 'd.exe', reason: 'd.exe is not a supported file type.' }]);
    await m.whenSettled();
  });

  it('clear empties the tray without deleting anything', async () => {
    const f = fakeFetch().reply(toUpload, { json: stored('atc_10') });
    const m = manager(f);
    m.add([file('a.txt', 'text/plain')]);
    await m.whenSettled();
    m.clear();
    expect(m.items).to.deep.equal([]);
    expect(f.callsOf('attachments.delete')).to.deep.equal([]);
  });

  it('formats byte sizes', () => {
    expect([formatBytes(900), formatBytes(2048), formatBytes(5 * 1024 * 1024), formatBytes(3 * 1024 ** 3)]).to.deep.equal(['900 bytes', '2 KB', '5 MB', '3 GB']);
  });
});
