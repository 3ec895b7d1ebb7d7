/**
 * Finds direction-bound (physical) CSS in source text, for the logical-properties sweep: a
 * right-to-left layout only mirrors what is written with `inline-start`/`inline-end`.
 */

/** One offending declaration: where it is and the line as written. */
export interface PhysicalHit {
  file: string;
  line: number;
  text: string;
}

/** Declarations that pin a side of the screen instead of a side of the text. */
const PHYSICAL = [
  /\b(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /\btext-align\s*:\s*(?:left|right)\b/,
  /\bfloat\s*:\s*(?:left|right)\b/,
  /\bclear\s*:\s*(?:left|right)\b/,
  /\btranslateX\(/,
  /\bbackground-position(?:-x)?\s*:[^;]*\b(?:left|right)\b/,
];

/** `margin`/`padding` with four values whose right and left differ (`top right bottom left`). */
const FOUR_SIDES = /(?:^|[\s;{])(?:margin|padding)\s*:\s*([^;{}]+);/;

/** Splits a value on top-level spaces (not inside `calc(…)`/`var(…)`). */
function topLevelParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** Whether one line of CSS is physical (and not excused with a `/* physical: why *\/` comment). */
export function isPhysicalLine(line: string): boolean {
  if (/\/\*\s*physical:/.test(line)) return false;
  // Comments explain; only declarations count.
  const code = line.replace(/\/\*.*?\*\//g, '');
  if (/^\s*(?:\/?\*|\/\/)/.test(code)) return false;
  if (PHYSICAL.some((pattern) => pattern.test(code))) return true;
  const four = FOUR_SIDES.exec(code);
  if (four?.[1]) {
    const parts = topLevelParts(four[1]);
    if (parts.length === 4 && parts[1] !== parts[3]) return true;
  }
  return false;
}

/** The `css\`…\`` blocks of a module's text (as served: TypeScript already stripped). */
export function cssBlocks(source: string): { text: string; startLine: number }[] {
  const out: { text: string; startLine: number }[] = [];
  const pattern = /\bcss`((?:\\[\s\S]|[^`\\])*)`/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const startLine = source.slice(0, match.index).split('\n').length;
    out.push({ text: match[1] ?? '', startLine });
  }
  return out;
}

/** Physical declarations in every `css` block of `source`. */
export function physicalDeclarations(file: string, source: string): PhysicalHit[] {
  const hits: PhysicalHit[] = [];
  for (const block of cssBlocks(source)) {
    block.text.split('\n').forEach((text, i) => {
      if (isPhysicalLine(text)) hits.push({ file, line: block.startLine + i, text: text.trim() });
    });
  }
  return hits;
}

/** Relative module specifiers a served module imports (static and dynamic imports, re-exports). */
export function relativeImports(source: string): string[] {
  const out: string[] = [];
  // Static imports and literal `import()` calls: lazy chunks are part of the bundle too.
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (match[1]) out.push(match[1]);
  }
  return out;
}
