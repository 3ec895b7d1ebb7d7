import { expect, waitUntil } from '@open-wc/testing';
import { cssOf, mountInCard, mountWidget, q, qa, settleWidget } from './helpers.js';

// A 2×2 PNG: passes the image policy (base64 raster data URL) without any network.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVQI12P4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

async function image(props: Record<string, unknown>, options?: Parameters<typeof mountInCard>[1]) {
  const item = await mountInCard({ type: 'Image', src: PNG, ...props }, options);
  return { item, el: q(item, 'ck-widget-image') };
}

describe('ck-widget-image', () => {
  it('renders an allowed src as a lazy, async, no-referrer <img> with its alt', async () => {
    const { el } = await image({ src: 'https://example.com/a.png', alt: 'A chart', width: 10, height: 10 });
    const img = el.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://example.com/a.png');
    expect(img.getAttribute('alt')).to.equal('A chart');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('gives a decorative image an empty alt by default', async () => {
    const { el } = await image({});
    expect(el.querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('never puts an unsafe src in an <img>: a placeholder carries the alt text instead', async () => {
    for (const src of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'jav\tascript:alert(1)']) {
      const { item, el } = await image({ src, alt: 'Team photo', size: 80 });
      expect(qa(item, 'img'), src).to.have.length(0);
      const placeholder = el.querySelector('.ck-w-image__placeholder')!;
      expect(placeholder.getAttribute('role'), src).to.equal('img');
      expect(placeholder.getAttribute('aria-label'), src).to.equal('Team photo');
      expect(placeholder.textContent.trim(), src).to.equal('Team photo');
      expect(item.shadowRoot!.innerHTML, src).not.to.contain(src.slice(0, 10));
    }
  });

  it('hides the placeholder of an image without alt text from assistive technology', async () => {
    const { el } = await image({ src: 'javascript:void 0' });
    const placeholder = el.querySelector('.ck-w-image__placeholder')!;
    expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
    expect(placeholder.hasAttribute('role')).to.equal(false);
    expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(40);
  });

  it('shows the placeholder when the image fails to load, and tries again for a new src', async () => {
    const { item, el } = await image({ src: '/__missing__/nothing-here.png', alt: 'Missing', size: 60 });
    await waitUntil(() => el.querySelector('.ck-w-image__placeholder'), 'placeholder after a load error');
    expect(el.querySelector('img') === null, 'no <img>').to.equal(true);
    expect(el.querySelector('.ck-w-image__placeholder')!.getAttribute('aria-label')).to.equal('Missing');

    item.item = { ...item.item!, widget: { type: 'Card', children: [{ type: 'Image', src: PNG, alt: 'Back', size: 60 }] } };
    await settleWidget(item);
    expect(q(item, 'ck-widget-image img').getAttribute('alt')).to.equal('Back');
  });

  it('passes an accessibility audit with pictures and placeholders', async () => {
    const item = await mountWidget({
      type: 'Card',
      children: [
        { type: 'Image', src: PNG, alt: 'A chart', size: 40 },
        { type: 'Image', src: PNG, size: 40 },
        { type: 'Image', src: 'javascript:alert(1)', alt: 'Blocked', size: 40 },
        { type: 'Image', src: 'javascript:alert(1)', size: 40 },
      ],
    });
    await expect(item).to.be.accessible();
  });

  it('maps fit to object-fit (cover by default) and position to object-position (centre by default)', async () => {
    const img = async (props: Record<string, unknown>) => (await image({ size: 50, ...props })).el.querySelector('img')!;
    expect(cssOf(await img({}), 'object-fit')).to.equal('cover');
    expect(cssOf(await img({}), 'object-position')).to.equal('50% 50%');
    for (const fit of ['contain', 'fill', 'scale-down', 'none']) expect(cssOf(await img({ fit }), 'object-fit')).to.equal(fit);
    const positions: Record<string, string> = {
      'top left': '0% 0%',
      top: '50% 0%',
      'bottom right': '100% 100%',
      left: '0% 50%',
    };
    for (const [position, computed] of Object.entries(positions)) {
      expect(cssOf(await img({ position }), 'object-position'), position).to.equal(computed);
    }
  });

  it('sizes the box: size, width/height, min/max and aspect ratio', async () => {
    let { el } = await image({ size: 44 });
    expect(el.getBoundingClientRect().width).to.equal(44);
    expect(el.getBoundingClientRect().height).to.equal(44);
    expect(el.querySelector('img')!.getBoundingClientRect().height).to.equal(44);

    ({ el } = await image({ width: 200, aspectRatio: 2 }));
    expect(el.getBoundingClientRect().width).to.equal(200);
    expect(el.getBoundingClientRect().height).to.equal(100);

    ({ el } = await image({ width: 300, maxWidth: 120, height: 30, minHeight: 70 }));
    expect(el.getBoundingClientRect().width).to.equal(120);
    expect(el.getBoundingClientRect().height).to.equal(70);
  });

  it('keeps a sized image at its size inside a crowded Row', async () => {
    const item = await mountWidget(
      { type: 'Card', children: [{ type: 'Row', children: [{ type: 'Image', src: PNG, size: 64 }, { type: 'Text', value: 'word '.repeat(80) }] }] },
      { width: 300 },
    );
    expect(q(item, 'ck-widget-image').getBoundingClientRect().width).to.equal(64);
  });

  it('rounds corners with radius tokens and clips the picture to them', async () => {
    const { el } = await image({ size: 60, radius: 'md' });
    expect(cssOf(el, 'border-top-left-radius')).to.equal('8px');
    expect(cssOf(el, 'overflow')).to.equal('hidden');
    expect(cssOf((await image({ size: 60, radius: 'full' })).el, 'border-top-left-radius')).to.equal('9999px');
  });

  it('draws a frame: a thin border and an inset around the picture', async () => {
    const { el } = await image({ size: 60, frame: true });
    expect(cssOf(el, 'border-top-width')).to.equal('1px');
    expect(cssOf(el, 'padding-top')).to.equal('4px');
    expect(el.querySelector('img')!.getBoundingClientRect().width).to.equal(60 - 2 * 5);
    expect(cssOf((await image({ size: 60 })).el, 'border-top-width')).to.equal('0px');
  });

  it('bleeds a flush image over the card padding to its edges', async () => {
    const item = await mountWidget({
      type: 'Card',
      children: [{ type: 'Image', src: PNG, flush: true, height: 80 }, { type: 'Text', value: 'Caption' }],
    });
    // The inner edge of the card: inside its border, where its padding starts.
    const surfaceEl = q(item, '.ck-w-card__surface');
    const outer = surfaceEl.getBoundingClientRect();
    const border = surfaceEl.clientLeft;
    const box = q(item, 'ck-widget-image').getBoundingClientRect();
    const text = q(item, 'ck-widget-text').getBoundingClientRect();
    expect(box.left).to.equal(outer.left + border);
    expect(box.right).to.equal(outer.right - border);
    expect(box.top).to.equal(outer.top + surfaceEl.clientTop);
    expect(text.left).to.be.greaterThan(outer.left + border);

    const inset = await image({ height: 80 });
    const insetSurface = q(inset.item, '.ck-w-card__surface').getBoundingClientRect();
    expect(inset.el.getBoundingClientRect().left).to.be.greaterThan(insetSurface.left);
  });

  it('takes margin (spacing units), background and flex', async () => {
    const { el } = await image({ size: 40, margin: 2, background: '#102030', flex: 1 });
    expect(cssOf(el, 'margin-top')).to.equal('8px');
    expect(cssOf(el, 'background-color')).to.equal('rgb(16, 32, 48)');
    expect(cssOf(el, 'flex-grow')).to.equal('1');
  });

  it('ignores hostile CSS in sizes and background', async () => {
    const { el } = await image({ size: 40, background: 'url(https://evil.example/x.png)', margin: 'expression(alert(1))' });
    expect(cssOf(el, 'background-image')).to.equal('none');
    expect(el.getAttribute('style') ?? '').not.to.contain('evil');
    expect(cssOf(el, 'margin-top')).to.equal('0px');
  });
});
