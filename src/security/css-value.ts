/**
 * The one check for CSS values that come from the server (widget colours, sizes, spacing) before
 * they reach an inline style. Pure, DOM-free.
 *
 * It is an allow-list of *tokens*, not a deny-list of strings: a value is split with a small
 * CSS-like tokenizer and every piece must be a number (with a known unit), a `#hex` colour, a
 * keyword, a known function (colour, math, gradient, `var()`), a comma or math operator inside a
 * function, or a space. Anything that can load a resource (`url()`, `image-set()`, `element()`),
 * run code (`expression()`), read the document (`attr()`) or break out of the declaration (`;`,
 * `{`, `}`, `!important`, comments, escapes, quotes, `<`/`>`) has no token and is refused.
 */

/** Longer strings are not plausible single values, and keep the tokenizer's work bounded. */
export const MAX_CSS_VALUE_LENGTH = 200;

const MAX_DEPTH = 8;

// Fast refusal of what never belongs in a value, and what reviewers look for first. The
// tokenizer below would refuse these too; this keeps the intent readable.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[;{}<>\\!@"'`]|\/\*|[\u0000-\u001f\u007f-\u009f]/;

// One token per alternative: spaces, punctuation, #hex, custom property name, keyword or
// function name, number with optional unit or %, lone minus. Non-ASCII matches nothing.
const TOKEN = /( +)|([(),/*+])|(#[\da-f]+)(?![\w-])|(--[\w-]+)|(-?[a-z_][\w-]*\(?)|([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?(%|[a-z]+)?)(?![\w.-])|(-)/iy;

const FUNCTIONS = new Set([
  'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix', 'light-dark',
  'var', 'calc', 'min', 'max', 'clamp',
  'linear-gradient', 'radial-gradient', 'conic-gradient',
  'repeating-linear-gradient', 'repeating-radial-gradient', 'repeating-conic-gradient',
]);

/** Functions whose arguments may use bare parentheses for grouping: `calc((1px + 2px) * 2)`. */
const MATH = new Set(['calc', 'min', 'max', 'clamp', '']);

const UNITS = new Set(
  ('px em rem ex ch cap ic lh rlh vw vh vi vb vmin vmax svw svh lvw lvh dvw dvh ' +
    'cqw cqh cqi cqb cqmin cqmax cm mm q in pt pc deg grad rad turn fr').split(' '),
);

/**
 * Keywords that name resource loaders or script hooks. As bare words they do nothing (`url (x)`
 * is not a URL), but no colour or length needs them, so they are refused outright.
 */
const DENIED_WORDS = new Set([
  'url', 'src', 'image', 'image-set', '-webkit-image-set', 'element', '-moz-element', 'cross-fade',
  '-webkit-cross-fade', 'expression', 'attr', 'paint', 'env', 'javascript', 'import', 'binding',
  '-moz-binding', 'behavior',
]);

const HEX_LENGTHS = new Set([4, 5, 7, 9]); // including the '#'

/**
 * Returns the trimmed value if it is a plausible CSS value made of safe parts, else `null`.
 *
 * Accepted: keywords (`auto`, `red`, `transparent`), numbers with a known unit or `%` (`12px`,
 * `1.5rem`, `50%`, `45deg`), `#rgb`/`#rgba`/`#rrggbb`/`#rrggbbaa`, colour functions
 * (`rgb() rgba() hsl() hsla() hwb() lab() lch() oklab() oklch() color() color-mix() light-dark()`),
 * `var(--name[, fallback])`, math (`calc() min() max() clamp()`), and
 * (repeating-)linear/radial/conic gradients whose arguments are themselves made of these parts.
 * Several space-separated parts (`8px 16px`, `16 / 9`) are allowed; top-level commas are not.
 *
 * Refused: non-strings, empty strings (after trimming spaces), strings over {@link MAX_CSS_VALUE_LENGTH} characters,
 * control characters, non-ASCII, quotes, `;` `{` `}` `<` `>` `\` `!` `@`, comments, any other
 * function (`url()`, `image()`, `image-set()`, `element()`, `expression()`, `attr()`…), unknown
 * units, malformed hex, unbalanced or empty parentheses.
 *
 * @param raw - the value exactly as the server sent it
 * @returns the value without surrounding spaces, or `null`
 */
export function safeCssValue(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_CSS_VALUE_LENGTH || FORBIDDEN.test(raw)) return null;
  // Only spaces are trimmed: other whitespace is refused like any other unexpected character.
  const value = raw.replace(/^ +| +$/g, '');
  return value !== '' && tokensAreSafe(value) ? value : null;
}

function tokensAreSafe(value: string): boolean {
  // Open functions, innermost last; '' for a bare grouping parenthesis.
  const stack: string[] = [];
  // The previous significant token, to refuse `()` and to require a name right after `var(`.
  let previous = '';
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < value.length) {
    const match = TOKEN.exec(value);
    if (!match) return false;
    const [token, space, punct, hex, custom, word, number, unit] = match;
    if (space !== undefined) continue;
    const lower = token.toLowerCase();
    if (previous === 'var(' && custom === undefined) return false;

    if (punct !== undefined) {
      if (punct === '(') {
        if (!MATH.has(stack.at(-1) ?? 'top')) return false;
        stack.push('');
      } else if (punct === ')') {
        if (stack.pop() === undefined || previous.endsWith('(')) return false;
      } else if (punct === ',' && stack.length === 0) {
        return false;
      }
    } else if (hex !== undefined) {
      if (!HEX_LENGTHS.has(hex.length)) return false;
    } else if (custom !== undefined) {
      if (previous !== 'var(') return false;
    } else if (word !== undefined) {
      const name = lower.endsWith('(') ? lower.slice(0, -1) : null;
      if (DENIED_WORDS.has(name ?? lower)) return false;
      if (name !== null) {
        if (!FUNCTIONS.has(name)) return false;
        stack.push(name);
      }
    } else if (number !== undefined && unit !== undefined && unit !== '%') {
      if (!UNITS.has(unit.toLowerCase())) return false;
    }
    if (stack.length > MAX_DEPTH) return false;
    previous = lower;
  }
  return stack.length === 0 && previous !== 'var(';
}
