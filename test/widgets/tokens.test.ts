import { expect } from '@open-wc/testing';
import { tokens } from '../../src/styles/tokens.js';
import { widgetTokens } from '../../src/styles/widget-tokens.js';
import {
  BORDER_COLORS,
  CHART_COLORS,
  CONTROL_COLORS,
  RADII,
  RAMP_HUES,
  RAMP_STEPS,
  SURFACE_COLORS,
  TEXT_COLORS,
  backgroundColor,
  blockStyles,
  borderColor,
  borderStyles,
  boxStyles,
  chartColor,
  iconColor,
  radius,
  size,
  spacing,
  spacingSides,
  textColor,
} from '../../src/widgets/tokens.js';

const COLOR_RESOLVERS = { textColor, iconColor, backgroundColor, borderColor, chartColor };
const HOSTILE = [
  'red; background: url(https://evil.example/x)',
  'url(https://evil.example/x.png)',
  'expression(alert(1))',
  'attr(data-secret)',
  'red !important',
  '</style><script>alert(1)</script>',
  'image-set(url(a.png) 1x)',
  'x'.repeat(300),
];

describe('widget tokens: colours', () => {
  it('map each family’s tokens to its custom property', () => {
    for (const t of TEXT_COLORS) {
      expect(textColor(t)).to.equal(`var(--ck-w-text-${t})`);
      expect(iconColor(t)).to.equal(`var(--ck-w-text-${t})`);
    }
    for (const t of SURFACE_COLORS) expect(backgroundColor(t)).to.equal(`var(--ck-w-${t})`);
    for (const t of BORDER_COLORS) expect(borderColor(t)).to.equal(`var(--ck-w-border-${t})`);
    for (const t of CHART_COLORS) expect(chartColor(t)).to.equal(`var(--ck-w-chart-${t})`);
  });

  it('map palette tokens to the primitive ramp, in every family', () => {
    for (const [name, resolve] of Object.entries(COLOR_RESOLVERS)) {
      for (const hue of RAMP_HUES) {
        for (const step of RAMP_STEPS) {
          expect(resolve(`${hue}-${String(step)}`), name).to.equal(`var(--ck-color-${hue}-${String(step)})`);
        }
      }
      for (const notRamp of ['blue-55', 'blue-1000', 'navy-500', 'blue-500-', 'Blue-500']) {
        expect(resolve(notRamp), `${name}(${notRamp})`).to.equal(null);
      }
    }
  });

  it('turn {light, dark} into light-dark() of the resolved sides', () => {
    expect(textColor({ light: 'primary', dark: '#fafafa' })).to.equal('light-dark(var(--ck-w-text-primary), #fafafa)');
    expect(backgroundColor({ light: 'blue-50', dark: 'surface' })).to.equal(
      'light-dark(var(--ck-color-blue-50), var(--ck-w-surface))',
    );
    expect(borderColor({ light: 'rgb(0 0 0 / 10%)', dark: 'strong' })).to.equal(
      'light-dark(rgb(0 0 0 / 10%), var(--ck-w-border-strong))',
    );
    // Either side unusable → nothing; light-dark() cannot hold gradients.
    expect(textColor({ light: 'primary' })).to.equal(null);
    expect(textColor({ light: 'primary', dark: 'url(x)' })).to.equal(null);
    expect(backgroundColor({ light: 'linear-gradient(red, blue)', dark: 'red' })).to.equal(null);
    expect(textColor({ light: { light: 'red', dark: 'blue' }, dark: 'red' })).to.equal(null);
  });

  it('pass raw CSS colours through, gradients only for backgrounds', () => {
    const raw = ['#0a7', '#00aa77cc', 'rgb(0 0 0 / 50%)', 'oklch(62% 0.2 262)', 'RebeccaPurple', 'transparent', 'currentColor', 'var(--brand)', 'color-mix(in srgb, red, blue)'];
    for (const [name, resolve] of Object.entries(COLOR_RESOLVERS)) {
      for (const value of raw) expect(resolve(value), `${name}(${value})`).to.equal(value);
      for (const value of [' #0a7 ']) expect(resolve(value), name).to.equal('#0a7');
    }
    const gradient = 'linear-gradient(135deg, #fff, var(--ck-color-blue-100))';
    expect(backgroundColor(gradient)).to.equal(gradient);
    expect(textColor(gradient)).to.equal(null);
    expect(borderColor(gradient)).to.equal(null);
  });

  it('refuse tokens of another family, non-colours and several values', () => {
    expect(textColor('surface')).to.equal(null);
    expect(backgroundColor('primary')).to.equal(null);
    expect(borderColor('prose')).to.equal(null);
    expect(textColor('subtle')).to.equal(null);
    for (const value of ['banana', '12px', 'auto', 'red blue', '50%', 'calc(1px + 2px)']) {
      expect(textColor(value), value).to.equal(null);
      expect(backgroundColor(value), value).to.equal(null);
    }
  });

  it('read chart tokens as series colours, and the same words as CSS names elsewhere', () => {
    expect(chartColor('blue')).to.equal('var(--ck-w-chart-blue)');
    expect(textColor('blue')).to.equal('blue');
  });

  it('refuse hostile strings and non-strings everywhere', () => {
    for (const [name, resolve] of Object.entries(COLOR_RESOLVERS)) {
      for (const value of [...HOSTILE, undefined, null, 3, true, [], ['red'], {}]) {
        expect(resolve(value), `${name}(${JSON.stringify(value)})`).to.equal(null);
      }
      expect(resolve({ light: HOSTILE[0], dark: 'red' }), name).to.equal(null);
    }
  });
});

