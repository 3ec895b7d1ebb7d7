import { nothing, svg, type SVGTemplateResult } from 'lit';
import { ChunkErrorEvent } from './lazy-chunk.js';

/**
 * The icon set for widgets, start-screen prompts, composer tools, the header and the chrome.
 *
 * Original line drawings on a 24×24 grid. Each icon is a compact string of primitives separated by
 * `|` so the table stays small in the bundle:
 *
 * - `M…` a stroked path (`d` data); `F M…` the same path also filled;
 * - `E M…` a filled, unstroked path with `fill-rule="evenodd"` (for knocked-out shapes);
 * - `o cx cy r` a stroked circle, `O cx cy r` a filled one;
 * - `r x y w h rx` a stroked rounded rect, `R …` a filled one.
 *
 * Icon names arrive from untrusted server data, so a name only ever *selects* a row of this table
 * (own properties only); it never reaches the markup unless the set has a drawing for it.
 *
 * This module is in the main bundle with the names of the set but only the drawings the main
 * bundle shows itself. The chunks that show messages and menus bring the chrome's other icons
 * (`icon-chrome.ts`); the full table (`icon-table.ts`) is a chunk of its own, which the widgets
 * chunk brings along. Any other icon of the set (a prompt's, a tool's, a header action's) renders
 * its named, correctly sized `<svg>` at once and its shapes when the table is in, so nothing moves:
 * in the main bundle its element re-renders then ({@link whenIconsDrawn}); in the chunks, a
 * directive fills it in (`icon-glyphs.ts`).
 */

const ATTACH = 'M20 11.5l-8.1 8.1a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17a1.7 1.7 0 0 1-2.4-2.4L15 7';

/** The drawings the main bundle's own elements ask for by name. */
export const EAGER_ICONS = { attach: ATTACH } as const satisfies Record<string, string>;

const FALLBACK = 'r6.5 6.5 11 11 3';

/** The 64 names a ChatKit server may send as a widget / ChatKit icon (protocol §4.8). */
export const WIDGET_ICON_NAMES: readonly string[] = Object.freeze(
  ('agent analytics atom batch bolt book-open book-closed book-clock bug calendar chart check ' +
    'check-circle check-circle-filled chevron-left chevron-right circle-question clock compass confetti ' +
    'cube desktop document dot dots-horizontal dots-vertical empty-circle external-link globe keys lab ' +
    'images info lifesaver lightbulb mail map-pin maps mobile name notebook notebook-pencil page-blank ' +
    'phone play plus profile profile-card reload star star-filled search sparkle sparkle-double ' +
    'square-code square-image square-text suitcase settings-slider user wreath write write-alt write-alt2'
  ).split(' '),
);

/** The 46 ChatKit.js `HeaderIcon` names (header left/right actions). */
export const HEADER_ICON_NAMES: readonly string[] = Object.freeze(
  ('sidebar-left sidebar-right sidebar-open-left sidebar-open-right sidebar-open-left-alt ' +
    'sidebar-open-right-alt sidebar-floating-left sidebar-floating-right sidebar-floating-open-left ' +
    'sidebar-floating-open-right sidebar-collapse-left sidebar-collapse-right collapse-left collapse-right ' +
    'open-left open-right double-chevron-left double-chevron-right home home-alt back-small back-large ' +
    'expand-large collapse-large expand-small collapse-small star star-filled bug chat-temporary ' +
    'settings-cog grid dots-horizontal dots-vertical dots-horizontal-circle dots-vertical-circle menu ' +
    'menu-inverted hamburger history book-open compose share light-mode dark-mode close'
  ).split(' '),
);

/** Names outside both lists that the chrome uses (and apps may pass, e.g. a tool's icon). */
const CHROME_ICON_NAMES = 'send arrow-up arrow-down stop copy thumbs-up thumbs-down attach paperclip mic x warning upload code chevron-down chevron-up trash retry';

const KNOWN: ReadonlySet<string> = new Set([...WIDGET_ICON_NAMES, ...HEADER_ICON_NAMES, ...CHROME_ICON_NAMES.split(' ')]);

/** Whether `name` has its own drawing (now or once the table is in; `__proto__` etc. never). */
export function hasIcon(name: string): boolean {
  return KNOWN.has(name);
}

/** The drawings available now: the eager ones until the chunks that carry the others are in. */
let drawings: Readonly<Record<string, string>> = EAGER_ICONS;
let loading: Promise<void> | null = null;
/** The table could not be loaded: known icons without a drawing show the neutral glyph. */
let failed = false;
/** That failure was already reported (once, not per element). */
let reported = false;

/** Adds drawings (`icon-chrome.ts` and `icon-table.ts` call it when they are evaluated). */
export function installIcons(table: Readonly<Record<string, string>>): void {
  drawings = { ...drawings, ...table };
}

