import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en, type Catalogue } from '../../src/i18n/index.js';
import { loadCatalogue } from '../../src/i18n/load.js';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import '../../src/widgets/ck-widget-item.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { composerInput, deepQuery, mountChat, settle, typeAndSend } from '../helpers/mount.js';
import { q, settleWidget, widgetItem } from '../widgets/helpers.js';
import type { ChatKit } from '../../src/index.js';

const sendLabel = (el: ChatKit): string => deepQuery(el, '[part="send"]')?.getAttribute('aria-label') ?? '';

/** Waits until the element shows the catalogue of `strings` (the language chunk loads async). */
async function showing(el: ChatKit, strings: Catalogue): Promise<void> {
  await waitUntil(() => sendLabel(el) === strings.send, `send button never read "${strings.send}"`);
  await settle(el);
}

describe('<chat-kit> locale', () => {
  it('shows French UI for locale "fr"', async () => {
    const fr = await loadCatalogue('fr');
    const el = await mountChat(fakeFetch(), { locale: 'fr' });
    await showing(el, fr);
    expect(composerInput(el).placeholder).to.equal(fr.placeholder);
    expect(deepQuery(el, '[part="base"]')?.getAttribute('lang')).to.equal('fr');
    expect(deepQuery(el, '[part="base"]')?.getAttribute('dir')).to.equal('ltr');
  });

  it('shows Arabic right to left for locale "ar"', async () => {
    const ar = await loadCatalogue('ar');
    const el = await mountChat(fakeFetch(), { locale: 'ar' });
    await showing(el, ar);
    const base = deepQuery(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(composerInput(el).placeholder).to.equal(ar.placeholder);
  });

  it('puts Hebrew right to left too, and a regional locale uses its language', async () => {
    const he = await loadCatalogue('he');
    const el = await mountChat(fakeFetch(), { locale: 'he-IL' });
    await showing(el, he);
    expect(deepQuery(el, '[part="base"]')?.getAttribute('dir')).to.equal('rtl');
  });

  it('swaps the strings when the locale attribute changes at runtime', async () => {
    const de = await loadCatalogue('de');
    const ja = await loadCatalogue('ja');
    const el = await mountChat(fakeFetch());
    el.setAttribute('locale', 'de');
    await showing(el, de);
    el.setAttribute('locale', 'ja');
    await showing(el, ja);
    expect(composerInput(el).placeholder).to.equal(ja.placeholder);
    el.setAttribute('locale', 'en');
    await showing(el, en);
    expect(composerInput(el).placeholder).to.equal(en.placeholder);
  });

  it('sends the locale as Accept-Language', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f, { locale: 'fr' });
    await showing(el, await loadCatalogue('fr'));
    await typeAndSend(el, 'Bonjour');
    const [call] = await f.waitForCalls(1);
    expect(call?.headers['accept-language']).to.equal('fr');
  });

  it('falls back to English for a locale without a catalogue', async () => {
    const el = await mountChat(fakeFetch(), { locale: 'nl-NL' });
    await settle(el);
    expect(sendLabel(el)).to.equal(en.send);
    expect(deepQuery(el, '[part="base"]')?.getAttribute('dir')).to.equal('ltr');
  });
});

async function mountLocalized(widget: Record<string, unknown>, strings: Catalogue): Promise<CkWidgetItem> {
  const item = await fixture<CkWidgetItem>(
    html`<ck-widget-item style="width: 600px" .strings=${strings} .item=${widgetItem(widget)}></ck-widget-item>`,
  );
  await settleWidget(item);
  return item;
}

describe('widgets in the element locale', () => {
  it('validates a form in French', async () => {
    const fr = await loadCatalogue('fr');
    const item = await mountLocalized(
      {
        type: 'Card',
        children: [
          {
            type: 'Form',
            onSubmitAction: { type: 'submit' },
            children: [
              { type: 'Input', name: 'a', required: true },
              { type: 'Input', name: 'b', required: true },
              { type: 'Button', label: 'OK', submit: true },
            ],
          },
        ],
      },
      fr,
    );
    q(item, 'button[type="submit"]').click();
    await settleWidget(item);
    expect(q(item, 'ck-widget-form [role="alert"]').textContent.trim()).to.equal(
      fr.widgetFormInvalid_other.replace('{count}', '2'),
    );
    expect(q(item, '.ck-w-field__message').textContent.trim()).to.equal(fr.widgetRequired);
  });

  it('names a clear button in German', async () => {
    const de = await loadCatalogue('de');
    const item = await mountLocalized(
      { type: 'Card', children: [{ type: 'DatePicker', name: 'd', clearable: true, defaultValue: '2026-01-05' }] },
      de,
    );
    expect(q(item, '.ck-w-field__clear').getAttribute('aria-label')).to.equal(de.widgetClear);
  });

  it('summarizes a chart in Spanish with Spanish number formatting', async () => {
    const es = await loadCatalogue('es');
    const item = await mountLocalized(
      {
        type: 'Card',
        children: [
          {
            type: 'Chart',
            data: [
              { m: 'Ene', v: 1200.5 },
              { m: 'Feb', v: 34000.25 },
            ],
            series: [{ type: 'bar', dataKey: 'v', label: 'Ventas' }],
            xAxis: 'm',
          },
        ],
      },
      es,
    );
    await waitUntil(() => item.shadowRoot?.querySelector('.ck-w-chart__plot[aria-label]'), 'chart never rendered');
    const summary = q(item, '.ck-w-chart__plot').getAttribute('aria-label') ?? '';
    const number = new Intl.NumberFormat('es', { maximumFractionDigits: 2 });
    expect(summary.startsWith(`${es.chartBar}: Ventas`)).to.equal(true);
    expect(summary).to.contain(es.chartCategories_other.replace('{count}', '2'));
    expect(summary).to.contain(`${number.format(1200.5)} a ${number.format(34000.25)}`);
    expect(q(item, '.ck-w-chart__data caption').textContent).to.contain(es.chartDataCaption);
  });
});
