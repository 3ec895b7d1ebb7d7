/**
 * Colour maths for the theme: parsing the colours an app passes in `theme.color`, WCAG contrast,
 * and OKLCH so ramps and adjustments change lightness without drifting in hue. Pure, DOM-free.
 */

/** An opaque sRGB colour, channels 0…1. */
export type Rgb = readonly [r: number, g: number, b: number];

const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const RGB_FUNCTION = new RegExp(
  String.raw`^rgba?\(\s*(${NUMBER}%?)\s*[,\s]\s*(${NUMBER}%?)\s*[,\s]\s*(${NUMBER}%?)\s*(?:[,/]\s*(${NUMBER}%?)\s*)?\)$`,
  'i',
);
const HSL_FUNCTION = new RegExp(
  String.raw`^hsla?\(\s*(${NUMBER})(deg|turn|rad|grad)?\s*[,\s]\s*(${NUMBER})%\s*[,\s]\s*(${NUMBER})%\s*(?:[,/]\s*(${NUMBER}%?)\s*)?\)$`,
  'i',
);

const channel = (v: string): number => (v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v) / 255);
const alphaOf = (v: string | undefined): number =>
  v === undefined ? 1 : v.endsWith('%') ? parseFloat(v) / 100 : parseFloat(v);

const TURN: Record<string, number> = { deg: 360, turn: 1, rad: 2 * Math.PI, grad: 400 };

function hslToRgb(h: number, s: number, l: number): Rgb {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)];
}

/**
 * Reads `#rgb`, `#rrggbb`, `rgb()`/`rgba()` and `hsl()`/`hsla()` (legacy comma or modern space
 * syntax). Returns `null` for anything else and for translucent colours: contrast cannot be
 * computed for those, so the theme falls back to `color-mix()` in CSS.
 */
export function parseColor(raw: string): Rgb | null {
  const value = raw.trim().toLowerCase();
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(value)?.[1];
  if (hex !== undefined) {
    const full = hex.length <= 4 ? hex.replace(/./g, '$&$&') : hex;
    if (full.length === 8 && full.slice(6) !== 'ff') return null;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as unknown as Rgb;
  }
  const rgb = RGB_FUNCTION.exec(value);
  if (rgb) {
    const [, r = '', g = '', b = '', a] = rgb;
    if (alphaOf(a) < 1) return null;
    return [clamp01(channel(r)), clamp01(channel(g)), clamp01(channel(b))];
  }
  const hsl = HSL_FUNCTION.exec(value);
  if (hsl) {
    const [, h = '', unit = 'deg', s = '', l = '', a] = hsl;
    if (alphaOf(a) < 1) return null;
    const degrees = (((parseFloat(h) / (TURN[unit] ?? 360)) * 360) % 360 + 360) % 360;
    return hslToRgb(degrees, clamp01(parseFloat(s) / 100), clamp01(parseFloat(l) / 100));
  }
  return null;
}

/** `#rrggbb` of an sRGB colour (channels clamped). */
export function toHex(color: Rgb): string {
  return `#${color.map((c) => Math.round(clamp01(c) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance. */
export function luminance(color: Rgb): number {
  const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = color;
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio (1…21) of two opaque colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `a` mixed with `b` in sRGB, `amount` (0…1) of `b` — like `color-mix(in srgb, a, b amount)`. */
export function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => (a[i] ?? 0) * (1 - amount) + (b[i] ?? 0) * amount) as unknown as Rgb;
}

/** OKLCH: lightness 0…1, chroma ≥ 0, hue in degrees. */
export type Oklch = readonly [l: number, c: number, h: number];

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number): number => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

/** sRGB → OKLCH (Björn Ottosson's OKLab matrices). */
export function toOklch(color: Rgb): Oklch {
  const [r, g, b] = color.map(toLinear) as unknown as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return [L, Math.hypot(A, B), ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360];
}

/** OKLCH → linear-light sRGB, possibly out of gamut. */
function oklchToLinear([L, C, H]: Oklch): Rgb {
  const A = C * Math.cos((H * Math.PI) / 180);
  const B = C * Math.sin((H * Math.PI) / 180);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const inGamut = (linear: Rgb): boolean => linear.every((c) => c >= -1e-4 && c <= 1 + 1e-4);

/** OKLCH → sRGB, lowering chroma (same lightness and hue) until the colour fits in sRGB. */
export function fromOklch(color: Oklch): Rgb {
  const [L, C, H] = color;
  const l = clamp01(L);
  let linear = oklchToLinear([l, C, H]);
  if (!inGamut(linear)) {
    let [lo, hi] = [0, C];
    for (let i = 0; i < 20; i += 1) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklchToLinear([l, mid, H]))) lo = mid;
      else hi = mid;
    }
    linear = oklchToLinear([l, lo, H]);
  }
  return linear.map((c) => clamp01(fromLinear(clamp01(c)))) as unknown as Rgb;
}

/**
 * The colour nearest to `color` (same hue and chroma, lightness moved towards black or white,
 * whichever is further from the backgrounds) that reaches `ratio` against every background. If
 * even black/white cannot, the better of the two.
 */
export function ensureContrast(color: Rgb, backgrounds: readonly Rgb[], ratio = 4.5): Rgb {
  const passes = (c: Rgb): boolean => backgrounds.every((bg) => contrast(c, bg) >= ratio);
  if (passes(color)) return color;
  const darkest = Math.min(...backgrounds.map(luminance));
  const lightest = Math.max(...backgrounds.map(luminance));
  // Black text is limited by the darkest background, white text by the lightest: go where the
  // best reachable ratio is higher.
  const down = (darkest + 0.05) / 0.05 >= 1.05 / (lightest + 0.05);
  const [L, C, H] = toOklch(color);
  for (let step = 1; step <= 100; step += 1) {
    const next = fromOklch([down ? L - (L * step) / 100 : L + ((1 - L) * step) / 100, C, H]);
    if (passes(next)) return next;
  }
  return down ? [0, 0, 0] : [1, 1, 1];
}

/** Black or white text, whichever reads better on `fill` (always ≥ 4.5:1: the worst case is 4.58). */
export function textOn(fill: Rgb): Rgb {
  const white: Rgb = [1, 1, 1];
  const nearBlack: Rgb = [0.067, 0.067, 0.075];
  if (contrast(white, fill) >= 4.5) return white;
  return contrast(nearBlack, fill) >= 4.5 ? nearBlack : [0, 0, 0];
}
