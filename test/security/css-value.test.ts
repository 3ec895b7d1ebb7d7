import { expect } from '@open-wc/testing';
import { MAX_CSS_VALUE_LENGTH, safeCssValue } from '../../src/security/css-value.js';

describe('safeCssValue', () => {
  describe('accepts plausible values', () => {
    const accepted = [
      // keywords and named colours
      'red', 'RebeccaPurple', 'transparent', 'currentColor', 'auto', 'inherit', 'fit-content', '-webkit-fill-available',
      // hex
      '#abc', '#abcd', '#a1b2c3', '#A1B2C3D4',
      // colour functions, legacy and modern syntax
      'rgb(255, 0, 0)', 'rgba(255,0,0,0.5)', 'rgb(255 0 0 / 50%)', 'hsl(120deg 50% 40%)', 'hsla(120, 50%, 40%, .3)',
      'hwb(200 10% 20%)', 'lab(52% 40 -20)', 'lch(52% 60 120)', 'oklab(0.6 0.1 -0.1)', 'oklch(62% 0.2 262)',
      'color(display-p3 1 0 0)', 'color-mix(in srgb, red 40%, blue)', 'light-dark(#fff, #000)', 'RGB(1 2 3)',
      // custom properties
      'var(--ck-color-blue-500)', 'var(--brand, #0a7)', 'var(--a, var(--b, 4px))',
      // gradients
      'linear-gradient(to right, #fff, rgb(0 0 0 / 50%))',
      'linear-gradient(135deg, oklch(70% 0.1 200) 0%, var(--x) 100%)',
      'radial-gradient(circle at center, red 0, blue 50%)',
      'conic-gradient(from 90deg at 50% 50%, red, yellow, lime)',
      'repeating-linear-gradient(45deg, #000 0 4px, transparent 4px 8px)',
      'linear-gradient(in oklch, red, blue)',
      // lengths and math
      '12px', '1.5rem', '50%', '0', '-8px', '.5em', '1e2px', '100dvh', '30cqw', '2fr', '1turn',
      'calc(100% - 8px)', 'calc((100% - 2 * 8px) / 3)', 'min(100%, 480px)', 'clamp(1rem, 2vw + 4px, 2rem)',
      'max(var(--a), 10px)',
      // several parts: shorthands, ratios
      '8px 16px', '16 / 9', '16/9', '  12px  ',
    ];
    for (const value of accepted) {
      it(JSON.stringify(value), () => {
        expect(safeCssValue(value)).to.equal(value.trim());
      });
    }
  });

  describe('refuses', () => {
    it('non-strings and empty strings', () => {
      for (const value of [undefined, null, 12, true, {}, ['red'], '', '   ']) {
        expect(safeCssValue(value), JSON.stringify(value)).to.equal(null);
      }
    });

    it(`anything longer than ${String(MAX_CSS_VALUE_LENGTH)} characters`, () => {
      const longest = `calc(${'1px + '.repeat(31)}1px)`;
      expect(longest.length).to.be.at.most(MAX_CSS_VALUE_LENGTH);
      expect(safeCssValue(longest)).to.equal(longest);
      expect(safeCssValue('a'.repeat(MAX_CSS_VALUE_LENGTH))).to.equal('a'.repeat(MAX_CSS_VALUE_LENGTH));
      expect(safeCssValue('a'.repeat(MAX_CSS_VALUE_LENGTH + 1))).to.equal(null);
      expect(safeCssValue(`${' '.repeat(MAX_CSS_VALUE_LENGTH)}red`)).to.equal(null);
    });

    const injection = [
      // breaking out of the declaration or the rule
      'red; background: url(https://evil.example/x)',
      'red;',
      'red}body{background:red',
      '{}',
      'red !important',
      'red!important',
      '#fff/**/',
      '/* comment */ red',
      'red\\;',
      '\\75rl(https://evil.example)',
      '</style><script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"red"',
      "'red'",
      '`red`',
      '@import "https://evil.example/x.css"',
      // loading resources, leaking data, running code
      'url(https://evil.example/x.png)',
      'URL(https://evil.example/x.png)',
      'url("https://evil.example/x.png")',
      'url (https://evil.example/x.png)',
      'calc(url (x))',
      'linear-gradient(red, blue), url(https://evil.example/x)',
      'image(https://evil.example/x.png)',
      'image-set(url(a.png) 1x)',
      'image-set("a.png" 1x)',
      '-webkit-image-set(url(a.png) 1x)',
      'element(#secret)',
      '-moz-element(#secret)',
      'cross-fade(url(a.png), url(b.png), 50%)',
      'expression(alert(1))',
      'EXPRESSION(alert(1))',
      'attr(data-secret)',
      'attr(data-secret type(<color>))',
      'var(--x, url(https://evil.example/x))',
      'paint(worklet)',
      'env(safe-area-inset-top)',
      'src(https://evil.example)',
      'javascript:alert(1)',
      '-moz-binding',
      'behavior',
      // control characters and non-ASCII lookalikes
      're\u0000d',
      'red\n; color: blue',
      '\tred',
      'r\u00e9d',
      'ｕｒｌ(x)',
      'red\u2028',
      '\u00a0red',
      'fit-content(200px)',
      // malformed or not a single value
      'red, blue',
      '#ab',
      '#abcde',
      '#ggg',
      '#fffg',
      '12pxx',
      '12foo',
      '1px-2px',
      'rgb(1 2 3',
      'rgb(1 2 3))',
      ')(',
      'rgb()',
      'var()',
      'var(x)',
      'var(red)',
      '--custom',
      '(1px)',
      'translate(1px)',
      'rotate(45deg)',
      'a.b',
      'a=b',
      'a:b',
      'a[b]',
      'a&b',
      'a|b',
      'calc(((((((((1px)))))))))',
    ];
    for (const value of injection) {
      it(JSON.stringify(value), () => {
        expect(safeCssValue(value)).to.equal(null);
      });
    }
  });

  it('what it accepts is a value the browser parses for its property', () => {
    const byProperty: Record<string, string[]> = {
      color: ['#a1b2c3', 'oklch(62% 0.2 262)', 'light-dark(#fff, #000)', 'color-mix(in srgb, red 40%, blue)', 'rebeccapurple'],
      background: ['linear-gradient(to right, #fff, rgb(0 0 0 / 50%))', 'conic-gradient(from 90deg, red, blue)'],
      width: ['calc((100% - 2 * 8px) / 3)', 'clamp(1rem, 2vw + 4px, 2rem)', '30cqw'],
      padding: ['8px 16px'],
      'aspect-ratio': ['16 / 9'],
    };
    for (const [property, values] of Object.entries(byProperty)) {
      for (const value of values) {
        expect(safeCssValue(value), value).to.equal(value);
        expect(CSS.supports(property, value), `${property}: ${value}`).to.equal(true);
      }
    }
  });
});
