import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { HEADER_ICONS, headerIcon } from '../../src/elements/header-icons.js';
import { icon, type ChromeIcon } from '../../src/elements/icons.js';
import { loadIcons } from '../../src/widgets/icon-set.js';

// Both sets are partly lazy chunks; these tests check the drawings themselves.
before(async () => {
  await loadIcons();
  await import('../../src/elements/icons-more.js');
});

function draw(name: string): SVGSVGElement {
  const host = document.createElement('div');
  render(headerIcon(name), host);
  const svg = host.querySelector('svg');
  if (!svg) throw new Error(`no <svg> for ${name}`);
  return svg;
}

/** The drawing without attributes that only name it, to compare shapes. */
const shape = (svg: SVGSVGElement): string =>
  [...svg.children].map((child) => child.outerHTML.replace(/<!--.*?-->/g, '')).join('');

describe('header icons', () => {
  it('lists the 46 ChatKit HeaderIcon names once each', () => {
    expect(HEADER_ICONS.length).to.equal(46);
    expect(new Set(HEADER_ICONS).size).to.equal(46);
    for (const name of ['sidebar-left', 'history', 'compose', 'light-mode', 'dark-mode', 'close', 'dots-vertical-circle']) {
      expect(HEADER_ICONS).to.include(name);
    }
  });

  it('draws every name as a 20 px currentColor line icon with its own shapes', () => {
    const seen = new Map<string, string>();
    for (const name of HEADER_ICONS) {
      const svg = draw(name);
      expect(svg.getAttribute('width'), name).to.equal('20');
      expect(svg.getAttribute('stroke'), name).to.equal('currentColor');
      expect(svg.getAttribute('aria-hidden'), name).to.equal('true');
      expect(svg.hasAttribute('data-icon-fallback'), name).to.equal(false);
      expect(svg.querySelectorAll('path, rect, circle').length, name).to.be.greaterThan(0);
      const drawing = shape(svg);
      expect(seen.get(drawing), `${name} looks like ${seen.get(drawing) ?? ''}`).to.equal(undefined);
      seen.set(drawing, name);
    }
  });

  it('falls back to a neutral glyph for unknown names without throwing', () => {
    for (const name of ['nope', '', '__proto__', 'constructor', '<script>']) {
      const svg = draw(name);
      expect(svg.hasAttribute('data-icon-fallback'), name).to.equal(true);
      expect(svg.querySelectorAll('path, rect, circle').length).to.be.greaterThan(0);
      expect(svg.outerHTML).not.to.contain('script');
    }
    expect(shape(draw('nope'))).to.equal(shape(draw('other-unknown')));
    expect(shape(draw('nope'))).not.to.equal(shape(draw('home')));
  });
});

describe('chrome icons', () => {
  const names = ['history', 'arrow-down', 'back', 'copy', 'check', 'thumbs-up', 'thumbs-down', 'thumbs-up-filled', 'thumbs-down-filled', 'more', 'edit', 'trash'] as const;

  function drawChrome(name: ChromeIcon): SVGSVGElement {
    const host = document.createElement('div');
    render(icon(name), host);
    return host.querySelector('svg')!;
  }

  it('draws each glyph others asked for as a distinct decorative 20×20 icon', () => {
    const seen = new Map<string, string>();
    for (const name of names) {
      const svg = drawChrome(name);
      expect(svg.getAttribute('viewBox'), name).to.equal('0 0 20 20');
      expect(svg.getAttribute('aria-hidden'), name).to.equal('true');
      expect(svg.querySelectorAll('path, rect, circle').length, name).to.be.greaterThan(0);
      const drawing = shape(svg);
      expect(seen.get(drawing), `${name} looks like ${seen.get(drawing) ?? ''}`).to.equal(undefined);
      seen.set(drawing, name);
    }
  });

  it('fills the chosen thumbs and turns the down variants', () => {
    expect(drawChrome('thumbs-up-filled').querySelector('[fill="currentColor"]')).not.to.equal(null);
    expect(drawChrome('thumbs-up').querySelector('[fill="currentColor"]')).to.equal(null);
    expect(drawChrome('thumbs-down').querySelector('g')?.getAttribute('transform')).to.equal('rotate(180 10 10)');
  });
});
