import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/ck-generated-image.js';
import type { CkGeneratedImage } from '../../src/elements/ck-generated-image.js';
import { en } from '../../src/i18n/index.js';
import { ThreadItemSchema, ThreadStreamEventSchema, type GeneratedImageItem } from '../../src/schemas/index.js';
import { createInitialState, reduceStreamEvent, type ThreadState } from '../../src/state/index.js';
import { loadFixture, sseCapturePayloads } from '../helpers/fixtures.js';

const ITEM_ID = 'msg_c6b0ddc9';
// 1×1 transparent PNG.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

async function replay(name: string): Promise<ThreadState[]> {
  let state = createInitialState();
  const states: ThreadState[] = [];
  for (const payload of sseCapturePayloads(await loadFixture(name))) {
    state = reduceStreamEvent(state, ThreadStreamEventSchema.parse(JSON.parse(payload)));
    states.push(state);
  }
  return states;
}

function imageItem(url?: string): GeneratedImageItem {
  return ThreadItemSchema.parse({
    id: 'img_1',
    thread_id: 'thr_1',
    created_at: '2026-01-01T00:00:00Z',
    type: 'generated_image',
    ...(url === undefined ? {} : { image: { id: 'i1', url } }),
  }) as GeneratedImageItem;
}

async function mount(item: GeneratedImageItem, progress: number | null = null): Promise<CkGeneratedImage> {
  return fixture<CkGeneratedImage>(html`<ck-generated-image .item=${item} .progress=${progress}></ck-generated-image>`);
}

const bar = (el: CkGeneratedImage): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]');

describe('<ck-generated-image>', () => {
  it('replays the image capture: a progress bar at each step, then the final SVG image', async () => {
    const states = (await replay('threads.add_user_message.image.sse')).filter((state) => state.items.has(ITEM_ID));
    const shown: (string | null)[] = [];
    const el = await mount(states[0]!.items.get(ITEM_ID) as GeneratedImageItem, states[0]!.imageProgress.get(ITEM_ID) ?? null);
    for (const state of states) {
      el.item = state.items.get(ITEM_ID) as GeneratedImageItem;
      el.progress = state.imageProgress.get(ITEM_ID) ?? null;
      await el.updateComplete;
      shown.push(bar(el)?.getAttribute('aria-valuenow') ?? (bar(el) ? 'indeterminate' : null));
    }
    // Added without an image: indeterminate; then 1/3 and 2/3; then done (no bar).
    expect(shown.slice(0, 4)).to.deep.equal(['indeterminate', '33', '67', null]);
    expect(bar(el) === null).to.equal(true);
    // The capture's image is a base64 SVG `data:` URL: allowed as an <img> source (never a link).
    const img = el.shadowRoot!.querySelector('img');
    expect(img?.getAttribute('src')?.startsWith('data:image/svg+xml;base64,')).to.equal(true);
    expect(el.shadowRoot!.querySelector('a') === null).to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.include(en.imageUnavailable);
  });

  it('shows the partial image behind the progress bar while generating', async () => {
    const el = await mount(imageItem(PNG), 0.5);
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('50');
    expect(bar(el)!.getAttribute('aria-label')).to.equal(en.imageGenerating);
    expect(bar(el)!.querySelector('img')!.getAttribute('src')).to.equal(PNG);
    await expect(el).to.be.accessible();
  });

  it('shows a finished data: image inline, with the localized alt text and no link', async () => {
    const el = await mount(imageItem(PNG));
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(PNG);
    expect(img.getAttribute('alt')).to.equal(en.imageAlt);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links an https image so it can be opened full size in a new tab', async () => {
    const el = await mount(imageItem('https://cdn.example.com/cat.png'));
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://cdn.example.com/cat.png');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.include('noopener');
    expect(link.querySelector('img')!.getAttribute('alt')).to.equal(en.imageAlt);
    await expect(el).to.be.accessible();
  });

  it('shows "Image unavailable" for a URL outside the allow-list', async () => {
    const el = await mount(imageItem('javascript:alert(1)'));
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.textContent.trim()).to.equal(en.imageUnavailable);
  });
});
