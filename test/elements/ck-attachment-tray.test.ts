import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AttachmentItem } from '../../src/controller/attachments.js';
import { acceptString, pickFiles, type CkAttachmentTray } from '../../src/elements/ck-attachment-tray.js';
import '../../src/elements/ck-attachment-tray.js';

const png = new File([new Uint8Array([137, 80, 78, 71])], 'photo.png', { type: 'image/png' });
const pdf = new File(['%PDF'], 'report.pdf', { type: 'application/pdf' });

const items: AttachmentItem[] = [
  { localId: 'l1', file: png, name: 'photo.png', mimeType: 'image/png', kind: 'image', status: 'uploading', progress: 0.42 },
  { localId: 'l2', file: pdf, name: 'report.pdf', mimeType: 'application/pdf', kind: 'file', status: 'error', progress: 0, error: 'report.pdf could not be uploaded.' },
  {
    localId: 'l3',
    file: pdf,
    name: 'done.pdf',
    mimeType: 'application/pdf',
    kind: 'file',
    status: 'done',
    progress: 1,
    attachment: { id: 'atc_1', name: 'done.pdf', mime_type: 'application/pdf', type: 'file' },
  },
];

async function mount(list: readonly AttachmentItem[] = items): Promise<CkAttachmentTray> {
  const el = await fixture<CkAttachmentTray>(html`<ck-attachment-tray .items=${list}></ck-attachment-tray>`);
  await el.updateComplete;
  return el;
}

describe('<ck-attachment-tray>', () => {
  it('renders nothing when empty', async () => {
    const el = await mount([]);
    expect(el.shadowRoot!.querySelector('li')).to.equal(null);
  });

  it('shows an image thumbnail from an object URL, file chips, progress and errors', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const lis = [...root.querySelectorAll('li')];
    expect(lis.map((li) => li.querySelector('.name')!.textContent)).to.deep.equal(['photo.png', 'report.pdf', 'done.pdf']);
    const img = lis[0]!.querySelector('img')!;
    expect(img.src).to.match(/^blob:/);
    expect(await (await fetch(img.src)).arrayBuffer()).to.have.property('byteLength', 4);
    expect(lis[1]!.querySelector('img')).to.equal(null);
    const bar = lis[0]!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('42');
    expect(lis[1]!.querySelector('[role="progressbar"]')).to.equal(null);
    expect(lis[1]!.textContent).to.contain('report.pdf could not be uploaded.');
    expect(lis[2]!.querySelector('[role="progressbar"]')).to.equal(null);
    expect(lis[2]!.querySelector('.retry')).to.equal(null);
  });

  it('fires remove and retry events with the local id', async () => {
    const el = await mount();
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove photo.png"]')!;
    setTimeout(() => { remove.click(); });
    const removed = await oneEvent(el, 'ck-attachment-remove');
    expect(removed.detail).to.deep.equal({ localId: 'l1' });
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Retry uploading report.pdf"]')!;
    setTimeout(() => { retry.click(); });
    const retried = await oneEvent(el, 'ck-attachment-retry');
    expect(retried.detail).to.deep.equal({ localId: 'l2' });
  });

  it('revokes the thumbnail URL when its item leaves', async () => {
    const el = await mount();
    const url = el.shadowRoot!.querySelector('img')!.src;
    el.items = items.slice(1);
    await el.updateComplete;
    let failed = false;
    try {
      await fetch(url);
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });

  it('is accessible (axe)', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });
});

describe('pickFiles / acceptString', () => {
  it('resolves with the files chosen in a multi-file input', async () => {
    const original = HTMLInputElement.prototype.click;
    let seen: HTMLInputElement | undefined;
    const choose = (input: HTMLInputElement): void => {
      seen = input;
      const transfer = new DataTransfer();
      transfer.items.add(pdf);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
      choose(this);
    };
    try {
      const files = await pickFiles('image/*,.pdf');
      expect(files.map((f) => f.name)).to.deep.equal(['report.pdf']);
      expect(seen!.multiple).to.equal(true);
      expect(seen!.accept).to.equal('image/*,.pdf');
    } finally {
      HTMLInputElement.prototype.click = original;
    }
  });

  it('turns the accept option into an input accept value', () => {
    expect(acceptString({ 'image/*': ['.png', 'jpg'], 'application/pdf': [] })).to.equal('image/*,.png,.jpg,application/pdf');
    expect(acceptString(undefined)).to.equal('');
  });
});
