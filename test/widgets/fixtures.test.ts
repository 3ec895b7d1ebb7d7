import { expect } from '@open-wc/testing';
import { widgetTypes } from '../../src/widgets/registry.js';
import { mountWidget, qa } from './helpers.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);

async function fetchText(path: string): Promise<string> {
  const response = await fetch(new URL(path, FIXTURES));
  if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
  return response.text();
}

/** The final tree of every widget item the server sent (`thread.item.done`). */
function widgetItemsOf(sse: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of sse.split('\n')) {
    if (!line.startsWith('data: ')) continue;
    const event = JSON.parse(line.slice(6)) as { type?: string; item?: { type?: string; widget?: Record<string, unknown> } };
    if (event.type === 'thread.item.done' && event.item?.type === 'widget' && event.item.widget) out.push(event.item.widget);
  }
  return out;
}

/**
 * Fallbacks for types that ARE registered mean a real component rejected real data. Types that
 * are not implemented yet (Form, Select…) may fall back; their siblings must still render.
 */
function fallbacksOfRegisteredTypes(item: Parameters<typeof qa>[0]): string[] {
  const registered = new Set(widgetTypes());
  return qa(item, '[data-widget-error]')
    .map((el) => el.getAttribute('data-widget-error') ?? '')
    .filter((label) => registered.has(label.split(':')[0] ?? ''));
}

describe('real widget trees', () => {
  it('renders every widget template fixture without a fallback for an implemented component', async () => {
    const manifest = JSON.parse(await fetchText('manifest.json')) as { widgets: string[] };
    expect(manifest.widgets.length).to.be.greaterThan(0);
    for (const name of manifest.widgets) {
      const widget = JSON.parse(await fetchText(`widgets/${name}`)) as Record<string, unknown>;
      const item = await mountWidget(widget);
      expect(fallbacksOfRegisteredTypes(item), name).to.deep.equal([]);
      const rootTag = `ck-widget-${{ Card: 'card', ListView: 'list-view', Basic: 'basic' }[widget['type'] as string] ?? '?'}`;
      expect(qa(item, rootTag), name).to.have.length(1);
    }
  });

  it('renders the widget items streamed by threads.create (Card and ListView)', async () => {
    const widgets = widgetItemsOf(await fetchText('chatkit-server/threads.create.sse'));
    expect(widgets.map((w) => w['type'])).to.deep.equal(['Card', 'ListView']);
    for (const widget of widgets) {
      const item = await mountWidget(widget);
      expect(fallbacksOfRegisteredTypes(item), String(widget['type'])).to.deep.equal([]);
    }
    const [card, list] = widgets;
    const cardItem = await mountWidget(card!);
    expect(qa(cardItem, 'ck-widget-card .ck-w-status')[0]?.textContent.trim()).to.equal('ChatKit peer demo');
    expect(qa(cardItem, 'ck-widget-card ck-widget-divider')).to.have.length(2);
    const listItem = await mountWidget(list!);
    expect(qa(listItem, '[role="listitem"] button')).to.have.length(2);
    expect(qa(listItem, '.ck-w-status')[0]?.textContent.trim()).to.equal('Pick a line');
  });
});

describe('accessibility of the containers', () => {
  it('passes axe for a card with status, footer and flush divider, and for a limited clickable list', async () => {
    const card = await mountWidget({
      type: 'Card',
      status: { text: 'Flights', icon: 'globe' },
      children: [{ type: 'Row', children: [{ type: 'Box', size: 20 }, { type: 'Spacer' }] }, { type: 'Divider', flush: true }],
      confirm: { label: 'Book', action: { type: 'book' } },
      cancel: { label: 'Cancel', action: { type: 'cancel' } },
    });
    await expect(card).to.be.accessible();
    const list = await mountWidget({
      type: 'ListView',
      limit: 1,
      status: { text: 'Lines', favicon: 'https://example.com/f.png', frame: true },
      children: [1, 2].map((n) => ({ type: 'ListViewItem', key: String(n), onClickAction: { type: 'pick' }, children: [{ type: 'Box', size: 10 }, { type: 'Text', value: `Line ${String(n)}` }] })),
    });
    await expect(list).to.be.accessible();
  });
});
