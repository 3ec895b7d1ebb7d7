import { css, unsafeCSS } from 'lit';
import { RAMP_HUES, RAMP_STEPS } from '../widgets/tokens.js';

/**
 * Design tokens for widgets, adopted by every `<ck-widget-item>` shadow root (widgets render in
 * light DOM under it). Widget styles and `widgets/tokens.ts` only ever reference these custom
 * properties, so one theme restyles every widget.
 *
 * Three layers:
 * - the primitive palette `--ck-color-<hue>-<step>` (22 hues × 50…950), the same in both schemes;
 * - semantic colours `--ck-w-*` (text, surfaces, borders, focus, shadow, Button/Badge colours,
 *   chart series) with light and dark values. Where the element has a matching `--ck-*` token it
 *   is used first (`--ck-w-text-primary` is `var(--ck-color-text, …)`), so page CSS on
 *   `<chat-kit>` (`--ck-color-accent: #0a7`) restyles widgets too;
 * - scales that do not depend on the scheme: radius, spacing unit, text sizes, icon sizes,
 *   control heights.
 *
 * Schemes: the item host carries `data-color-scheme` (`:host([data-color-scheme='dark'])`), and a
 * root with `theme: 'light'|'dark'` sets `data-color-scheme` on its own element to force that
 * scheme on its subtree. Each semantic colour is kept as a private light/dark pair on the host
 * (`--_ck-w-l-*`, `--_ck-w-d-*`); any element with `data-color-scheme` picks one side of the pair.
 * The side matching the host's scheme follows the element's `--ck-*` tokens (which describe the
 * host's scheme); the other side is literal, since the inherited `--ck-*` values would be the
 * wrong scheme's. Every scheme also sets `color-scheme`, so `light-dark()` follows it.
 *
 * Public names (what widget styles may use):
 * - colours: `--ck-w-text-{prose,primary,emphasis,secondary,tertiary,success,warning,danger,info,
 *   discovery,caution}`, `--ck-w-surface[-secondary|-tertiary|-elevated|-elevated-secondary]`,
 *   `--ck-w-border-{default,subtle,strong}`, `--ck-w-focus`, `--ck-w-shadow`,
 *   `--ck-w-chart-{blue,purple,orange,green,red,yellow,pink}`,
 *   `--ck-w-control-<color>-{solid-bg,solid-text,soft-bg,soft-text,outline-border,outline-text}`
 *   for `primary secondary info discovery success caution warning danger` (ghost: outline text on
 *   no fill, soft fill on hover);
 * - scales: `--ck-w-radius-{2xs…4xl,full}` (multiples of `--ck-radius-small`), `--ck-w-spacing-unit`
 *   (half of `--ck-space`), `--ck-w-font-family`, `--ck-w-font-mono`,
 *   `--ck-w-font-weight-{normal,medium,semibold,bold}`,
 *   `--ck-w-{text,title,caption}-<size>-{font-size,line-height}`, `--ck-w-icon-<size>`,
 *   `--ck-w-control-<ControlSize>-{height,padding,font-size}`, `--ck-w-gutter-<GutterSize>`.
 *
 * Every text colour is at least 4.5:1 (WCAG AA) on `surface` and `surface-elevated`, and every
 * Button/Badge text on its own fill, in both schemes, with and without the element's tokens
 * (tested).
 */

