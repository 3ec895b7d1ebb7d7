import type { ThemeOption } from '../schemas/index.js';
import { safeCssValue } from '../security/css-value.js';
import { COLOR_DEFAULTS, type ColorToken } from './tokens.js';
import { contrast, ensureContrast, fromOklch, luminance, mix, parseColor, textOn, toHex, toOklch, type Rgb } from './theme-color.js';

type Scheme = 'light' | 'dark';
type Declarations = Map<string, string>;
type Grayscale = NonNullable<NonNullable<ThemeOption['color']>['grayscale']>;
type Accent = NonNullable<NonNullable<ThemeOption['color']>['accent']>;
type Surface = NonNullable<NonNullable<ThemeOption['color']>['surface']>;

/** `radius` → [containers, small parts, controls]. */
const RADII: Record<NonNullable<ThemeOption['radius']>, readonly [string, string, string]> = {
  pill: ['24px', '12px', '9999px'],
  round: ['16px', '8px', '9999px'],
  soft: ['10px', '6px', '8px'],
  sharp: ['0px', '0px', '0px'],
};

/** `density` → [spacing unit, line height]. */
const DENSITIES: Record<NonNullable<ThemeOption['density']>, readonly [string, string]> = {
  compact: ['6px', '1.45'],
  normal: ['8px', '1.55'],
  spacious: ['10px', '1.65'],
};

const BASE_SIZES = new Set([14, 15, 16, 17, 18]);

/** How much accent the soft tint carries, per `accent.level`. */
const ACCENT_SOFT = [0.06, 0.1, 0.16, 0.24] as const;

const SURFACES = ['background', 'surface', 'surface-secondary', 'surface-tertiary', 'surface-elevated', 'surface-elevated-secondary', 'user-bubble'] as const;
const BORDERS = ['border', 'border-subtle', 'border-strong'] as const;
const TEXTS = ['text', 'text-secondary', 'text-tertiary'] as const;
/** Where text sits: every text token must reach 4.5:1 on each of these. */
const TEXT_BACKDROPS = ['background', 'surface', 'surface-secondary', 'surface-elevated', 'user-bubble'] as const;

/**
 * The `theme` option as CSS: a `:host { --ck-…: … }` rule for `<chat-kit>`'s shadow root. Rules in
 * the page (`chat-kit { --ck-color-accent: … }`) outrank `:host`, so page CSS still wins.
 * Values from the options are sanitized; an unusable value is left out (the default stays).
 *
 * Colours that can be parsed (hex, `rgb()`, `hsl()`) are computed here, so text colours can be
 * checked and nudged to 4.5:1; any other safe CSS colour (`oklch()`, `var()`, names) is used as
 * given, with tints from `color-mix()` and the accent's text colour from relative colour syntax.
 *
 * @param theme - the validated `theme` object (`null` for none or a bare colour scheme)
 * @param scheme - the resolved colour scheme the rule is for
 * @returns CSS text, empty when the theme sets nothing
 */
export function themeCss(theme: ThemeOption | null, scheme: Scheme): string {
  if (!theme) return '';
  const out: Declarations = new Map();
  if (theme.radius !== undefined) {
    const radii = RADII[theme.radius];
    out.set('--ck-radius', radii[0]).set('--ck-radius-small', radii[1]).set('--ck-radius-control', radii[2]);
  }
  if (theme.density !== undefined) {
    const [space, lineHeight] = DENSITIES[theme.density];
    out.set('--ck-space', space).set('--ck-line-height', lineHeight);
  }
  typography(theme.typography, out);
  const palette = new Map<ColorToken, Rgb>();
  if (theme.color?.grayscale) grayscale(theme.color.grayscale, scheme, palette);
  // An unparseable surface colour leaves the surfaces to the browser: the accent cannot be checked against them.
  const known = theme.color?.surface ? surface(theme.color.surface, palette, out) : true;
  for (const [name, color] of palette) out.set(`--ck-color-${name}`, toHex(color));
  if (theme.color?.accent) accent(theme.color.accent, scheme, known ? palette : null, out);
  if (out.size === 0) return '';
  const body = [...out].map(([name, value]) => `  ${name}: ${value};`).join('\n');
  // The second selector matches the dark defaults' specificity; this sheet comes later, so it wins.
  return `:host,\n:host([data-color-scheme]) {\n${body}\n}\n`;
}

