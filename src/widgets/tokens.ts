/**
 * Widget props → CSS. Colour tokens, radius, spacing units and sizes become references to the
 * `--ck-w-*` / `--ck-color-*` custom properties declared in `styles/widget-tokens.ts`, so one
 * theme restyles every widget; raw CSS goes through {@link safeCssValue}. Pure functions, DOM- and
 * Lit-free; every input is `unknown` because dynamic widgets pass props through unvalidated.
 */
import { safeCssValue } from '../security/css-value.js';

/** CSS properties (dash-case) → values, ready for `styleMap` or `style.setProperty`. */
export type CssProperties = Record<string, string>;

/** The four sides of a box, in CSS order. */
export const SIDES = ['top', 'right', 'bottom', 'left'] as const;
export type Side = (typeof SIDES)[number];
/** A value per side; sides without a (valid) value are absent. */
export type SideValues = Partial<Record<Side, string>>;

/** Hues of the primitive palette (`blue-500` → `--ck-color-blue-500`). */
export const RAMP_HUES = [
  'red', 'orange', 'amber', 'yellow', 'lime', 'green', 'emerald', 'teal', 'cyan', 'sky', 'blue', 'indigo',
  'violet', 'purple', 'fuchsia', 'pink', 'rose', 'gray', 'slate', 'zinc', 'neutral', 'stone',
] as const;
/** Steps of every palette hue, lightest first. */
export const RAMP_STEPS = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950] as const;

/** Text and icon colour tokens → `--ck-w-text-<token>`. */
export const TEXT_COLORS = [
  'prose', 'primary', 'emphasis', 'secondary', 'tertiary', 'success', 'warning', 'danger', 'info', 'discovery', 'caution',
] as const;
/** Background tokens → `--ck-w-<token>`. */
export const SURFACE_COLORS = [
  'surface', 'surface-secondary', 'surface-tertiary', 'surface-elevated', 'surface-elevated-secondary',
] as const;
/** Border and divider tokens → `--ck-w-border-<token>`. */
export const BORDER_COLORS = ['default', 'subtle', 'strong'] as const;
/** Chart series tokens → `--ck-w-chart-<token>`. */
export const CHART_COLORS = ['blue', 'purple', 'orange', 'green', 'red', 'yellow', 'pink'] as const;
/** Button and Badge `color` values → `--ck-w-control-<color>-{solid,soft,outline}-*`. */
export const CONTROL_COLORS = [
  'primary', 'secondary', 'info', 'discovery', 'success', 'caution', 'warning', 'danger',
] as const;
/** Corner radius tokens → `--ck-w-radius-<token>`. */
export const RADII = ['2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', 'full'] as const;

const RAMP = new RegExp(`^(?:${RAMP_HUES.join('|')})-(?:${RAMP_STEPS.join('|')})$`);

