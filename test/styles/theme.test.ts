import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ChatKit, ThemeOption } from '../../src/index.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { composerEditor, composerInput, deepQuery, deepQueryAll, mountChat, settle } from '../helpers/mount.js';

/** What `property` computes to for `value` inside the element (tokens resolved like any descendant's). */
function computed(el: ChatKit, property: string, value: string): string {
  const probe = document.createElement('div');
  probe.style.setProperty(property, value);
  el.shadowRoot!.appendChild(probe);
  const out = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return out;
}

const color = (el: ChatKit, token: string): string => computed(el, 'color', `var(${token})`);

function composerPart(el: ChatKit, selector: string): HTMLElement {
  const node = deepQuery(el, 'ck-composer')?.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!node) throw new Error(`no ${selector} in the composer`);
  return node;
}

/** The enabled Send button (a draft typed, so it is not the greyed-out disabled one). */
async function sendButton(el: ChatKit): Promise<CSSStyleDeclaration> {
  composerInput(el).text = 'Hello';
  composerEditor(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
  const button = composerPart(el, '[part="send"]') as HTMLButtonElement;
  expect(button.disabled, 'send enabled').to.equal(false);
  return getComputedStyle(button);
}

/** A thread with a user bubble and the captures' widgets (order Card with buttons). */
async function demoThread(f: FakeFetch, theme: ThemeOption): Promise<ChatKit> {
  f.reply('threads.create', 'threads.create.sse');
  const el = await mountChat(f, { theme });
  await el.sendUserMessage({ text: 'Show me the demo' });
  await settle(el);
  return el;
}

const added: Element[] = [];
afterEach(async () => {
  for (const node of added.splice(0)) node.remove();
  await emulateMedia({ colorScheme: 'light' });
});

describe('theme option → tokens → what a user sees', () => {
  it('radius shapes the composer, and sharp squares it', async () => {
    const pill = await mountChat(fakeFetch(), { theme: { radius: 'pill' } });
    expect(getComputedStyle(composerPart(pill, 'form')).borderTopLeftRadius).to.equal('24px');
    const sharp = await mountChat(fakeFetch(), { theme: { radius: 'sharp' } });
    expect(getComputedStyle(composerPart(sharp, 'form')).borderTopLeftRadius).to.equal('0px');
    expect(computed(sharp, 'border-top-left-radius', 'var(--ck-radius-control)')).to.equal('0px');
  });

  it('density sets the spacing unit and the line height', async () => {
    const compact = await mountChat(fakeFetch(), { theme: { density: 'compact' } });
    const spacious = await mountChat(fakeFetch(), { theme: { density: 'spacious' } });
    expect(computed(compact, 'padding-left', 'var(--ck-space)')).to.equal('6px');
    expect(computed(spacious, 'padding-left', 'var(--ck-space)')).to.equal('10px');
    expect(parseFloat(getComputedStyle(compact).lineHeight)).to.be.below(parseFloat(getComputedStyle(spacious).lineHeight));
  });

  it('typography sets the base size and the families', async () => {
    const el = await mountChat(fakeFetch(), {
      theme: { typography: { baseSize: 18, fontFamily: '"Atkinson Hyperlegible", sans-serif', fontFamilyMono: 'Courier New, monospace' } },
    });
    expect(getComputedStyle(el).fontSize).to.equal('18px');
    expect(getComputedStyle(el).fontFamily).to.equal('"Atkinson Hyperlegible", sans-serif');
    expect(computed(el, 'font-family', 'var(--ck-font-mono)')).to.equal('"Courier New", monospace');
  });

  it('the accent fills the send button, with readable text', async () => {
    const el = await mountChat(fakeFetch(), { theme: { color: { accent: { primary: '#facc15', level: 1 } } } });
    const send = await sendButton(el);
    expect(send.backgroundColor).to.equal('rgb(250, 204, 21)');
    // Yellow takes dark text, not the default white.
    expect(send.color).to.not.equal('rgb(255, 255, 255)');
  });

  it('surface colours set the background and the text', async () => {
    const el = await mountChat(fakeFetch(), { theme: { color: { surface: { background: '#0f172a', foreground: '#e2e8f0' } } } });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(15, 23, 42)');
    expect(getComputedStyle(el).color).to.equal('rgb(226, 232, 240)');
  });

  it('overrides the dark defaults too', async () => {
    const el = await mountChat(fakeFetch(), { theme: { colorScheme: 'dark', color: { accent: { primary: '#16a34a', level: 1 } } } });
    expect(el.dataset['colorScheme']).to.equal('dark');
    expect((await sendButton(el)).backgroundColor).to.equal('rgb(22, 163, 74)');
  });

  it('page CSS outranks the theme', async () => {
    const style = document.createElement('style');
    style.textContent = 'chat-kit.branded { --ck-color-accent: rgb(200, 0, 100); --ck-radius: 3px; }';
    document.head.appendChild(style);
    added.push(style);
    const el = await mountChat(fakeFetch(), { theme: { radius: 'pill', color: { accent: { primary: '#16a34a', level: 1 } } } });
    el.classList.add('branded');
    await settle(el);
    expect((await sendButton(el)).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(composerPart(el, 'form')).borderTopLeftRadius).to.equal('3px');
  });

  it('page CSS alone restyles a ::part', async () => {
    const style = document.createElement('style');
    style.textContent = 'chat-kit.parted::part(composer-form) { border-radius: 5px; } chat-kit.parted::part(header) { background: rgb(1, 2, 3); }';
    document.head.appendChild(style);
    added.push(style);
    const el = await mountChat(fakeFetch());
    el.classList.add('parted');
    await settle(el);
    expect(getComputedStyle(composerPart(el, 'form')).borderTopLeftRadius).to.equal('5px');
    expect(getComputedStyle(deepQuery(el, 'ck-header')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('hostile values are dropped and the defaults stay', async () => {
    const plain = await mountChat(fakeFetch());
    const hostile = await mountChat(fakeFetch(), {
      theme: {
        color: {
          accent: { primary: 'red; --ck-radius: 0', level: 1 },
          surface: { background: 'url(https://evil.example/x.png)', foreground: 'expression(alert(1))' },
        },
        typography: { fontFamily: 'x}:host{background:red' },
      },
    });
    for (const token of ['--ck-color-accent', '--ck-color-background', '--ck-color-text']) expect(color(hostile, token), token).to.equal(color(plain, token));
    expect(getComputedStyle(hostile).fontFamily).to.equal(getComputedStyle(plain).fontFamily);
    expect(getComputedStyle(composerPart(hostile, 'form')).borderTopLeftRadius).to.equal('14px');
  });

  it('a new theme replaces the old one', async () => {
    const el = await mountChat(fakeFetch(), { theme: { radius: 'sharp' } });
    el.setOptions({ ...el.options!, theme: { radius: 'soft' } });
    await settle(el);
    expect(getComputedStyle(composerPart(el, 'form')).borderTopLeftRadius).to.equal('10px');
    el.setOptions({ ...el.options!, theme: 'light' });
    await settle(el);
    expect(getComputedStyle(composerPart(el, 'form')).borderTopLeftRadius).to.equal('14px');
  });

  it('theme "auto" follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mountChat(fakeFetch(), { theme: { colorScheme: 'auto', color: { grayscale: { hue: 220, tint: 6, shade: -1 } } } });
    expect(el.dataset['colorScheme']).to.equal('dark');
    const darkBackground = getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'light' });
    await waitUntil(() => el.dataset['colorScheme'] === 'light', 'scheme did not follow the page');
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).to.not.equal(darkBackground);
  });
});

describe('widgets follow the theme', () => {
  it('radius, density and accent reach the widget Card and its primary Button', async () => {
    const el = await demoThread(fakeFetch(), { radius: 'sharp', density: 'spacious', color: { accent: { primary: '#7c3aed', level: 1 } } });
    const item = deepQuery<HTMLElement>(el, 'ck-widget-item');
    expect(item, 'a widget item').to.not.equal(null);
    const probe = (property: string, value: string): string => {
      const node = document.createElement('div');
      node.style.setProperty(property, value);
      item!.shadowRoot!.appendChild(node);
      const out = getComputedStyle(node).getPropertyValue(property);
      node.remove();
      return out;
    };
    expect(probe('border-top-left-radius', 'var(--ck-w-radius-xl)')).to.equal('0px');
    expect(probe('padding-left', 'calc(var(--ck-w-spacing-unit) * 2)')).to.equal('10px');
    expect(probe('color', 'var(--ck-w-control-primary-solid-bg)')).to.equal('rgb(124, 58, 237)');
    const buttons = deepQueryAll<HTMLElement>(item!, 'button');
    const filled = buttons.map((b) => getComputedStyle(b).backgroundColor);
    expect(filled, 'some widget button uses the accent').to.include('rgb(124, 58, 237)');
  });

  it('the user bubble takes the accent at level 3', async () => {
    const el = await demoThread(fakeFetch(), { color: { accent: { primary: '#7c3aed', level: 3 } } });
    const bubble = deepQuery(el, 'ck-message')?.shadowRoot?.querySelector('[part~="bubble"]');
    expect(bubble, 'a user bubble').to.not.equal(null);
    expect(getComputedStyle(bubble!).backgroundColor).to.equal('rgb(124, 58, 237)');
    expect(getComputedStyle(bubble!).color).to.equal('rgb(255, 255, 255)');
  });
});