function typography(options: ThemeOption['typography'], out: Declarations): void {
  if (!options) return;
  if (options.baseSize !== undefined && BASE_SIZES.has(options.baseSize)) out.set('--ck-font-size', `${String(options.baseSize)}px`);
  const family = options.fontFamily === undefined ? null : safeFontFamily(options.fontFamily);
  if (family !== null) out.set('--ck-font-family', family);
  const mono = options.fontFamilyMono === undefined ? null : safeFontFamily(options.fontFamilyMono);
  if (mono !== null) out.set('--ck-font-mono', mono);
}

// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const QUOTED_FAMILY = /^(["'])([^"'\\;{}<>()\u0000-\u001f\u007f]+)\1$/;
const PLAIN_FAMILY = /^[a-z_-][\w -]*$/i;

/**
 * A `font-family` list made safe: each comma-separated family is a quoted name (re-quoted with
 * `"`) or plain identifiers (`system-ui`, `Helvetica Neue`). Anything else — escapes, functions,
 * `;`, braces — refuses the whole value, so a half-kept list cannot change meaning.
 *
 * @returns the normalised list, or `null`
 */
export function safeFontFamily(raw: string): string | null {
  if (raw.length > 300) return null;
  const families = raw.split(',').map((part) => part.trim());
  const out: string[] = [];
  for (const family of families) {
    const quoted = QUOTED_FAMILY.exec(family);
    if (quoted) out.push(`"${(quoted[2] ?? '').trim()}"`);
    else if (PLAIN_FAMILY.test(family)) out.push(family.replace(/\s+/g, ' '));
    else return null;
  }
  return out.length > 0 ? out.join(', ') : null;
}

const defaults = (scheme: Scheme, name: ColorToken): Rgb => parseColor(COLOR_DEFAULTS[scheme][name]) ?? [0, 0, 0];

/**
 * The grey ramp from a hue: every grey default keeps its lightness, takes the hue and a chroma of
 * `tint`, and `shade` moves surfaces lighter (negative) or darker (positive). Texts are then
 * nudged until they reach 4.5:1 on every surface they sit on.
 */
function grayscale(options: Grayscale, scheme: Scheme, palette: Map<ColorToken, Rgb>): void {
  const chroma = options.tint * 0.005;
  const shade = options.shade ?? 0;
  const lightness = (name: ColorToken, strength: number): number => {
    const [l] = toOklch(defaults(scheme, name));
    // Light: scale the distance from white; dark: scale the lightness itself.
    return scheme === 'light' ? 1 - (1 - l) * (1 + shade * strength) : l * (1 - shade * strength * 0.5);
  };
  for (const name of SURFACES) palette.set(name, fromOklch([lightness(name, 0.15), chroma, options.hue]));
  for (const name of BORDERS) palette.set(name, fromOklch([lightness(name, 0.08), chroma, options.hue]));
  const backdrops = TEXT_BACKDROPS.map((name) => palette.get(name) ?? defaults(scheme, name));
  for (const name of TEXTS) {
    const [l] = toOklch(defaults(scheme, name));
    palette.set(name, ensureContrast(fromOklch([l, chroma * 0.6, options.hue]), backdrops));
  }
}

/**
 * `surface {background, foreground}`: the backgrounds and main text. When both parse, the
 * secondary surfaces, borders and secondary texts are mixed from the two (texts kept ≥ 4.5:1);
 * otherwise they are `color-mix()`ed in CSS.
 */
