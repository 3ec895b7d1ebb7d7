import { expect, fixture, html } from '@open-wc/testing';
import { ReplyClearEvent, type CkReplyPreview } from '../../src/elements/ck-reply-preview.js';
import { en } from '../../src/i18n/index.js';

describe('<ck-reply-preview>', () => {
  it('shows the quoted text and a close button that fires ck-reply-clear', async () => {
    const el = await fixture<CkReplyPreview>(html`<ck-reply-preview text="The quick brown fox"></ck-reply-preview>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('blockquote')?.textContent).to.equal('The quick brown fox');
    const close = root.querySelector('button')!;
    expect(close.getAttribute('aria-label')).to.equal(en.clearReply);
    let fired: Event | undefined;
    el.addEventListener(ReplyClearEvent.eventName, (event) => (fired = event));
    close.click();
    expect(fired).to.be.instanceOf(ReplyClearEvent);
    expect(fired?.bubbles).to.equal(true);
    expect(fired?.composed).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('renders nothing without text', async () => {
    const el = await fixture<CkReplyPreview>(html`<ck-reply-preview></ck-reply-preview>`);
    expect(el.shadowRoot!.querySelector('.preview')).to.equal(null);
  });
});