// Own palette, generated in OKLCH (even lightness steps per hue, chroma fitted to sRGB). By
// construction every 700 is ≥ 4.5:1 on white and every 400 ≥ 4.5:1 on the dark surface.
const PALETTE: Record<(typeof RAMP_HUES)[number], string> = {
  red: 'fff4f3 ffe4e1 ffcac5 ffa59e ff6e68 f7323b d90c26 b7001c 960416 7a1117 4b090b',
  orange: 'fff4ef ffe7db ffd1bb ffb590 ff9157 fc6f00 d35c00 a64600 853700 6f2c00 441800',
  amber: 'fff5e9 ffe9cf ffd7a6 ffc170 fea700 eb9a00 c48000 945f00 744a00 603c00 3a2200',
  yellow: 'fcf7e5 faedc5 f6de95 f2cd53 e8bc00 d9b000 b49200 856b00 675300 554300 322700',
  lime: 'f1fbe7 e1f6ca caed9e b0e365 97d700 8cc800 74a600 557b00 416000 354f00 1e2e00',
  green: 'ecfced d3f8d7 adf1b6 7be68e 3ad765 00c650 00a541 007f30 006425 00531d 00320e',
  emerald: 'ebfcf3 d0f7e3 a7efcc 6ee3b0 00d293 00bc84 009d6d 007a54 006142 005036 00301f',
  teal: 'eafbf8 cff6ef a6ece1 6bdfd0 00ccbb 00b6a7 00998b 00776d 005f56 004f47 002f2a',
  cyan: 'eafafe cef4fc a4eaf8 69dcf2 00c9e4 00b4cd 0097ac 007586 005d6a 004c58 002d35',
  sky: 'eff8ff d9f0ff b6e2ff 85d0ff 32baff 00a4e8 0089c3 006d9c 00577e 004869 002b40',
  blue: 'f2f7ff e1ecff c5daff 9fc1ff 6fa1ff 4483ff 1f67f4 1554cf 1245a9 133b89 092255',
  indigo: 'f4f6ff e5eaff ced5ff adb8ff 8691ff 686cff 564ff1 4942cf 3b37ab 31318a 1c1c56',
  violet: 'f7f5ff ebe8ff dad2ff c3b4ff a88cff 9466ff 823ff6 6c30d1 5828ab 48268a 2b1555',
  purple: 'f9f4ff f1e6ff e4cfff d3aeff c083ff b057ff 9c2eee 821ec8 6a1aa3 561c84 340f51',
  fuchsia: 'fdf3ff fbe2ff f8c7ff f2a1ff eb6bff e123fc c100d9 9c00b0 7f0090 6a0078 41024a',
  pink: 'fff3f7 ffe3ed ffc8dd ffa3c8 ff6cb0 f6349b d70e83 b1006a 910056 760e47 49072a',
  rose: 'fff4f4 ffe4e5 ffcace ffa5ae ff6e85 f83264 d90a50 b50040 950033 790f2c 4b0819',
  gray: 'f5f7f9 e8ebf1 d4d9e3 b9c1cf 9aa4b5 818b9d 6b7586 586170 484f5b 3c414b 23272d',
  slate: 'f4f7fa e6ecf3 d0dae8 b4c2d6 93a4bd 7a8ca6 64768e 526277 434f61 384250 212730',
  zinc: 'f6f7f8 ebebee d8d8dd c0c0c7 a2a2ab 8a8a93 73737c 606067 4e4e54 404045 262629',
  neutral: 'f7f7f7 ebebeb d9d9d9 c1c1c1 a3a3a3 8a8a8a 747474 606060 4e4e4e 414141 262626',
  stone: 'f7f6f6 edebe9 dcd8d5 c5c0bc a9a19c 908984 7a736e 655f5b 524d4a 44403d 282624',
};

const ramp = (name: string): string => `var(--ck-color-${name})`;
/** A value that follows the element token `--ck-<name>` when the scheme matches the host's. */
const el = (name: string, fallback: string): string => `{${name}|${fallback}}`;
const PLACEHOLDER = /\{([\w-]+)\|([^}]*)\}/g;
const derived = (value: string): string => value.replace(PLACEHOLDER, 'var(--ck-$1, $2)');
const literal = (value: string): string => value.replace(PLACEHOLDER, '$2');

type Pair = readonly [light: string, dark: string];

const textColor = (color: string): string => el('color-text', color);
const surface = (color: string): string => el('color-surface', color);

