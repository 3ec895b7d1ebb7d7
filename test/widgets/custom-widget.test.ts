import { expect, html, oneEvent } from '@open-wc/testing';
import * as z from 'zod/mini';
import { registerWidget } from '../../src/index.js';
import type { WidgetContext } from '../../src/widgets/context.js';
import { mountInCard, q, qa } from './helpers.js';

/** An app's own component, written as a plain custom element (no Lit). */
class PriceTag extends HTMLElement {
  ctx?: WidgetContext;
  set node(node: { amount: number; currency: string }) {
    this.textContent = '';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `${String(node.amount)} ${node.currency}`;
    button.addEventListener('click', () => {
      void this.ctx?.action({ type: 'price.open', payload: { amount: node.amount } } as never, { binding: 'click', element: this }).catch(() => undefined);
    });
    this.append(button);
  }
}
customElements.define('test-price-tag', PriceTag);

registerWidget('PriceTag', {
  element: 'test-price-tag',
  schema: z.object({ type: z.literal('PriceTag'), amount: z.number(), currency: z.string() }),
});
registerWidget<{ type: 'Stars'; count: number }>('Stars', {
  render: (node) => html`<span class="stars" role="img" aria-label=${`${String(node.count)} stars`}>${'★'.repeat(node.count)}</span>`,
});

describe('registerWidget (custom components)', () => {
  it('renders an app element with the validated node', async () => {
    const item = await mountInCard({ type: 'PriceTag', amount: 12.5, currency: 'EUR' });
    expect(q(item, 'test-price-tag button').textContent).to.equal('12.5 EUR');
  });

  it('renders a render-function component', async () => {
    const item = await mountInCard({ type: 'Stars', count: 3 });
    expect(q(item, '.stars').textContent).to.equal('★★★');
  });

  it('invalid props of a custom type render the contained fallback with the schema reason', async () => {
    const item = await mountInCard({ type: 'PriceTag', amount: 'a lot', currency: 'EUR' });
    const fallback = q(item, '[data-widget-error]');
    expect(fallback.getAttribute('data-widget-error')).to.match(/^PriceTag: amount: /);
    expect(qa(item, 'test-price-tag')).to.have.length(0);
  });

  it('actions from an app element reach <chat-kit> with the protocol defaults applied', async () => {
    const item = await mountInCard({ type: 'PriceTag', amount: 3, currency: 'USD' });
    const request = oneEvent(item, 'ck-widget-action');
    q(item, 'test-price-tag button').click();
    const { detail } = await request;
    expect(detail.action).to.deep.equal({
      type: 'price.open',
      payload: { amount: 3 },
      handler: 'server',
      loadingBehavior: 'auto',
      streaming: true,
    });
  });

  it('rejects an invalid element name', () => {
    expect(() => {
      registerWidget('Bad', { element: 'notvalid' });
    }).to.throw(/not a valid custom element name/);
  });
});
