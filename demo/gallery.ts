/// <reference types="vite/client" />
import '../src/index.js';
import type { WidgetItem } from '../src/schemas/index.js';
import { CATALOGUE } from './gallery-catalog.js';

/** The reference fixtures' widget trees (as a ChatKit server renders its `.widget` templates). */
const fixtures = import.meta.glob<Record<string, unknown>>('../test/fixtures/widgets/*.json', { eager: true, import: 'default' });

const main = document.querySelector('#gallery');
if (!main) throw new Error('gallery markup is missing');

let counter = 0;
function section(title: string, widget: Record<string, unknown>): void {
  const heading = document.createElement('h2');
  heading.textContent = title;
  const pair = document.createElement('div');
  pair.className = 'pair';
  for (const scheme of ['light', 'dark'] as const) {
    const pane = document.createElement('section');
    pane.className = `pane ${scheme}`;
    pane.setAttribute('aria-label', `${title} (${scheme})`);
    const label = document.createElement('p');
    label.className = 'label';
    label.textContent = scheme;
    const item = document.createElement('ck-widget-item');
    item.scheme = scheme;
    counter += 1;
    item.item = { type: 'widget', id: `gallery_${String(counter)}`, thread_id: 'gallery', created_at: '2026-01-01T00:00:00', widget } as unknown as WidgetItem;
    pane.append(label, item);
    pair.append(pane);
  }
  main?.append(heading, pair);
}

for (const [path, widget] of Object.entries<Record<string, unknown>>(fixtures)) {
  section(`Fixture: ${path.split('/').pop()?.replace('.json', '') ?? path}`, widget);
}
for (const entry of CATALOGUE) section(entry.name, entry.widget);

// Client actions in the gallery just log, so every button can be tried.
document.addEventListener('ck-widget-action', (event) => {
  const { action } = (event as CustomEvent<{ action: { type: string }; result?: Promise<void> }>).detail;
  console.info('widget action', action);
  (event as CustomEvent<{ result?: Promise<void> }>).detail.result = Promise.resolve();
});