/** Button/Badge colour from a palette hue: solid fill, soft tint, outline. */
function control(hue: string, solid: number, solidText: 'light' | 'dark'): Record<string, Pair> {
  const onSolid = solidText === 'light' ? '#ffffff' : ramp(`${hue}-950`);
  return {
    'solid-bg': [ramp(`${hue}-${solid}`), ramp(`${hue}-${solid}`)],
    'solid-text': [onSolid, onSolid],
    'soft-bg': [ramp(`${hue}-100`), ramp(`${hue}-950`)],
    'soft-text': [ramp(`${hue}-800`), ramp(`${hue}-300`)],
    'outline-border': [ramp(`${hue}-300`), ramp(`${hue}-800`)],
    'outline-text': [ramp(`${hue}-700`), ramp(`${hue}-400`)],
  };
}

function accentControl(): Record<string, Pair> {
  const accent = (fallback: string): string => el('color-accent', ramp(fallback));
  const [light, dark] = [accent('blue-600'), accent('blue-400')];
  return {
    'solid-bg': [light, dark],
    'solid-text': [el('color-accent-contrast', '#ffffff'), el('color-accent-contrast', '#0b1220')],
    'soft-bg': [
      `color-mix(in srgb, ${light} 10%, ${surface('#ffffff')})`,
      `color-mix(in srgb, ${dark} 14%, ${surface('#1f1f23')})`,
    ],
    // Accent on its own tint is too faint; darken (light) or lighten (dark) it to keep 4.5:1.
    'soft-text': [`color-mix(in srgb, ${light} 78%, #000000)`, `color-mix(in srgb, ${dark} 78%, #ffffff)`],
    'outline-border': [light, dark],
    // The element's accent-as-text token is kept at 4.5:1 on its surfaces by the theme.
    'outline-text': [el('color-accent-text', ramp('blue-600')), el('color-accent-text', ramp('blue-400'))],
  };
}

function neutralControl(): Record<string, Pair> {
  return {
    'solid-bg': [textColor('#18181b'), textColor('#f4f4f5')],
    'solid-text': [surface('#ffffff'), surface('#1f1f23')],
    // Dark cards are already a step above the thread, so dark soft fills take one more step.
    'soft-bg': [el('color-surface-secondary', '#f4f4f5'), el('color-surface-tertiary', '#323238')],
    'soft-text': [textColor('#18181b'), textColor('#f4f4f5')],
    'outline-border': [el('color-border-strong', '#c4c4cc'), el('color-border-strong', '#4a4a52')],
    'outline-text': [textColor('#18181b'), textColor('#f4f4f5')],
  };
}

const CONTROLS: Record<string, Record<string, Pair>> = {
  primary: accentControl(),
  secondary: neutralControl(),
  info: control('blue', 600, 'light'),
  discovery: control('purple', 600, 'light'),
  success: control('green', 700, 'light'),
  caution: control('amber', 400, 'dark'),
  warning: control('orange', 500, 'dark'),
  danger: control('red', 600, 'light'),
};

const CHART_HUES = ['blue', 'purple', 'orange', 'green', 'red', 'yellow', 'pink'];
const CHART_LIGHT_STEP: Partial<Record<string, string>> = { orange: '600', green: '600', yellow: '700' };

