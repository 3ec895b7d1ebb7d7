import { expect, html } from '@open-wc/testing';
import { render, svg } from 'lit';
import '../../src/elements/ck-start-screen.js';
import { EAGER_ICONS, iconSvg, loadIcons } from '../../src/widgets/icon-set.js';
import { ChunkErrorEvent } from '../../src/widgets/lazy-chunk.js';
import { lazyGlyph, type GlyphSource } from '../../src/widgets/lazy-glyph.js';

const DRAWN = 'path, circle, rect';

describe('icon-set before its table is loaded', () => {
  // Must run first in this file: nothing has imported the table yet.
  it('draws the main bundle\'s icons at once and the others once the table is in, in the same box', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(html`${iconSvg('attach', { size: 20 })}${iconSvg('agent', { size: 20 })}${iconSvg('nope', { size: 20 })}`, host);
    const [attach, agent, unknown] = [...host.querySelectorAll('svg')];
    expect(Object.keys(EAGER_ICONS)).to.include('attach');
    expect(attach!.querySelectorAll(DRAWN).length).to.be.greaterThan(0);
    // Known but not drawn yet: its named box is there (nothing moves later), its shapes are not.
    expect(agent!.getAttribute('data-icon')).to.equal('agent');
    expect(agent!.getBoundingClientRect().width).to.equal(20);
    expect(agent!.querySelectorAll(DRAWN)).to.have.length(0);
    // Unknown names never wait: the neutral glyph at once.
    expect(unknown!.hasAttribute('data-icon-fallback')).to.equal(true);
    expect(unknown!.querySelectorAll(DRAWN).length).to.be.greaterThan(0);

    // In the chunks, a directive fills a waiting icon in by itself.
    await import('../../src/widgets/icon-glyphs.js');
    render(html`${iconSvg('bolt', { size: 20 })}`, host);
    const bolt = host.querySelector('svg')!;
    expect(bolt.querySelectorAll(DRAWN)).to.have.length(0);
    // In the main bundle, the element showing it (start screen, header) re-renders.
    const screen = document.createElement('ck-start-screen');
    screen.prompts = [{ label: 'Plan a trip', icon: 'compass' }];
    document.body.append(screen);
    await screen.updateComplete;
    const compass = screen.shadowRoot!.querySelector('svg[data-icon="compass"]');
    expect(compass).to.not.equal(null);

    await loadIcons();
    await screen.updateComplete;
    expect(bolt.querySelectorAll(DRAWN).length).to.be.greaterThan(0);
    expect(screen.shadowRoot!.querySelector('svg[data-icon="compass"]')!.querySelectorAll(DRAWN).length).to.be.greaterThan(0);
    screen.remove();
    host.remove();
  });

  it('a glyph whose chunk fails shows the fallback and reports the failure once', async () => {
    const failure = new Error('offline');
    const source: GlyphSource = { get: () => undefined, load: () => Promise.reject(failure), fallback: svg`<circle r="1" />` };
    const host = document.createElement('div');
    document.body.append(host);
    const reported: unknown[] = [];
    host.addEventListener(ChunkErrorEvent.eventName, (event) => {
      if (event instanceof ChunkErrorEvent) reported.push(event.detail.error.cause);
    });
    render(html`<svg>${lazyGlyph(source, 'a')}</svg><svg>${lazyGlyph(source, 'b')}</svg>`, host);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
    expect(host.querySelectorAll('circle')).to.have.length(2);
    expect(reported).to.deep.equal([failure]);
    host.remove();
  });
});

