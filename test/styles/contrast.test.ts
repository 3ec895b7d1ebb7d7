import { expect } from '@open-wc/testing';
import type { ChatKit, ThemeOption } from '../../src/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import { mountChat } from '../helpers/mount.js';
import { contrastRatio, type Rgb } from '../widgets/helpers.js';

/** Any CSS colour as opaque sRGB 0…255, the way the screen shows it (canvas handles oklch() etc.). */
function rgbOf(cssColor: string): Rgb {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = cssColor;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** The colour a token resolves to inside the element. */
function token(el: ChatKit, name: string): Rgb {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  el.shadowRoot!.appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return rgbOf(value);
}

const ratio = (el: ChatKit, fg: string, bg: string): number => {
  const [a, b] = [token(el, fg), token(el, bg)].map(([r, g, bl]) => [r / 255, g / 255, bl / 255] as const);
  return contrastRatio(a!, b!);
};

const TEXTS = ['--ck-color-text', '--ck-color-text-secondary', '--ck-color-text-tertiary'];
const BACKDROPS = ['--ck-color-background', '--ck-color-surface', '--ck-color-surface-secondary', '--ck-color-surface-elevated', '--ck-color-user-bubble'];

/** The ChatKit samples' theme (starter app), for each scheme. */
const sample = (scheme: 'light' | 'dark'): ThemeOption => ({
  colorScheme: scheme,
  radius: 'round',
  color: {
    grayscale: { hue: 220, tint: 6, shade: scheme === 'dark' ? -1 : -4 },
    accent: { primary: scheme === 'dark' ? '#f1f5f9' : '#0f172a', level: 1 },
  },
});

const CASES: Record<string, ThemeOption> = {
  'default light': { colorScheme: 'light' },
  'default dark': { colorScheme: 'dark' },
  'sample light': sample('light'),
  'sample dark': sample('dark'),
  'sample light, bright accent': { ...sample('light'), color: { ...sample('light').color, accent: { primary: '#facc15', level: 2 } } },
  'sample dark, deep accent': { ...sample('dark'), color: { ...sample('dark').color, accent: { primary: '#1e3a8a', level: 2 } } },
  'max tint, darkest shade, light': { colorScheme: 'light', color: { grayscale: { hue: 30, tint: 9, shade: 4 } } },
  'max tint, darkest shade, dark': { colorScheme: 'dark', color: { grayscale: { hue: 300, tint: 9, shade: 4 } } },
  'unparseable accent, light': { colorScheme: 'light', color: { accent: { primary: 'oklch(0.88 0.17 95)', level: 3 } } },
  'unparseable accent, dark': { colorScheme: 'dark', color: { accent: { primary: 'oklch(0.3 0.12 260)', level: 3 } } },
};

describe('WCAG AA contrast of the tokens', () => {
  for (const [name, theme] of Object.entries(CASES)) {
    it(`${name}: text, accent and bubble colours reach 4.5:1`, async () => {
      const el = await mountChat(fakeFetch(), { theme });
      // At level 3 the bubble is the accent fill: only --ck-color-user-text sits on it (checked below).
      const filledBubble = typeof theme === 'object' && theme.color?.accent?.level === 3;
      const backdrops = filledBubble ? BACKDROPS.filter((bg) => bg !== '--ck-color-user-bubble') : BACKDROPS;
      for (const text of TEXTS) {
        for (const bg of backdrops) expect(ratio(el, text, bg), `${text} on ${bg}`).to.be.at.least(4.5);
      }
      expect(ratio(el, '--ck-color-accent-contrast', '--ck-color-accent'), 'text on accent').to.be.at.least(4.5);
      expect(ratio(el, '--ck-color-accent-contrast', '--ck-color-accent-hover'), 'text on accent hover').to.be.at.least(4.5);
      expect(ratio(el, '--ck-color-user-text', '--ck-color-user-bubble'), 'user text on bubble').to.be.at.least(4.5);
      for (const bg of ['--ck-color-background', '--ck-color-surface']) {
        expect(ratio(el, '--ck-color-accent-text', bg), `accent text on ${bg}`).to.be.at.least(4.5);
        // A focus ring needs 3:1 against what it surrounds.
        expect(ratio(el, '--ck-color-focus', bg), `focus on ${bg}`).to.be.at.least(3);
      }
    });
  }

  it('the samples’ dark theme has no axe violations on the start screen', async () => {
    const el = await mountChat(fakeFetch(), { theme: sample('dark') });
    await expect(el).to.be.accessible();
  });
});