/** Semantic colours: `--ck-w-<name>` → [light, dark]. */
const SCHEMED: Record<string, Pair> = {
  'text-prose': [textColor('#18181b'), textColor('#f4f4f5')],
  'text-primary': [textColor('#18181b'), textColor('#f4f4f5')],
  'text-emphasis': ['#09090b', '#ffffff'],
  'text-secondary': [el('color-text-secondary', '#52525b'), el('color-text-secondary', '#b4b4bb')],
  'text-tertiary': [el('color-text-tertiary', '#6b6b73'), el('color-text-tertiary', '#a1a1aa')],
  'text-success': [ramp('green-700'), ramp('green-400')],
  'text-warning': [ramp('orange-700'), ramp('orange-400')],
  'text-danger': [el('color-danger', ramp('red-700')), el('color-danger', ramp('red-400'))],
  'text-info': [el('color-info', ramp('blue-700')), el('color-info', ramp('blue-400'))],
  'text-discovery': [ramp('purple-700'), ramp('purple-400')],
  'text-caution': [ramp('amber-700'), ramp('amber-400')],
  surface: [surface('#ffffff'), surface('#1f1f23')],
  'surface-secondary': [el('color-surface-secondary', '#f4f4f5'), el('color-surface-tertiary', '#323238')],
  // Dark takes one step past the element's tertiary (see soft fills above), mixed so a tinted grey ramp carries over.
  'surface-tertiary': [
    el('color-surface-tertiary', '#e9e9ec'),
    `color-mix(in srgb, ${el('color-surface-tertiary', '#323238')} 94%, ${textColor('#f4f4f5')})`,
  ],
  'surface-elevated': [el('color-surface-elevated', '#ffffff'), el('color-surface-elevated', '#28282d')],
  'surface-elevated-secondary': [el('color-surface-elevated-secondary', '#f7f7f8'), el('color-surface-elevated-secondary', '#313137')],
  'border-default': [el('color-border', '#e4e4e7'), el('color-border', '#34343a')],
  'border-subtle': [el('color-border-subtle', '#eeeef0'), el('color-border-subtle', '#2b2b30')],
  'border-strong': [el('color-border-strong', '#c4c4cc'), el('color-border-strong', '#4a4a52')],
  focus: [el('color-focus', ramp('blue-600')), el('color-focus', ramp('blue-300'))],
  shadow: [
    el('shadow', '0 1px 2px rgb(0 0 0 / 6%), 0 2px 8px rgb(0 0 0 / 6%)'),
    el('shadow', '0 1px 2px rgb(0 0 0 / 40%), 0 2px 8px rgb(0 0 0 / 30%)'),
  ],
  // Series colours need 3:1 against the card (non-text contrast): lighter hues take a darker step.
  ...Object.fromEntries(CHART_HUES.map((hue) => [`chart-${hue}`, [ramp(`${hue}-${CHART_LIGHT_STEP[hue] ?? '500'}`), ramp(`${hue}-400`)] as const])),
  ...Object.fromEntries(
    Object.entries(CONTROLS).flatMap(([color, parts]) =>
      Object.entries(parts).map(([part, pair]) => [`control-${color}-${part}`, pair] as const),
    ),
  ),
};

const px = (n: number): string => `${n}px`;
const scale = (prefix: string, entries: Record<string, string | number>): string[] =>
  Object.entries(entries).map(([name, value]) => `--ck-w-${prefix}-${name}:${String(value)}`);
/** Sizes as `[font-size, line-height]`. */
const typeScale = (name: string, sizes: Record<string, readonly [string, number]>): string[] =>
  Object.entries(sizes).flatMap(([size, [fontSize, lineHeight]]) => [
    `--ck-w-${name}-${size}-font-size:${fontSize}`,
    `--ck-w-${name}-${size}-line-height:${String(lineHeight)}`,
  ]);
// Body text follows the element's base size (theme `typography.baseSize`).
const body = (delta: number): string =>
  delta === 0 ? 'var(--ck-font-size, 15px)' : `calc(var(--ck-font-size, 15px) ${delta < 0 ? '-' : '+'} ${px(Math.abs(delta))})`;

/** `ControlSize` → [height, inline padding, font size] in px. */
const CONTROL_SIZES: Record<string, readonly [number, number, number]> = {
  '3xs': [22, 6, 12],
  '2xs': [24, 8, 12],
  xs: [28, 10, 13],
  sm: [32, 12, 14],
  md: [36, 14, 14],
  lg: [40, 16, 15],
  xl: [44, 18, 16],
  '2xl': [48, 20, 16],
  '3xl': [56, 24, 18],
};