// CSS named colours (CSS Color 4) plus the two colour keywords widgets use.
const NAMED_COLORS = new Set(
  ('transparent currentcolor aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue ' +
    'blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue ' +
    'darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
    'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink ' +
    'deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold ' +
    'goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
    'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
    'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
    'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
    'palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
    'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
    'springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);
const COLOR_FUNCTION = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark|var)\(/i;
const GRADIENT_FUNCTION = /^(?:repeating-)?(?:linear|radial|conic)-gradient\(/i;

interface ColorFamily {
  readonly tokens: readonly string[];
  readonly prefix: string;
  readonly gradients: boolean;
}

const TEXT: ColorFamily = { tokens: TEXT_COLORS, prefix: '--ck-w-text-', gradients: false };
const BACKGROUND: ColorFamily = { tokens: SURFACE_COLORS, prefix: '--ck-w-', gradients: true };
const BORDER: ColorFamily = { tokens: BORDER_COLORS, prefix: '--ck-w-border-', gradients: false };
const CHART: ColorFamily = { tokens: CHART_COLORS, prefix: '--ck-w-chart-', gradients: false };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Splits a (safe) CSS value at spaces outside parentheses. */
function topLevelParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ' ' && depth === 0) {
      if (current !== '') parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** A raw CSS colour: one hex, keyword or colour function (gradients where allowed). */
function rawColor(value: unknown, gradients: boolean): string | null {
  const safe = safeCssValue(value);
  if (safe === null || topLevelParts(safe).length !== 1) return null;
  if (safe.startsWith('#') || NAMED_COLORS.has(safe.toLowerCase()) || COLOR_FUNCTION.test(safe)) return safe;
  return gradients && GRADIENT_FUNCTION.test(safe) ? safe : null;
}

function plainColor(family: ColorFamily, value: unknown, gradients: boolean): string | null {
  if (typeof value !== 'string') return null;
  // Tokens win over CSS names: chart `blue` is the series colour, not `#0000ff`.
  if (family.tokens.includes(value)) return `var(${family.prefix}${value})`;
  if (RAMP.test(value)) return `var(--ck-color-${value})`;
  return rawColor(value, gradients);
}

function color(family: ColorFamily, value: unknown): string | null {
  if (isRecord(value)) {
    // `light-dark()` takes colours only, so a gradient cannot be themed this way.
    const light = plainColor(family, value['light'], false);
    const dark = plainColor(family, value['dark'], false);
    return light !== null && dark !== null ? `light-dark(${light}, ${dark})` : null;
  }
  return plainColor(family, value, family.gradients);
}

/**
 * Text colour: a text token (`primary`, `secondary`, `success`…), a palette token (`blue-500`),
 * `{light, dark}`, or a CSS colour.
 *
 * @returns a CSS colour (`var(--ck-w-text-primary)`, `light-dark(…)`, `#0a7`…) or `null`
 */
export function textColor(c: unknown): string | null {
  return color(TEXT, c);
}

/** Icon colour: the same vocabulary as {@link textColor}. */
export function iconColor(c: unknown): string | null {
  return color(TEXT, c);
}

/**
 * Background: a surface token (`surface`, `surface-elevated`…), a palette token, `{light, dark}`,
 * a CSS colour, or a CSS gradient.
 */
export function backgroundColor(c: unknown): string | null {
  return color(BACKGROUND, c);
}

/** Border or divider colour: `default`, `subtle`, `strong`, a palette token, `{light, dark}` or a CSS colour. */
export function borderColor(c: unknown): string | null {
  return color(BORDER, c);
}

/** Chart series colour: `blue purple orange green red yellow pink`, a palette token, `{light, dark}` or a CSS colour. */
export function chartColor(c: unknown): string | null {
  return color(CHART, c);
}

/**
 * Corner radius: a radius token → `var(--ck-w-radius-<token>)` (`full` is a pill), `none` → `0`,
 * `100%` → `100%` (a circle on a square), a number → px, other strings through {@link safeCssValue}.
 */
export function radius(v: unknown): string | null {
  if (v === 'none') return '0';
  if (typeof v === 'string' && (RADII as readonly string[]).includes(v)) return `var(--ck-w-radius-${v})`;
  if (isFiniteNumber(v)) return v >= 0 ? `${v}px` : null;
  return safeCssValue(v);
}

/**
 * Gap, padding or margin: a number counts spacing units (`calc(var(--ck-w-spacing-unit) * n)`,
 * so density can rescale it); a string is CSS, through {@link safeCssValue}.
 */
export function spacing(v: unknown): string | null {
  if (isFiniteNumber(v)) return `calc(var(--ck-w-spacing-unit) * ${v})`;
  return safeCssValue(v);
}

/**
 * A `Spacing` value per side. A number or a single CSS value applies to every side; a CSS
 * shorthand string (`"8px 16px"`) expands like `padding` does; an object's `x`/`y` cover an axis
 * and `top`/`right`/`bottom`/`left` override them. Invalid parts are left out.
 */
export function spacingSides(v: unknown): SideValues {
  const out: SideValues = {};
  const set = (sides: readonly Side[], value: unknown): void => {
    const css = spacing(value);
    if (css !== null) for (const side of sides) out[side] = css;
  };
  if (isRecord(v)) {
    set(['left', 'right'], v['x']);
    set(['top', 'bottom'], v['y']);
    for (const side of SIDES) set([side], v[side]);
    return out;
  }
  const safe = typeof v === 'string' ? safeCssValue(v) : null;
  const parts = safe === null ? [v] : topLevelParts(safe);
  if (parts.length > 4) return out;
  // CSS shorthand: top [right [bottom [left]]], missing ones copy their opposite side.
  const [top, right = top, bottom = top, left = right] = parts;
  set(['top'], top);
  set(['right'], right);
  set(['bottom'], bottom);
  set(['left'], left);
  return out;
}

/** Width/height and their bounds: a number is px, a string goes through {@link safeCssValue}. */
export function size(v: unknown): string | null {
  if (isFiniteNumber(v)) return `${v}px`;
  return safeCssValue(v);
}

const BORDER_STYLES = new Set(['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset']);

function sideBorder(out: CssProperties, side: Side, v: unknown): void {
  const border = isFiniteNumber(v) ? { size: v } : isRecord(v) ? v : null;
  const width = border?.['size'];
  if (!isFiniteNumber(width) || width < 0) return;
  const style = border?.['style'];
  out[`border-${side}-width`] = `${width}px`;
  out[`border-${side}-style`] = typeof style === 'string' && BORDER_STYLES.has(style) ? style : 'solid';
  out[`border-${side}-color`] = borderColor(border?.['color']) ?? 'var(--ck-w-border-default)';
}

/**
 * `border`: a px width for every side, one `Border` (`{size, color?, style?}`) for every side, or
 * `Borders` per side/axis (`x`/`y` cover an axis, sides override). Produces longhands
 * (`border-top-width`, `border-top-style`, `border-top-color`…); the colour defaults to the
 * `default` border token and the style to `solid`.
 */
export function borderStyles(v: unknown): CssProperties {
  const out: CssProperties = {};
  if (isFiniteNumber(v) || (isRecord(v) && 'size' in v)) {
    for (const side of SIDES) sideBorder(out, side, v);
  } else if (isRecord(v)) {
    for (const side of ['left', 'right'] as const) sideBorder(out, side, v['x']);
    for (const side of ['top', 'bottom'] as const) sideBorder(out, side, v['y']);
    for (const side of SIDES) sideBorder(out, side, v[side]);
  }
  return out;
}

// Later rows override earlier ones, so `width` beats `size`.
const SIZE_PROPS: readonly (readonly [prop: string, css: readonly string[]])[] = [
  ['size', ['width', 'height']],
  ['width', ['width']],
  ['height', ['height']],
  ['minSize', ['min-width', 'min-height']],
  ['minWidth', ['min-width']],
  ['minHeight', ['min-height']],
  ['maxSize', ['max-width', 'max-height']],
  ['maxWidth', ['max-width']],
  ['maxHeight', ['max-height']],
];

const ALIGN: Readonly<Record<string, string>> = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  baseline: 'baseline',
  stretch: 'stretch',
};
const JUSTIFY: Readonly<Record<string, string>> = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  between: 'space-between',
  around: 'space-around',
  evenly: 'space-evenly',
  stretch: 'stretch',
};
const WRAP = new Set(['nowrap', 'wrap', 'wrap-reverse']);

function put(out: CssProperties, property: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined) out[property] = value;
}

