import { expect } from '@open-wc/testing';
import { safeFontFamily, themeCss } from '../../src/styles/theme.js';
import { contrast, ensureContrast, fromOklch, parseColor, textOn, toHex, toOklch, type Rgb } from '../../src/styles/theme-color.js';

/** The declarations of a themeCss() rule as a name → value map. */
function declarations(css: string): Record<string, string> {
  const body = /\{([^]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

const rgb = (hex: string): Rgb => {
  const c = parseColor(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};

describe('themeCss', () => {
  it('returns nothing without a theme or without levers', () => {
    expect(themeCss(null, 'light')).to.equal('');
    expect(themeCss({ colorScheme: 'dark' }, 'dark')).to.equal('');
  });

  it('targets :host and the scheme-specific host so it beats the dark defaults', () => {
    expect(themeCss({ radius: 'sharp' }, 'dark')).to.match(/^:host,\s*:host\(\[data-color-scheme\]\)\s*\{/);
  });

  it('maps radius, density and base size onto their tokens', () => {
    const sharp = declarations(themeCss({ radius: 'sharp', density: 'compact', typography: { baseSize: 17 } }, 'light'));
    expect(sharp['--ck-radius']).to.equal('0px');
    expect(sharp['--ck-radius-small']).to.equal('0px');
    expect(sharp['--ck-radius-control']).to.equal('0px');
    expect(sharp['--ck-space']).to.equal('6px');
    expect(sharp['--ck-font-size']).to.equal('17px');
    const pill = declarations(themeCss({ radius: 'pill', density: 'spacious' }, 'light'));
    expect(parseFloat(pill['--ck-radius']!)).to.be.above(parseFloat(declarations(themeCss({ radius: 'soft' }, 'light'))['--ck-radius']!));
    expect(pill['--ck-radius-control']).to.equal('9999px');
    expect(parseFloat(pill['--ck-space']!)).to.be.above(8);
  });

  it('normalises font families and drops hostile ones', () => {
    const ok = declarations(themeCss({ typography: { fontFamily: `'Inter Var', "Noto Sans",  system-ui`, fontFamilyMono: 'JetBrains Mono, monospace' } }, 'light'));
    expect(ok['--ck-font-family']).to.equal('"Inter Var", "Noto Sans", system-ui');
    expect(ok['--ck-font-mono']).to.equal('JetBrains Mono, monospace');
    for (const hostile of ['Inter; background: red', 'x}:host{color:red', 'url(https://evil.example/f)', '"a\\"b"', 'Inter, "unclosed', '']) {
      expect(safeFontFamily(hostile), hostile).to.equal(null);
      expect(themeCss({ typography: { fontFamily: hostile } }, 'light'), hostile).to.equal('');
    }
  });

  it('drops hostile colours, keeping the rest of the theme', () => {
    const hostile = ['red; --ck-radius: 0', 'url(https://evil.example/x)', 'expression(alert(1))', '#fff}:host{color:red', 'attr(data-x)'];
    for (const value of hostile) {
      const css = themeCss({ radius: 'soft', color: { accent: { primary: value, level: 1 }, surface: { background: value, foreground: value } } }, 'light');
      const d = declarations(css);
      expect(Object.keys(d), value).to.deep.equal(['--ck-radius', '--ck-radius-small', '--ck-radius-control']);
      expect(css, value).to.not.match(/url|expression|attr|evil/);
    }
  });

  it('derives accent text that reads at 4.5:1 on the fill, for light and dark accents', () => {
    for (const primary of ['#facc15', '#1e3a8a', '#777777', 'rgb(0 200 120)', 'hsl(280 70% 55%)']) {
      for (const scheme of ['light', 'dark'] as const) {
        const d = declarations(themeCss({ color: { accent: { primary, level: 1 } } }, scheme));
        const fill = rgb(d['--ck-color-accent']!);
        expect(contrast(rgb(d['--ck-color-accent-contrast']!), fill), `${primary} ${scheme}`).to.be.at.least(4.5);
        expect(contrast(rgb(d['--ck-color-accent-contrast']!), rgb(d['--ck-color-accent-hover']!)), `${primary} hover`).to.be.at.least(4.5);
        const surface = rgb(scheme === 'light' ? '#ffffff' : '#1f1f23');
        expect(contrast(rgb(d['--ck-color-accent-text']!), surface), `${primary} as text on ${scheme}`).to.be.at.least(4.5);
      }
    }
  });

  it('uses a colour it cannot parse as given, with CSS-derived companions', () => {
    const d = declarations(themeCss({ color: { accent: { primary: 'oklch(0.6 0.2 150)', level: 3 } } }, 'light'));
    expect(d['--ck-color-accent']).to.equal('oklch(0.6 0.2 150)');
    expect(d['--ck-color-accent-contrast']).to.contain('oklch(from oklch(0.6 0.2 150)');
    expect(d['--ck-color-user-bubble']).to.equal('oklch(0.6 0.2 150)');
  });

  it('raises the accent level from a faint tint to a filled user bubble', () => {
    const soft = (level: 0 | 1 | 2 | 3): number =>
      contrast(rgb(declarations(themeCss({ color: { accent: { primary: '#0f766e', level } } }, 'light'))['--ck-color-accent-soft']!), rgb('#ffffff'));
    expect(soft(0)).to.be.below(soft(1));
    expect(soft(2)).to.be.below(soft(3));
    expect(declarations(themeCss({ color: { accent: { primary: '#0f766e', level: 1 } } }, 'light'))).to.not.have.property('--ck-color-user-bubble');
    const filled = declarations(themeCss({ color: { accent: { primary: '#0f766e', level: 3 } } }, 'light'));
    expect(filled['--ck-color-user-bubble']).to.equal('#0f766e');
    expect(contrast(rgb(filled['--ck-color-user-text']!), rgb('#0f766e'))).to.be.at.least(4.5);
  });

  it('tints the grey ramp with the hue and moves it with the shade', () => {
    const ramp = (shade: -4 | 0 | 4, tint: 0 | 6 = 6): Record<string, string> =>
      declarations(themeCss({ color: { grayscale: { hue: 220, tint, shade } } }, 'light'));
    const [, chroma, hue] = toOklch(rgb(ramp(0)['--ck-color-surface-secondary']!));
    expect(chroma).to.be.above(0.01);
    expect(Math.abs(hue - 220)).to.be.below(10);
    const [, neutral] = toOklch(rgb(ramp(0, 0)['--ck-color-surface-secondary']!));
    expect(neutral).to.be.below(0.002);
    const lightness = (d: Record<string, string>): number => toOklch(rgb(d['--ck-color-surface-secondary']!))[0];
    expect(lightness(ramp(-4))).to.be.above(lightness(ramp(0)));
    expect(lightness(ramp(4))).to.be.below(lightness(ramp(0)));
  });

  it('mixes secondary surfaces and texts from surface colours, keeping text at 4.5:1', () => {
    const d = declarations(themeCss({ color: { surface: { background: '#2b1d3a', foreground: '#8a7f99' } } }, 'dark'));
    expect(d['--ck-color-background']).to.equal('#2b1d3a');
    for (const text of ['--ck-color-text', '--ck-color-text-secondary', '--ck-color-text-tertiary']) {
      for (const bg of ['--ck-color-background', '--ck-color-surface', '--ck-color-surface-secondary', '--ck-color-user-bubble']) {
        expect(contrast(rgb(d[text]!), rgb(d[bg]!)), `${text} on ${bg}`).to.be.at.least(4.5);
      }
    }
    // Too faint a foreground is darkened/lightened, not kept as given.
    expect(d['--ck-color-text']).to.not.equal('#8a7f99');
  });
});

describe('theme colour maths', () => {
  it('parses hex, rgb() and hsl(), refusing translucent and unknown colours', () => {
    expect(toHex(rgb('#0af'))).to.equal('#00aaff');
    expect(toHex(rgb('rgb(255, 0, 128)'))).to.equal('#ff0080');
    expect(toHex(rgb('rgb(100% 0% 50%)'))).to.equal('#ff0080');
    expect(toHex(rgb('hsl(120deg 100% 25%)'))).to.equal('#008000');
    expect(toHex(rgb('hsla(0, 100%, 50%, 1)'))).to.equal('#ff0000');
    for (const no of ['#12345', 'rgba(0,0,0,0.5)', '#00000080', 'red', 'oklch(0.5 0.1 20)', 'var(--x)']) expect(parseColor(no), no).to.equal(null);
  });

  it('round-trips OKLCH and keeps out-of-gamut colours in sRGB', () => {
    expect(toHex(fromOklch(toOklch(rgb('#3b82f6'))))).to.equal('#3b82f6');
    const wild = fromOklch([0.7, 0.5, 140]);
    for (const c of wild) expect(c).to.be.within(0, 1);
  });

  it('nudges a colour until it reaches the ratio on every background', () => {
    const nudged = ensureContrast(rgb('#9ca3af'), [rgb('#ffffff'), rgb('#f4f4f5')]);
    expect(contrast(nudged, rgb('#f4f4f5'))).to.be.at.least(4.5);
    const light = ensureContrast(rgb('#4b5563'), [rgb('#18181b')]);
    expect(contrast(light, rgb('#18181b'))).to.be.at.least(4.5);
    for (const fill of ['#767676', '#808080', '#6b6b6b', '#ff0000', '#00ff00']) expect(contrast(textOn(rgb(fill)), rgb(fill)), fill).to.be.at.least(4.5);
  });
});