function surface(options: Surface, palette: Map<ColorToken, Rgb>, out: Declarations): boolean {
  const [bgText, fgText] = [safeCssValue(options.background), safeCssValue(options.foreground)];
  const [bg, fg] = [bgText === null ? null : parseColor(bgText), fgText === null ? null : parseColor(fgText)];
  if (bg && fg) {
    const dark = luminance(bg) < 0.18;
    const toward = (amount: number): Rgb => mix(bg, fg, amount);
    const tints: Record<(typeof SURFACES)[number] | (typeof BORDERS)[number], Rgb> = {
      background: bg,
      surface: dark ? toward(0.03) : bg,
      'surface-secondary': toward(0.05),
      'surface-tertiary': toward(0.09),
      'surface-elevated': dark ? toward(0.06) : bg,
      'surface-elevated-secondary': toward(dark ? 0.09 : 0.03),
      'user-bubble': toward(0.07),
      border: toward(0.11),
      'border-subtle': toward(0.07),
      'border-strong': toward(0.24),
    };
    for (const [name, color] of Object.entries(tints)) palette.set(name as ColorToken, color);
    const backdrops = TEXT_BACKDROPS.map((name) => tints[name]);
    palette.set('text', ensureContrast(fg, backdrops));
    palette.set('text-secondary', ensureContrast(mix(fg, bg, 0.3), backdrops));
    palette.set('text-tertiary', ensureContrast(mix(fg, bg, 0.42), backdrops));
    return true;
  }
  // Unparseable but safe colours: use them as given and let the browser mix the rest.
  if (bgText !== null) for (const name of [...SURFACES, ...BORDERS]) palette.delete(name);
  if (fgText !== null) palette.delete('text');
  if (bgText !== null) {
    for (const name of ['background', 'surface', 'surface-elevated'] as const) out.set(`--ck-color-${name}`, bgText);
  }
  if (fgText !== null) out.set('--ck-color-text', fgText);
  if (bgText !== null && fgText !== null) {
    const cssMix = (amount: number): string => `color-mix(in srgb, ${bgText}, ${fgText} ${String(amount)}%)`;
    out.set('--ck-color-surface-secondary', cssMix(5)).set('--ck-color-surface-tertiary', cssMix(9));
    out.set('--ck-color-surface-elevated-secondary', cssMix(3)).set('--ck-color-user-bubble', cssMix(7));
    out.set('--ck-color-border', cssMix(11)).set('--ck-color-border-subtle', cssMix(7)).set('--ck-color-border-strong', cssMix(24));
    out.set('--ck-color-text-secondary', `color-mix(in srgb, ${fgText}, ${bgText} 25%)`);
    out.set('--ck-color-text-tertiary', `color-mix(in srgb, ${fgText}, ${bgText} 35%)`);
  }
  return bgText === null;
}

/**
 * `accent {primary, level}`: the fill, its text (black or white, whichever reaches 4.5:1), a hover
 * fill moved away from that text, the accent as text on surfaces (nudged to 4.5:1), the focus
 * ring, and a soft tint whose strength is `level`. From level 2 the user's bubble takes the tint,
 * at level 3 the accent itself.
 */
function accent(options: Accent, scheme: Scheme, palette: Map<ColorToken, Rgb> | null, out: Declarations): void {
  const value = safeCssValue(options.primary);
  if (value === null) return;
  const level = options.level;
  const soft = ACCENT_SOFT[level];
  const fill = parseColor(value);
  if (fill && palette) {
    const get = (name: ColorToken): Rgb => palette.get(name) ?? defaults(scheme, name);
    const onFill = textOn(fill);
    const hover = mix(fill, luminance(onFill) > 0.5 ? [0, 0, 0] : [1, 1, 1], 0.14);
    const backdrops = TEXT_BACKDROPS.map(get);
    const asText = ensureContrast(fill, backdrops);
    const tint = mix(get('surface'), fill, soft);
    out.set('--ck-color-accent', toHex(fill)).set('--ck-color-accent-contrast', toHex(onFill));
    out.set('--ck-color-accent-hover', toHex(contrast(onFill, hover) >= 4.5 ? hover : fill));
    out.set('--ck-color-accent-text', toHex(asText)).set('--ck-color-focus', toHex(asText));
    out.set('--ck-color-accent-soft', toHex(tint));
    if (level >= 2) {
      const bubble = level === 3 ? fill : mix(get('user-bubble'), fill, soft);
      out.set('--ck-color-user-bubble', toHex(bubble));
      out.set('--ck-color-user-text', toHex(level === 3 ? onFill : ensureContrast(get('text'), [bubble])));
    }
    return;
  }
  // Relative colour syntax: OKLab lightness 0.58 is about where black and white text tie.
  const onFill = `oklch(from ${value} clamp(0, (0.58 - l) * 1000, 1) 0 0)`;
  out.set('--ck-color-accent', value).set('--ck-color-accent-contrast', onFill);
  out.set('--ck-color-accent-hover', `oklch(from ${value} calc(l - (0.58 - l) * 0.25) c h)`);
  const asText = scheme === 'light' ? `oklch(from ${value} min(l, 0.5) c h)` : `oklch(from ${value} max(l, 0.75) c h)`;
  out.set('--ck-color-accent-text', asText).set('--ck-color-focus', asText);
  out.set('--ck-color-accent-soft', `color-mix(in srgb, ${value} ${String(soft * 100)}%, var(--ck-color-surface))`);
  if (level >= 2) {
    out.set('--ck-color-user-bubble', level === 3 ? value : `color-mix(in srgb, ${value} ${String(soft * 100)}%, var(--ck-color-surface))`);
    if (level === 3) out.set('--ck-color-user-text', onFill);
  }
}
