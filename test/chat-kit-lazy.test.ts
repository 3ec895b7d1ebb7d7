/**
 * What `<chat-kit>` does while a lazy chunk of it loads, and when one cannot be loaded. This
 * page loads only the main bundle's modules up front, so every chunk here is loaded for the
 * first time by the test that needs it (the order of the tests matters).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ChatKit } from '../src/index.js';
import { en } from '../src/i18n/index.js';
import { ChunkErrorEvent } from '../src/widgets/lazy-chunk.js';
import { fakeFetch } from './helpers/fake-fetch.js';
import { deepQuery, recordEvents, settle } from './helpers/mount.js';

const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

async function chat(): Promise<ChatKit> {
  return fixture<ChatKit>(html`<chat-kit style="height: 600px; width: 480px"></chat-kit>`);
}

describe('<chat-kit> lazy parts', () => {
  it('stays hidden until a theme object is applied, instead of flashing the default colours', async () => {
    const el = await chat();
    const f = fakeFetch();
    el.setOptions({ api: { url: '/chatkit', fetch: f.fetch, domainKey: 'domain_pk_test' }, theme: { radius: 'sharp', color: { accent: { primary: '#0a7f5c', level: 1 } } } });
    await microtasks();
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(getComputedStyle(base).visibility).to.equal('hidden');

    await el.updateComplete;
    expect(getComputedStyle(base).visibility).to.equal('visible');
    expect(getComputedStyle(el).getPropertyValue('--ck-radius').trim()).to.equal('0px');
  });

  it('shows the history\'s loading state at once, then the panel with the list', async () => {
    const f = fakeFetch().reply('threads.list', 'threads.list.json');
    const el = await chat();
    el.setOptions({ api: { url: '/chatkit', fetch: f.fetch, domainKey: 'domain_pk_test' } });
    await settle(el);
    const button = deepQuery(el, 'ck-header')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="history"]')!;
    button.click();
    await microtasks();
    // Before the panel's chunk is in: its skeleton, and the status screen readers hear.
    const pending = el.shadowRoot!.querySelector('.history-pending[part="history"]');
    expect(pending, 'loading state shown at once').to.not.equal(null);
    expect(pending!.querySelector('[role="status"]')!.textContent).to.equal(en.historyLoading);
    expect(pending!.querySelectorAll('.skeleton-row').length).to.be.greaterThan(0);

    await el.updateComplete;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.history-pending')).to.equal(null);
    const panel = el.shadowRoot!.querySelector('ck-history-panel')!;
    await waitUntil(() => panel.shadowRoot!.querySelectorAll('[part~="item"]').length > 0, 'threads listed');
    expect(f.calls.map((call) => call.body.type)).to.include('threads.list');
  });

  it('turns a chunk that failed inside it into chatkit.error, and keeps the internal event inside', async () => {
    const el = await chat();
    el.setOptions({ api: { url: '/chatkit', fetch: fakeFetch().fetch, domainKey: 'domain_pk_test' } });
    await settle(el);
    const errors = recordEvents(el, ['chatkit.error']);
    const leaked: Event[] = [];
    const onLeak = (event: Event): void => {
      leaked.push(event);
    };
    document.addEventListener(ChunkErrorEvent.eventName, onLeak);
    // As a nested element does when its chunk fails (here from inside the composer's shadow root).
    const composer = deepQuery(el, 'ck-composer')!;
    composer.shadowRoot!.querySelector('form')!.dispatchEvent(new ChunkErrorEvent(new TypeError('Failed to fetch dynamically imported module')));
    document.removeEventListener(ChunkErrorEvent.eventName, onLeak);
    expect(leaked).to.deep.equal([]);
    expect(errors).to.have.length(1);
    const { error } = errors[0]!.detail as { error: Error };
    expect(error.message).to.include('could not be loaded');
    expect(error.cause).to.be.instanceOf(TypeError);
  });
});