/**
 * Loads the full table once; resolves when every known name draws synchronously. A failed load
 * (offline) rejects and is retried by the next call.
 */
export function loadIcons(): Promise<void> {
  loading ??= import('./icon-table.js').then(
    () => {
      failed = false;
    },
    (error: unknown) => {
      loading = null;
      failed = true;
      throw error;
    },
  );
  return loading;
}

function drawingOf(name: string): string | undefined {
  return Object.hasOwn(drawings, name) ? drawings[name] : undefined;
}

/** Whether a known icon still waits for the table. */
function waiting(name: string | null | undefined): boolean {
  return !!name && hasIcon(name) && drawingOf(name) === undefined;
}

/** The shapes of `name` if its drawing is loaded (for `icon-glyphs.ts`). */
export function drawnIcon(name: string): SVGTemplateResult[] | undefined {
  const spec = drawingOf(name);
  return spec === undefined ? undefined : parts(spec);
}

/** The neutral glyph's shapes. */
export function fallbackIcon(): SVGTemplateResult[] {
  return parts(FALLBACK);
}

/** What a known icon waiting for the table renders inside its `<svg>` (see `icon-glyphs.ts`). */
let pendingDrawing: (name: string) => unknown = () => nothing;

/** Installed by `icon-glyphs.ts`: chunks fill waiting icons in with a directive. */
export function setPendingDrawing(render: (name: string) => unknown): void {
  pendingDrawing = render;
}

/**
 * For elements of the main bundle that show app-chosen icons (start-screen prompts, header
 * actions): loads the table when one of `names` waits for it and re-renders `host` when it is in.
 * If it cannot be loaded, the neutral glyph stands in and `host` fires the failure (once).
 */
export function whenIconsDrawn(host: { requestUpdate(): void } & EventTarget, names: readonly (string | null | undefined)[]): void {
  if (failed || !names.some(waiting)) return;
  loadIcons().then(
    () => {
      host.requestUpdate();
    },
    (error: unknown) => {
      host.requestUpdate();
      if (reported) return;
      reported = true;
      host.dispatchEvent(new ChunkErrorEvent(error));
    },
  );
}

function part(spec: string): SVGTemplateResult {
  const kind = spec.charAt(0);
  const fill = kind === 'O' || kind === 'R' || kind === 'F' ? 'currentColor' : nothing;
  const [a, b, c, d, e] = spec.slice(1).split(' ');
  switch (kind) {
    case 'o':
    case 'O':
      return svg`<circle cx=${a} cy=${b} r=${c} fill=${fill} />`;
    case 'r':
    case 'R':
      return svg`<rect x=${a} y=${b} width=${c} height=${d} rx=${e} fill=${fill} />`;
    case 'E':
      return svg`<path d=${spec.slice(2)} fill="currentColor" fill-rule="evenodd" stroke="none" />`;
    case 'F':
      return svg`<path d=${spec.slice(2)} fill=${fill} />`;
    default:
      return svg`<path d=${spec} />`;
  }
}

/**
 * An inline SVG for `name`. Unknown names (including `lucide:*` and `vendor:*`, which this set does
 * not ship) get a neutral rounded-square glyph marked `data-icon-fallback`; the name itself is never
 * written into the markup. Decorative (`aria-hidden`) unless `label` is given. A known icon whose
 * drawing is not loaded yet renders its (empty) box now and its shapes when `icon-table.ts` is in.
 *
 * @param options.size width and height (a number is in px); default `1em` so the icon follows the font size.
 * @param options.label accessible name; makes the icon `role="img"`.
 */
export function iconSvg(name: string, options: { size?: number | string; label?: string } = {}): SVGTemplateResult {
  const known = hasIcon(name);
  const spec = known ? drawingOf(name) : FALLBACK;
  const size = options.size ?? '1em';
  const label = options.label || undefined;
  return svg`<svg class="ck-icon" viewBox="0 0 24 24" width=${size} height=${size} fill="none" stroke="currentColor"
    stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" focusable="false"
    data-icon=${known ? name : nothing} data-icon-fallback=${known ? nothing : ''}
    role=${label ? 'img' : nothing} aria-label=${label ?? nothing} aria-hidden=${label ? nothing : 'true'}
    >${spec !== undefined ? parts(spec) : failed ? parts(FALLBACK) : pendingDrawing(name)}</svg>`;
}

// Parsed once per icon; a template result is an immutable description, safe to render anywhere.
const parsed = new Map<string, SVGTemplateResult[]>();

function parts(spec: string): SVGTemplateResult[] {
  let out = parsed.get(spec);
  if (!out) {
    out = spec.split('|').map(part);
    parsed.set(spec, out);
  }
  return out;
}
