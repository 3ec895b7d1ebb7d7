import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../demo/gallery-catalog.js';
import { mountWidget, qa } from './helpers.js';

/**
 * The gallery's catalogue (every component and variant) and the reference widget trees render
 * without fallbacks and pass axe, in light and dark.
 */
const manifest = (await (await fetch(new URL('../fixtures/manifest.json', import.meta.url))).json()) as { widgets: string[] };
const fixtures = await Promise.all(
  manifest.widgets.map(async (name) => ({
    name: `fixture ${name}`,
    widget: (await (await fetch(new URL(`../fixtures/widgets/${name}`, import.meta.url))).json()) as Record<string, unknown>,
  })),
);

describe('widget gallery', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const entry of [...fixtures, ...CATALOGUE]) {
      it(`${entry.name} (${scheme}) renders every node and is accessible`, async () => {
        const item = await mountWidget(entry.widget, { colorScheme: scheme });
        // As in a thread: widgets sit on the element's background of their scheme.
        item.style.background = scheme === 'dark' ? '#18181b' : '#ffffff';
        const errors = qa(item, '[data-widget-error]').map((node) => node.getAttribute('data-widget-error'));
        expect(errors).to.deep.equal([]);
        await expect(item).to.be.accessible();
      });
    }
  }
});