describe('widget tokens: radius, spacing, sizes', () => {
  it('radius maps tokens to the scale and keeps none/100%/numbers', () => {
    for (const r of RADII) expect(radius(r)).to.equal(`var(--ck-w-radius-${r})`);
    expect(radius('none')).to.equal('0');
    expect(radius('100%')).to.equal('100%');
    expect(radius(6)).to.equal('6px');
    expect(radius('12px')).to.equal('12px');
    for (const bad of [-1, Number.NaN, null, {}, ...HOSTILE]) expect(radius(bad), JSON.stringify(bad)).to.equal(null);
  });

  it('spacing counts numbers in spacing units and passes CSS strings', () => {
    expect(spacing(2)).to.equal('calc(var(--ck-w-spacing-unit) * 2)');
    expect(spacing(0.5)).to.equal('calc(var(--ck-w-spacing-unit) * 0.5)');
    expect(spacing(-1)).to.equal('calc(var(--ck-w-spacing-unit) * -1)');
    expect(spacing('10px')).to.equal('10px');
    expect(spacing('calc(100% - 8px)')).to.equal('calc(100% - 8px)');
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, null, true, {}, ...HOSTILE]) {
      expect(spacing(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('spacingSides expands numbers, CSS shorthands and side objects', () => {
    const u = (n: number): string => `calc(var(--ck-w-spacing-unit) * ${String(n)})`;
    expect(spacingSides(3)).to.deep.equal({ top: u(3), right: u(3), bottom: u(3), left: u(3) });
    expect(spacingSides('4px')).to.deep.equal({ top: '4px', right: '4px', bottom: '4px', left: '4px' });
    expect(spacingSides('4px 8px')).to.deep.equal({ top: '4px', right: '8px', bottom: '4px', left: '8px' });
    expect(spacingSides('1px 2px 3px')).to.deep.equal({ top: '1px', right: '2px', bottom: '3px', left: '2px' });
    expect(spacingSides('1px calc(2px + 1%) 3px 4px')).to.deep.equal({
      top: '1px', right: 'calc(2px + 1%)', bottom: '3px', left: '4px',
    });
    expect(spacingSides('1px 2px 3px 4px 5px')).to.deep.equal({});
    expect(spacingSides({ x: 2, y: '6px', left: 1 })).to.deep.equal({ top: '6px', right: u(2), bottom: '6px', left: u(1) });
    expect(spacingSides({ top: 1, bottom: 'url(x)', right: null })).to.deep.equal({ top: u(1) });
    for (const bad of [null, undefined, true, [], ...HOSTILE]) expect(spacingSides(bad), String(bad)).to.deep.equal({});
  });

  it('size treats numbers as px and passes CSS strings', () => {
    expect(size(120)).to.equal('120px');
    expect(size('50%')).to.equal('50%');
    expect(size('auto')).to.equal('auto');
    expect(size('min(100%, 480px)')).to.equal('min(100%, 480px)');
    for (const bad of [Number.NaN, null, {}, ...HOSTILE]) expect(size(bad), JSON.stringify(bad)).to.equal(null);
  });
});

describe('widget tokens: borders and prop groups', () => {
  const side = (s: string, width: string, style: string, color: string): Record<string, string> => ({
    [`border-${s}-width`]: width,
    [`border-${s}-style`]: style,
    [`border-${s}-color`]: color,
  });
  const all = (width: string, style: string, color: string): Record<string, string> => ({
    ...side('top', width, style, color),
    ...side('right', width, style, color),
    ...side('bottom', width, style, color),
    ...side('left', width, style, color),
  });

  it('borderStyles reads a width, a Border, or Borders per side and axis', () => {
    expect(borderStyles(1)).to.deep.equal(all('1px', 'solid', 'var(--ck-w-border-default)'));
    expect(borderStyles({ size: 2, color: 'strong', style: 'dashed' })).to.deep.equal(
      all('2px', 'dashed', 'var(--ck-w-border-strong)'),
    );
    expect(borderStyles({ y: 1, left: { size: 3, color: 'red-500', style: 'dotted' } })).to.deep.equal({
      ...side('top', '1px', 'solid', 'var(--ck-w-border-default)'),
      ...side('bottom', '1px', 'solid', 'var(--ck-w-border-default)'),
      ...side('left', '3px', 'dotted', 'var(--ck-color-red-500)'),
    });
    expect(borderStyles({ x: 2, right: 0 })).to.deep.equal({
      ...side('left', '2px', 'solid', 'var(--ck-w-border-default)'),
      ...side('right', '0px', 'solid', 'var(--ck-w-border-default)'),
    });
    // Unknown style and unusable colour fall back; unusable widths drop the side.
    expect(borderStyles({ size: 1, style: 'wavy', color: 'url(x)' })).to.deep.equal(all('1px', 'solid', 'var(--ck-w-border-default)'));
    for (const bad of [null, 'solid', -1, { size: '2px' }, { top: 'x' }, []]) {
      expect(borderStyles(bad), JSON.stringify(bad)).to.deep.equal({});
    }
  });

  it('blockStyles maps sizes (specific beats size), ratio, radius, margin and flex', () => {
    expect(
      blockStyles({
        size: 40, width: '50%', minSize: 10, maxHeight: 'url(x)', aspectRatio: '16 / 9', radius: 'lg', margin: { y: 1 }, flex: 1,
      }),
    ).to.deep.equal({
      width: '50%',
      height: '40px',
      'min-width': '10px',
      'min-height': '10px',
      'aspect-ratio': '16 / 9',
      'border-radius': 'var(--ck-w-radius-lg)',
      'margin-top': 'calc(var(--ck-w-spacing-unit) * 1)',
      'margin-bottom': 'calc(var(--ck-w-spacing-unit) * 1)',
      flex: '1',
    });
    expect(blockStyles({ aspectRatio: 1.5, maxSize: '100%', flex: '1 1 auto' })).to.deep.equal({
      'max-width': '100%', 'max-height': '100%', 'aspect-ratio': '1.5', flex: '1 1 auto',
    });
    expect(blockStyles({ aspectRatio: 0, radius: 'huge-ish;', type: 'Box' })).to.deep.equal({});
    for (const bad of [null, 'Box', 3, []]) expect(blockStyles(bad)).to.deep.equal({});
  });

  it('boxStyles adds gap, padding, background, border and flex alignment', () => {
    const justify = { start: 'flex-start', center: 'center', end: 'flex-end', between: 'space-between', around: 'space-around', evenly: 'space-evenly', stretch: 'stretch' };
    for (const [value, css] of Object.entries(justify)) expect(boxStyles({ justify: value })).to.deep.equal({ 'justify-content': css });
    const align = { start: 'flex-start', center: 'center', end: 'flex-end', baseline: 'baseline', stretch: 'stretch' };
    for (const [value, css] of Object.entries(align)) expect(boxStyles({ align: value })).to.deep.equal({ 'align-items': css });
    for (const wrap of ['nowrap', 'wrap', 'wrap-reverse']) expect(boxStyles({ wrap })).to.deep.equal({ 'flex-wrap': wrap });
    expect(boxStyles({ gap: 2, padding: '4px 8px', background: 'surface-elevated', border: 1, width: 10 })).to.deep.equal({
      width: '10px',
      gap: 'calc(var(--ck-w-spacing-unit) * 2)',
      'padding-top': '4px', 'padding-right': '8px', 'padding-bottom': '4px', 'padding-left': '8px',
      background: 'var(--ck-w-surface-elevated)',
      ...all('1px', 'solid', 'var(--ck-w-border-default)'),
    });
    expect(boxStyles({ justify: 'toString', align: 'constructor', wrap: 'both', background: 'url(x)', gap: HOSTILE[0] })).to.deep.equal({});
  });
});

// ---- In the browser: the stylesheet the mappings point at -------------------------------------

type Scheme = 'light' | 'dark';
type Rgb = readonly [number, number, number];

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** A widget item stand-in: a host with `data-color-scheme` whose shadow root adopts the tokens. */
function widgetRoot(scheme: Scheme, parent: Node = document.body): ShadowRoot {
  const host = document.createElement('div');
  host.dataset['colorScheme'] = scheme;
  parent.appendChild(host);
  if (parent === document.body) mounted.push(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [widgetTokens.styleSheet!];
  return root;
}

/** The same, nested in a `<chat-kit>`-like host carrying the element's own `--ck-*` tokens. */
function widgetRootInElement(scheme: Scheme, elementStyle = ''): ShadowRoot {
  const outer = document.createElement('div');
  outer.dataset['colorScheme'] = scheme;
  outer.setAttribute('style', elementStyle);
  document.body.appendChild(outer);
  mounted.push(outer);
  const shadow = outer.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [tokens.styleSheet!];
  return widgetRoot(scheme, shadow);
}

/** A `<div>` inside `parent`, optionally forcing a scheme on its subtree like a themed Card. */
function box(parent: Node, style: Record<string, string> = {}, scheme?: Scheme): HTMLElement {
  const el = document.createElement('div');
  if (scheme) el.dataset['colorScheme'] = scheme;
  for (const [property, value] of Object.entries(style)) el.style.setProperty(property, value);
  parent.appendChild(el);
  return el;
}

function parseColor(value: string): Rgb {
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  if (rgb) {
    expect(rgb[4] ?? '1', `${value} is opaque`).to.equal('1');
    return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255];
  }
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)\)$/.exec(value);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])];
  const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(value);
  if (hex) return [parseInt(hex[1]!, 16) / 255, parseInt(hex[2]!, 16) / 255, parseInt(hex[3]!, 16) / 255];
  throw new Error(`cannot read colour ${value}`);
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio. */
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour a custom property resolves to inside `parent`. */
function resolved(parent: Node, variable: string): string {
  return getComputedStyle(box(parent, { color: `var(${variable})` })).color;
}
const rgbOf = (parent: Node, variable: string): Rgb => parseColor(resolved(parent, variable));