function plainNumberOrCss(v: unknown): string | null {
  return isFiniteNumber(v) ? String(v) : safeCssValue(v);
}

function lookup(table: Readonly<Record<string, string>>, v: unknown): string | undefined {
  return typeof v === 'string' && Object.hasOwn(table, v) ? table[v] : undefined;
}

/**
 * The `BlockProps` group as CSS: `width`/`height`/`size` and their `min*`/`max*` bounds (numbers
 * are px; `size` sets both axes and the specific prop wins), `aspectRatio`, `radius`, `margin`
 * (via {@link spacingSides}) and `flex`. Unknown or unsafe values are left out.
 */
export function blockStyles(node: unknown): CssProperties {
  const out: CssProperties = {};
  if (!isRecord(node)) return out;
  for (const [prop, properties] of SIZE_PROPS) {
    const value = size(node[prop]);
    for (const property of properties) put(out, property, value);
  }
  const ratio = node['aspectRatio'];
  put(out, 'aspect-ratio', isFiniteNumber(ratio) && ratio <= 0 ? null : plainNumberOrCss(ratio));
  put(out, 'border-radius', radius(node['radius']));
  for (const [side, value] of Object.entries(spacingSides(node['margin']))) out[`margin-${side}`] = value;
  put(out, 'flex', plainNumberOrCss(node['flex']));
  return out;
}

/**
 * The box props (`Box`, `Row`, `Col`, `Form`, `Card`…) as CSS: {@link blockStyles} plus `gap`,
 * `padding` (spacing units), `background`, `border`, `align` (→ `align-items`), `justify`
 * (→ `justify-content`, `between` → `space-between`…) and `wrap` (→ `flex-wrap`). Layout
 * direction and `display` are the element's own business.
 */
export function boxStyles(node: unknown): CssProperties {
  const out = blockStyles(node);
  if (!isRecord(node)) return out;
  put(out, 'gap', spacing(node['gap']));
  for (const [side, value] of Object.entries(spacingSides(node['padding']))) out[`padding-${side}`] = value;
  put(out, 'background', backgroundColor(node['background']));
  Object.assign(out, borderStyles(node['border']));
  put(out, 'align-items', lookup(ALIGN, node['align']));
  put(out, 'justify-content', lookup(JUSTIFY, node['justify']));
  const wrap = node['wrap'];
  if (typeof wrap === 'string' && WRAP.has(wrap)) out['flex-wrap'] = wrap;
  return out;
}

/**
 * The padding a container publishes for flush children (Divider, Image) to bleed over:
 * `--ck-w-flush-{top,right,bottom,left}`.
 */
export function flushVars(sides: Partial<Record<Side, string | null | undefined>>): CssProperties {
  const out: CssProperties = {};
  for (const side of SIDES) {
    const value = sides[side];
    if (value) out[`--ck-w-flush-${side}`] = value;
  }
  return out;
}
