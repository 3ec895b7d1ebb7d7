import { expect, fixture, html } from '@open-wc/testing';
import { HEADER_ICON_NAMES, WIDGET_ICON_NAMES, hasIcon, iconSvg } from '../../src/widgets/icon-set.js';
// The full table (a lazy chunk in the bundle) is loaded up front: these tests are about drawings.
// What renders before it is in: icon-set-lazy.test.ts.
import '../../src/widgets/icon-table.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

// Names the chrome relies on beyond the protocol / header lists.
const CHROME_NAMES = [
  'send', 'arrow-up', 'stop', 'copy', 'thumbs-up', 'thumbs-down', 'attach', 'paperclip', 'mic', 'x',
  'close', 'warning', 'upload', 'code',
];

async function renderIcon(name: string, options?: Parameters<typeof iconSvg>[1]): Promise<SVGSVGElement> {
  const host = await fixture<HTMLDivElement>(html`<div>${iconSvg(name, options)}</div>`);
  const el = host.querySelector('svg');
  if (!el) throw new Error(`no <svg> rendered for ${name}`);
  return el;
}

const DRAWN = 'path, circle, rect';

describe('icon-set', () => {
  it('lists exactly the 64 protocol widget icon names and the 46 header icon names', () => {
    expect(WIDGET_ICON_NAMES).to.have.length(64);
    expect(new Set(WIDGET_ICON_NAMES).size).to.equal(64);
    expect(WIDGET_ICON_NAMES).to.include.members(['agent', 'clock', 'dot', 'wreath', 'write-alt2']);
    expect(HEADER_ICON_NAMES).to.have.length(46);
    expect(new Set(HEADER_ICON_NAMES).size).to.equal(46);
    expect(HEADER_ICON_NAMES).to.include.members(['sidebar-left', 'chat-temporary', 'dark-mode', 'close']);
  });

  for (const [group, names] of [
    ['widget', WIDGET_ICON_NAMES],
    ['header', HEADER_ICON_NAMES],
    ['chrome', CHROME_NAMES],
  ] as const) {
    it(`draws every ${group} icon as an SVG element marked with its name`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div>${names.map((n) => iconSvg(n))}</div>`);
      const svgs = [...host.querySelectorAll('svg')];
      expect(svgs).to.have.length(names.length);
      svgs.forEach((el, i) => {
        const name = names[i]!;
        expect(hasIcon(name), name).to.equal(true);
        expect(el.namespaceURI, name).to.equal(SVG_NS);
        expect(el.getAttribute('data-icon'), name).to.equal(name);
        expect(el.hasAttribute('data-icon-fallback'), name).to.equal(false);
        expect(el.getAttribute('class')).to.equal('ck-icon');
        expect(el.getAttribute('viewBox')).to.equal('0 0 24 24');
        const drawn = [...el.querySelectorAll(DRAWN)];
        expect(drawn.length, name).to.be.greaterThan(0);
        for (const child of drawn) expect(child.namespaceURI, name).to.equal(SVG_NS);
      });
    });
  }

  it('draws each icon with a visible, non-empty shape inside the 24×24 box', async () => {
    const names = [...new Set([...WIDGET_ICON_NAMES, ...HEADER_ICON_NAMES, ...CHROME_NAMES])];
    const host = await fixture<HTMLDivElement>(html`<div>${names.map((n) => iconSvg(n, { size: 24 }))}</div>`);
    [...host.querySelectorAll('svg')].forEach((el, i) => {
      const name = names[i]!;
      const box = el.getBBox();
      expect(box.width * box.height, name).to.be.greaterThan(0);
      expect(box.x, name).to.be.at.least(0);
      expect(box.y, name).to.be.at.least(0);
      expect(box.x + box.width, name).to.be.at.most(24);
      expect(box.y + box.height, name).to.be.at.most(24);
    });
  });

  it('gives distinct widget icons distinct drawings', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>${WIDGET_ICON_NAMES.map((n) => iconSvg(n))}</div>`);
    const drawings = [...host.querySelectorAll('svg')].map((el) => el.innerHTML.replace(/<!--.*?-->/g, ''));
    expect(new Set(drawings).size).to.equal(WIDGET_ICON_NAMES.length);
  });

  it('fills the filled variants and leaves outline icons unfilled', async () => {
    const filled = await renderIcon('star-filled');
    expect(filled.querySelector('[fill="currentColor"]')).to.not.equal(null);
    const checkFilled = await renderIcon('check-circle-filled');
    expect(checkFilled.querySelector('[fill="currentColor"]')).to.not.equal(null);
    const outline = await renderIcon('star');
    expect(outline.getAttribute('fill')).to.equal('none');
    expect(outline.querySelector('[fill="currentColor"]')).to.equal(null);
    expect(outline.getAttribute('stroke')).to.equal('currentColor');
    expect(outline.getAttribute('stroke-width')).to.equal('1.75');
  });

  for (const name of ['nope', 'lucide:x', 'vendor:acme', '__proto__', 'constructor', 'toString', '<script>alert(1)</script>', '']) {
    it(`renders the neutral fallback for ${JSON.stringify(name)} without echoing the name`, async () => {
      expect(hasIcon(name)).to.equal(false);
      const host = await fixture<HTMLDivElement>(html`<div>${iconSvg(name)}</div>`);
      const el = host.querySelector('svg')!;
      expect(el.hasAttribute('data-icon-fallback')).to.equal(true);
      expect(el.hasAttribute('data-icon')).to.equal(false);
      expect(el.querySelectorAll(DRAWN).length).to.be.greaterThan(0);
      expect(host.querySelector('script')).to.equal(null);
      if (name.length > 1) expect(host.innerHTML).to.not.include(name);
      expect(host.innerHTML).to.not.include('alert(1)');
    });
  }

  it('renders the same fallback drawing for every unknown name', async () => {
    const a = await renderIcon('lucide:x');
    const b = await renderIcon('__proto__');
    expect(a.innerHTML).to.equal(b.innerHTML);
    const known = await renderIcon('plus');
    expect(known.innerHTML).to.not.equal(a.innerHTML);
  });

  it('is decorative by default', async () => {
    const el = await renderIcon('search');
    expect(el.getAttribute('aria-hidden')).to.equal('true');
    expect(el.getAttribute('focusable')).to.equal('false');
    expect(el.hasAttribute('role')).to.equal(false);
    expect(el.hasAttribute('aria-label')).to.equal(false);
  });

  it('becomes a labelled image when given a label', async () => {
    const el = await renderIcon('search', { label: 'Search "docs" <now>' });
    expect(el.getAttribute('role')).to.equal('img');
    expect(el.getAttribute('aria-label')).to.equal('Search "docs" <now>');
    expect(el.hasAttribute('aria-hidden')).to.equal(false);
    const fallback = await renderIcon('lucide:zap', { label: 'Zap' });
    expect(fallback.getAttribute('role')).to.equal('img');
    expect(fallback.getAttribute('aria-label')).to.equal('Zap');
  });

  it('sizes to 1em by default and applies a given size', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div style="font-size: 20px">${iconSvg('bolt')}${iconSvg('bolt', { size: 32 })}${iconSvg('bolt', { size: '3rem' })}</div>`,
    );
    const [byDefault, px, rem] = [...host.querySelectorAll('svg')];
    expect(byDefault!.getAttribute('width')).to.equal('1em');
    expect(byDefault!.getBoundingClientRect().width).to.equal(20);
    expect(px!.getAttribute('width')).to.equal('32');
    expect(px!.getAttribute('height')).to.equal('32');
    expect(px!.getBoundingClientRect().height).to.equal(32);
    expect(rem!.getAttribute('height')).to.equal('3rem');
  });
});