const STATIC: string[] = [
  ...RAMP_HUES.flatMap((hue) =>
    PALETTE[hue].split(' ').map((hex, i) => `--ck-color-${hue}-${String(RAMP_STEPS[i])}:#${hex}`),
  ),
  // Half the element's spacing unit, so `density` (and page CSS on `--ck-space`) spaces widgets too.
  '--ck-w-spacing-unit:calc(var(--ck-space, 8px) / 2)',
  // Multiples of the element's small radius (8px by default = `md`): `radius: 'sharp'` squares widgets too.
  ...scale(
    'radius',
    Object.fromEntries(
      Object.entries({ '2xs': 2, xs: 4, sm: 6, md: 8, lg: 10, xl: 12, '2xl': 16, '3xl': 20, '4xl': 24 }).map(([name, size]) => [
        name,
        size === 8 ? 'var(--ck-radius-small, 8px)' : `calc(var(--ck-radius-small, 8px) * ${String(size / 8)})`,
      ]),
    ),
  ),
  '--ck-w-radius-full:9999px',
  '--ck-w-font-family:var(--ck-font-family, ui-sans-serif, system-ui, sans-serif)',
  '--ck-w-font-mono:var(--ck-font-mono, ui-monospace, monospace)',
  ...scale('font-weight', { normal: 400, medium: 500, semibold: 600, bold: 700 }),
  ...typeScale('text', {
    xs: [body(-3), 1.4], sm: [body(-1), 1.45], md: [body(0), 1.5], lg: [body(2), 1.45], xl: [body(4), 1.4],
  }),
  ...typeScale('title', {
    sm: ['16px', 1.4], md: ['18px', 1.35], lg: ['20px', 1.3], xl: ['24px', 1.25],
    '2xl': ['28px', 1.2], '3xl': ['32px', 1.2], '4xl': ['40px', 1.15], '5xl': ['48px', 1.1],
  }),
  ...typeScale('caption', { sm: ['12px', 1.35], md: ['13px', 1.4], lg: ['14px', 1.4] }),
  ...scale('icon', { xs: '12px', sm: '14px', md: '16px', lg: '18px', xl: '20px', '2xl': '24px', '3xl': '32px' }),
  ...Object.entries(CONTROL_SIZES).flatMap(([size, [height, padding, fontSize]]) => [
    `--ck-w-control-${size}-height:${px(height)}`,
    `--ck-w-control-${size}-padding:${px(padding)}`,
    `--ck-w-control-${size}-font-size:${px(fontSize)}`,
  ]),
  ...scale('gutter', { '2xs': '6px', xs: '8px', sm: '10px', md: '12px', lg: '14px', xl: '16px' }),
];

const pairs = Object.entries(SCHEMED);
const isDerived = ([, [light, dark]]: [string, Pair]): boolean => light.includes('{') || dark.includes('{');
const block = (declarations: string[]): string => declarations.map((d) => `${d};`).join('');
/** The private pair: the side of the host's scheme follows the element tokens, the other is literal. */
const privatePair = (host: 'l' | 'd') => ([name, [light, dark]]: [string, Pair]): string[] => [
  `--_ck-w-l-${name}:${host === 'l' ? derived(light) : literal(light)}`,
  `--_ck-w-d-${name}:${host === 'd' ? derived(dark) : literal(dark)}`,
];
const pick = (side: 'l' | 'd'): string => block(pairs.map(([name]) => `--ck-w-${name}:var(--_ck-w-${side}-${name})`));

const CSS_TEXT = `
:host{${block(STATIC)}${block(pairs.flatMap(privatePair('l')))}}
:host([data-color-scheme='dark']){${block(pairs.filter(isDerived).flatMap(privatePair('d')))}}
:host,[data-color-scheme='light']{${pick('l')}color-scheme:light;}
:host([data-color-scheme='dark']),[data-color-scheme='dark']{${pick('d')}color-scheme:dark;}
[data-color-scheme]{color:var(--ck-w-text-prose);}
`;

/** The widget design tokens (see the module comment); include first in the widget item's styles. */
export const widgetTokens = css`
  ${unsafeCSS(CSS_TEXT)}
`;
