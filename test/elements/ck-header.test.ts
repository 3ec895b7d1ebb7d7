import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ck-header.js';
import type { CkHeader } from '../../src/elements/ck-header.js';
import { HeaderActionEvent, HistoryToggleEvent, NewChatEvent } from '../../src/events/internal-events.js';
import { en } from '../../src/i18n/index.js';

const parts = (el: CkHeader): string[] =>
  [...el.shadowRoot!.querySelectorAll('[part]')].map((node) => node.getAttribute('part') ?? '');

const part = (el: CkHeader, name: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

function record<T extends Event>(el: HTMLElement, type: string): T[] {
  const seen: T[] = [];
  el.addEventListener(type, (event) => seen.push(event as T));
  return seen;
}

describe('<ck-header>', () => {
  it('shows only the title and New chat by default', async () => {
    const el = await fixture<CkHeader>(html`<ck-header heading="Trip to Lisbon"></ck-header>`);
    expect(parts(el)).to.deep.equal(['title', 'new-chat']);
    const title = part(el, 'title')!;
    expect(title.textContent).to.equal('Trip to Lisbon');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('falls back to the default title and disables New chat on a new thread', async () => {
    const el = await fixture<CkHeader>(html`<ck-header is-new></ck-header>`);
    expect(part(el, 'title')!.textContent).to.equal(el.strings.defaultTitle);
    expect((part(el, 'new-chat') as HTMLButtonElement).disabled).to.equal(true);
  });

  it('lays out [left][History] title [right][New chat] with named buttons', async () => {
    const el = await fixture<CkHeader>(
      html`<ck-header heading="T" history-enabled .leftAction=${{ icon: 'sidebar-left' }} .rightAction=${{ icon: 'settings-cog' }}></ck-header>`,
    );
    expect(parts(el)).to.deep.equal(['left-action', 'history', 'title', 'right-action', 'new-chat']);
    expect(part(el, 'left-action')!.getAttribute('aria-label')).to.equal('Left action');
    expect(part(el, 'right-action')!.getAttribute('aria-label')).to.equal('Right action');
    expect(part(el, 'history')!.getAttribute('aria-label')).to.equal('History');
    expect(part(el, 'left-action')!.querySelector('svg')?.getAttribute('data-icon')).to.equal('sidebar-left');
    expect(part(el, 'right-action')!.querySelector('svg')?.getAttribute('data-icon')).to.equal('settings-cog');
    await expect(el).to.be.accessible();
  });

  it('uses the given labels for the app buttons', async () => {
    const el = await fixture<CkHeader>(
      html`<ck-header .leftAction=${{ icon: 'menu' }} .leftLabel=${'Open menu'} .rightAction=${{ icon: 'dark-mode' }} .rightLabel=${'Dark theme'}></ck-header>`,
    );
    expect(part(el, 'left-action')!.getAttribute('aria-label')).to.equal('Open menu');
    expect(part(el, 'right-action')!.getAttribute('aria-label')).to.equal('Dark theme');
  });

  it('draws a neutral glyph for an unknown action icon', async () => {
    const el = await fixture<CkHeader>(html`<ck-header .rightAction=${{ icon: 'no-such-icon' }}></ck-header>`);
    const glyph = part(el, 'right-action')!.querySelector('svg')!;
    expect(glyph.hasAttribute('data-icon-fallback')).to.equal(true);
    expect(glyph.querySelectorAll('path, rect, circle').length).to.be.greaterThan(0);
  });

  it('fires HeaderActionEvent with the side pressed', async () => {
    const el = await fixture<CkHeader>(html`<ck-header .leftAction=${{ icon: 'home' }} .rightAction=${{ icon: 'share' }}></ck-header>`);
    const seen = record<HeaderActionEvent>(el, HeaderActionEvent.eventName);
    part(el, 'right-action')!.click();
    part(el, 'left-action')!.click();
    expect(seen.map((event) => event.detail.side)).to.deep.equal(['right', 'left']);
  });

  it('toggles history: aria-expanded follows historyOpen and the event asks for the other state', async () => {
    const el = await fixture<CkHeader>(html`<ck-header heading="My thread" history-enabled></ck-header>`);
    const seen = record<HistoryToggleEvent>(el, HistoryToggleEvent.eventName);
    const button = part(el, 'history')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    expect(seen.map((event) => event.detail.open)).to.deep.equal([true]);

    el.historyOpen = true;
    await el.updateComplete;
    expect(part(el, 'history')!.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'history')!.getAttribute('title')).to.equal('Close history');
    expect(part(el, 'title')!.textContent).to.equal('History');
    part(el, 'history')!.click();
    expect(seen.map((event) => event.detail.open)).to.deep.equal([true, false]);

    el.historyOpen = false;
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('My thread');
  });

  it('reads the history heading from the catalogue', async () => {
    const strings = { ...en, historyHeading: 'Verlauf' };
    const el = await fixture<CkHeader>(html`<ck-header history-enabled history-open .strings=${strings}></ck-header>`);
    expect(part(el, 'title')!.textContent).to.equal('Verlauf');
    expect(part(el, 'history')!.getAttribute('aria-label')).to.equal('Verlauf');
  });

  it('works from the keyboard', async () => {
    const el = await fixture<CkHeader>(html`<ck-header history-enabled .rightAction=${{ icon: 'star' }}></ck-header>`);
    const toggles = record<HistoryToggleEvent>(el, HistoryToggleEvent.eventName);
    const actions = record<HeaderActionEvent>(el, HeaderActionEvent.eventName);
    const chats = record<NewChatEvent>(el, NewChatEvent.eventName);
    part(el, 'history')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(toggles.length).to.equal(1);
    expect(actions.map((event) => event.detail.side)).to.deep.equal(['right']);
    expect(chats.length).to.equal(1);
  });

  it('keeps the title visible while history is open even if the title is hidden', async () => {
    const el = await fixture<CkHeader>(html`<ck-header history-enabled history-open .showTitle=${false}></ck-header>`);
    expect(part(el, 'title')?.textContent).to.equal('History');
    el.historyOpen = false;
    await el.updateComplete;
    expect(part(el, 'title')).to.equal(null);
  });
});
