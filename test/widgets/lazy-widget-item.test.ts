/**
 * `<ck-widget-item>` is tiny; the components are a chunk the first widget item loads. This file
 * imports nothing else from the widgets, so the chunk is not loaded when it starts.
 */
import { expect } from '@open-wc/testing';
import '../../src/widgets/ck-widget-item.js';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { registerWidget, widgetDefinition } from '../../src/widgets/registry.js';
import type { WidgetItem } from '../../src/schemas/index.js';

const item = (widget: Record<string, unknown>): WidgetItem =>
  ({ type: 'widget', id: 'msg_1', thread_id: 'thr_1', created_at: '2026-01-01T00:00:00', widget }) as unknown as WidgetItem;

const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

describe('<ck-widget-item> before and after its chunk', () => {
  // Must run first: registered before the built-in components exist, as an app's script would.
  it('keeps an app\'s replacement of a built-in type, whenever the built-ins load', async () => {
    expect(widgetDefinition('Badge')).to.equal(undefined);
    registerWidget('Badge', { render: (node: { label?: string }) => document.createTextNode(`app badge: ${node.label ?? ''}`) });

    const el = document.createElement('ck-widget-item');
    el.item = item({ type: 'Card', children: [{ type: 'Text', value: 'Hello from a widget' }, { type: 'Badge', label: 'new' }] });
    document.body.append(el);
    await microtasks();
    // The first render does not wait for the chunk: a placeholder holds the place.
    const root = el.shadowRoot!.querySelector('[part="root"]')!;
    expect(root.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector('.ck-w-skeleton')).to.not.equal(null);
    expect(el.shadowRoot!.textContent).to.not.include('Hello from a widget');

    // updateComplete waits for the chunk: then the tree is what the user sees.
    await el.updateComplete;
    await Promise.all(
      [...el.shadowRoot!.querySelectorAll('*')]
        .map((node) => (node as Partial<CkWidgetItem>).updateComplete)
        .filter((done): done is Promise<boolean> => done !== undefined),
    );
    expect(el.shadowRoot!.querySelector('.ck-w-skeleton')).to.equal(null);
    expect(el.shadowRoot!.querySelector('ck-widget-card')).to.not.equal(null);
    expect(el.shadowRoot!.textContent).to.include('Hello from a widget');
    expect(el.shadowRoot!.textContent).to.include('app badge: new');
    expect(el.shadowRoot!.querySelector('ck-widget-badge')).to.equal(null);
    // The built-ins did load (the Card rendered), they just do not override the app.
    expect(widgetDefinition('Card')).to.not.equal(undefined);
    el.remove();
  });

  it('renders at once once the chunk is in', async () => {
    const el = document.createElement('ck-widget-item');
    el.item = item({ type: 'Card', children: [{ type: 'Text', value: 'Second' }] });
    document.body.append(el);
    await microtasks();
    expect(el.shadowRoot!.querySelector('.ck-w-skeleton')).to.equal(null);
    expect(el.shadowRoot!.querySelector('ck-widget-card')).to.not.equal(null);
    el.remove();
  });
});