const CONTEXTS: Record<string, () => Node> = {
  'light widget': () => widgetRoot('light'),
  'dark widget': () => widgetRoot('dark'),
  'dark Card in a light widget': () => box(widgetRoot('light'), {}, 'dark'),
  'light Card in a dark widget': () => box(widgetRoot('dark'), {}, 'light'),
  'light widget in <chat-kit>': () => widgetRootInElement('light'),
  'dark widget in <chat-kit>': () => widgetRootInElement('dark'),
  'dark Card in a light <chat-kit>': () => box(widgetRootInElement('light'), {}, 'dark'),
  'light Card in a dark <chat-kit>': () => box(widgetRootInElement('dark'), {}, 'light'),
};

describe('widget tokens: stylesheet', () => {
  it('applies boxStyles as the tokens say, in light and dark', () => {
    const styles = boxStyles({ padding: 2, gap: 3, background: 'surface-secondary', radius: 'md', border: { size: 1, color: 'subtle' } });
    const seen: Record<string, string> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const root = widgetRoot(scheme);
      const cs = getComputedStyle(box(root, styles));
      expect(cs.paddingTop).to.equal('8px');
      expect(cs.paddingLeft).to.equal('8px');
      expect(cs.rowGap).to.equal('12px');
      expect(cs.borderTopLeftRadius).to.equal('8px');
      expect(cs.borderTopWidth).to.equal('1px');
      expect(cs.borderBottomStyle).to.equal('solid');
      expect(cs.backgroundColor).to.equal(resolved(root, '--ck-w-surface-secondary'));
      expect(cs.borderLeftColor).to.equal(resolved(root, '--ck-w-border-subtle'));
      seen[scheme] = cs.backgroundColor;
    }
    expect(luminance(parseColor(seen['light']!))).to.be.above(0.8);
    expect(luminance(parseColor(seen['dark']!))).to.be.below(0.1);
  });

  it('light-dark() follows the widget scheme and a themed subtree', () => {
    const color = textColor({ light: '#000000', dark: '#ffffff' })!;
    const black = 'rgb(0, 0, 0)';
    const white = 'rgb(255, 255, 255)';
    expect(getComputedStyle(box(widgetRoot('light'), { color })).color).to.equal(black);
    expect(getComputedStyle(box(widgetRoot('dark'), { color })).color).to.equal(white);
    const card = box(widgetRoot('light'), {}, 'dark');
    expect(getComputedStyle(box(card, { color })).color).to.equal(white);
    expect(getComputedStyle(box(box(card, {}, 'light'), { color })).color).to.equal(black);
    const ramped = textColor({ light: 'red-700', dark: 'blue-300' })!;
    const root = widgetRoot('dark');
    expect(getComputedStyle(box(root, { color: ramped })).color).to.equal(resolved(root, '--ck-color-blue-300'));
  });

  it('defines every token the mappings can produce, in both schemes', () => {
    const names = [
      ...TEXT_COLORS.map((t) => `--ck-w-text-${t}`),
      ...SURFACE_COLORS.map((t) => `--ck-w-${t}`),
      ...BORDER_COLORS.map((t) => `--ck-w-border-${t}`),
      ...CHART_COLORS.map((t) => `--ck-w-chart-${t}`),
      ...CONTROL_COLORS.flatMap((c) =>
        ['solid-bg', 'solid-text', 'soft-bg', 'soft-text', 'outline-border', 'outline-text'].map((p) => `--ck-w-control-${c}-${p}`),
      ),
      '--ck-w-focus',
    ];
    for (const [context, make] of Object.entries(CONTEXTS)) {
      const parent = make();
      for (const name of names) {
        // An undefined variable leaves `color` at its inherited value; a token never resolves to nothing.
        expect(getComputedStyle(box(parent, { color: `var(${name}, rgb(1, 2, 3))` })).color, `${name} in ${context}`).to.not.equal('rgb(1, 2, 3)');
      }
    }
    const probe = getComputedStyle(box(widgetRoot('dark')));
    // Radii derive from the element's --ck-radius-small (theme.radius), so check what they resolve to.
    for (const r of RADII) {
      expect(getComputedStyle(box(widgetRoot('dark'), { 'border-radius': `var(--ck-w-radius-${r})` })).borderTopLeftRadius, r).to.match(/^\d+(\.\d+)?px$/);
    }
    expect(probe.getPropertyValue('--ck-w-shadow')).to.contain('rgb');
  });

  it('keeps every text colour at 4.5:1 or more on surfaces, in every scheme context', () => {
    for (const [context, make] of Object.entries(CONTEXTS)) {
      const parent = make();
      for (const background of ['--ck-w-surface', '--ck-w-surface-elevated']) {
        const bg = rgbOf(parent, background);
        for (const t of TEXT_COLORS) {
          const ratio = contrast(rgbOf(parent, `--ck-w-text-${t}`), bg);
          expect(ratio, `${t} on ${background} in ${context}`).to.be.at.least(4.5);
        }
      }
    }
  });

  it('keeps Button/Badge text at 4.5:1 on its own fill, in every scheme context', () => {
    for (const [context, make] of Object.entries(CONTEXTS)) {
      const parent = make();
      const surface = rgbOf(parent, '--ck-w-surface');
      for (const c of CONTROL_COLORS) {
        const v = (part: string): Rgb => rgbOf(parent, `--ck-w-control-${c}-${part}`);
        expect(contrast(v('solid-text'), v('solid-bg')), `${c} solid in ${context}`).to.be.at.least(4.5);
        expect(contrast(v('soft-text'), v('soft-bg')), `${c} soft in ${context}`).to.be.at.least(4.5);
        expect(contrast(v('outline-text'), surface), `${c} outline in ${context}`).to.be.at.least(4.5);
      }
    }
  });

  it('follows page CSS on the element’s tokens in the host scheme only', () => {
    const root = widgetRootInElement('light', '--ck-color-accent: rgb(0, 119, 85); --ck-color-text: rgb(20, 40, 60)');
    expect(resolved(root, '--ck-w-control-primary-solid-bg')).to.equal('rgb(0, 119, 85)');
    expect(resolved(root, '--ck-w-control-primary-outline-text')).to.equal('rgb(0, 119, 85)');
    expect(resolved(root, '--ck-w-text-prose')).to.equal('rgb(20, 40, 60)');
    // A dark Card cannot use the host's (light) values: it keeps its own readable ones.
    const card = box(root, {}, 'dark');
    expect(resolved(card, '--ck-w-text-prose')).to.not.equal('rgb(20, 40, 60)');
    expect(luminance(rgbOf(card, '--ck-w-text-prose'))).to.be.above(0.7);
  });

  it('sizes body text from the element’s base font size', () => {
    const root = widgetRootInElement('light', '--ck-font-size: 18px');
    const size = (s: string): string => getComputedStyle(box(root, { 'font-size': `var(--ck-w-text-${s}-font-size)` })).fontSize;
    expect(size('md')).to.equal('18px');
    expect(parseFloat(size('sm'))).to.be.below(18);
    expect(parseFloat(size('lg'))).to.be.above(18);
  });

  it('has scales that grow step by step', () => {
    const root = widgetRoot('light');
    const px = (variable: string, property = 'width'): number =>
      parseFloat(getComputedStyle(box(root, { [property]: `var(${variable})` })).getPropertyValue(property));
    const increasing = (values: number[], label: string): void => {
      values.forEach((v, i) => {
        expect(v, `${label}[${String(i)}]`).to.be.above(i === 0 ? 0 : values[i - 1]!);
      });
    };
    increasing(RADII.map((r) => px(`--ck-w-radius-${r}`, 'border-top-left-radius')), 'radius');
    increasing(['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'].map((s) => px(`--ck-w-control-${s}-height`, 'height')), 'control height');
    increasing(['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'].map((s) => px(`--ck-w-icon-${s}`)), 'icon');
    increasing(['xs', 'sm', 'md', 'lg', 'xl'].map((s) => px(`--ck-w-text-${s}-font-size`, 'font-size')), 'text');
    increasing(['sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl'].map((s) => px(`--ck-w-title-${s}-font-size`, 'font-size')), 'title');
    increasing(['sm', 'md', 'lg'].map((s) => px(`--ck-w-caption-${s}-font-size`, 'font-size')), 'caption');
    expect(px('--ck-w-spacing-unit')).to.equal(4);
  });

  it('has a palette whose ramps darken step by step, with readable 700s and 400s', () => {
    const probe = getComputedStyle(box(widgetRoot('light')));
    const hex = (hue: string, step: number): Rgb => parseColor(probe.getPropertyValue(`--ck-color-${hue}-${String(step)}`).trim());
    const white: Rgb = [1, 1, 1];
    const darkSurface = parseColor('#1f1f23');
    for (const hue of RAMP_HUES) {
      const lum = RAMP_STEPS.map((step) => luminance(hex(hue, step)));
      lum.forEach((l, i) => {
        if (i > 0) expect(l, `${hue}-${String(RAMP_STEPS[i])}`).to.be.below(lum[i - 1]!);
      });
      expect(contrast(hex(hue, 700), white), `${hue}-700 on white`).to.be.at.least(4.5);
      expect(contrast(hex(hue, 400), darkSurface), `${hue}-400 on dark`).to.be.at.least(4.5);
    }
  });
});
