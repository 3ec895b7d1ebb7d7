/**
 * Every stylesheet of the bundle is written in logical properties, so `dir="rtl"` mirrors the
 * whole UI; a physical declaration needs a `/* physical: why *\/` comment on its line.
 */
import { expect } from '@open-wc/testing';
import { cssBlocks, isPhysicalLine, physicalDeclarations, relativeImports, type PhysicalHit } from './css-scan.js';

/** Fetches every module reachable from the package entries, as the test server serves them. */
async function bundleModules(): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [new URL('/src/index.ts', location.href), new URL('/src/define.ts', location.href)];
  while (queue.length > 0) {
    const url = queue.pop()!;
    // The server maps `./x.js` specifiers onto `x.ts` sources; key by path so both spellings meet once.
    const key = url.pathname.replace(/\.js$/, '.ts');
    if (seen.has(key) || !key.startsWith('/src/')) continue;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${key}: ${String(response.status)}`);
    const text = await response.text();
    seen.set(key, text);
    for (const specifier of relativeImports(text)) queue.push(new URL(specifier, url));
  }
  return seen;
}

describe('logical CSS (right-to-left readiness)', () => {
  it('the scanner flags physical declarations and passes logical or excused ones', () => {
    const flagged = [
      '    margin-left: 4px;',
      '    padding-right: 0;',
      '    right: 2px;',
      '  text-align: left;',
      '    border-left: 1px solid red;',
      '    border-top-right-radius: 4px;',
      '    transform: translateX(4px);',
      '    padding: 6px 6px 6px 14px;',
      '    float: right;',
    ];
    const clean = [
      '    margin-inline-start: 4px;',
      '    inset-inline-end: 2px;',
      '  text-align: start;',
      '    border-start-end-radius: 4px;',
      '    padding: 6px 12px 6px 12px;',
      '    padding: calc(var(--u) * 2) calc(var(--u) * 3);',
      "  svg[data-icon$='-left'] {",
      '    margin-left: calc(-1 * var(--x)); /* physical: cancels padding-left */',
      '  /* margin-left is avoided here */',
    ];
    expect(flagged.filter((line) => !isPhysicalLine(line))).to.deep.equal([]);
    expect(clean.filter((line) => isPhysicalLine(line))).to.deep.equal([]);
    const source = 'export const a = css`\n  .x {\n    left: 0;\n  }\n`;\nconst left = 1;';
    expect(physicalDeclarations('a.ts', source)).to.deep.equal([{ file: 'a.ts', line: 3, text: 'left: 0;' }]);
  });

  it('no stylesheet reachable from the package entries uses physical sides', async () => {
    const modules = await bundleModules();
    const styled = [...modules].filter(([, text]) => cssBlocks(text).length > 0);
    // Guards the crawl itself: the bundle's sheets were found (element, widget, markdown, host).
    const names = styled.map(([path]) => path);
    for (const expected of [
      '/src/chat-kit.styles.ts',
      '/src/elements/ck-message.styles.ts',
      '/src/elements/ck-reply-preview.ts',
      '/src/widgets/ck-widget-image.styles.ts',
      '/src/markdown/markdown.styles.ts',
    ]) {
      expect(names, expected).to.include(expected);
    }
    expect(styled.length).to.be.greaterThan(30);
    const hits: PhysicalHit[] = styled.flatMap(([path, text]) => physicalDeclarations(path, text));
    expect(hits.map((hit) => `${hit.file}:${String(hit.line)} ${hit.text}`)).to.deep.equal([]);
  });
});
