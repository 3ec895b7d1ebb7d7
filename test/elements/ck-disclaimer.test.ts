import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/ck-disclaimer.js';
import type { CkDisclaimer } from '../../src/elements/ck-disclaimer.js';

describe('<ck-disclaimer>', () => {
  it('renders Markdown text', async () => {
    const el = await fixture<CkDisclaimer>(
      html`<ck-disclaimer .text=${'AI can make **mistakes**. See [terms](https://example.com/terms).'}></ck-disclaimer>`,
    );
    const root = el.shadowRoot!;
    expect(root.textContent.replace(/\s+/g, ' ').trim()).to.equal('AI can make mistakes. See terms.');
    expect(root.querySelector('strong')?.textContent).to.equal('mistakes');
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('https://example.com/terms');
    await expect(el).to.be.accessible();
  });

  it('uses a stronger colour in high contrast', async () => {
    const el = await fixture<CkDisclaimer>(
      html`<div style="--ck-color-text: rgb(1, 2, 3); --ck-color-text-tertiary: rgb(100, 100, 100)">
        <ck-disclaimer text="Note"></ck-disclaimer>
      </div>`,
    ).then((wrap) => wrap.querySelector('ck-disclaimer')!);
    expect(getComputedStyle(el).color).to.equal('rgb(100, 100, 100)');
    el.highContrast = true;
    await el.updateComplete;
    expect(el.hasAttribute('high-contrast')).to.equal(true);
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
  });

  it('renders nothing without text', async () => {
    const el = await fixture<CkDisclaimer>(html`<ck-disclaimer></ck-disclaimer>`);
    expect(el.shadowRoot!.querySelector('.text')).to.equal(null);
  });
});
