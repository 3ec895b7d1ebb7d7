import { expect } from '@open-wc/testing';
import { WIDGET_NODE_SCHEMAS, blockProps, boxBaseProps } from '../../src/schemas/index.js';

/** Props of a node schema, minus the identity keys every node has. */
function propsOf(schema: unknown): string[] {
  const def = (schema as { _zod: { def: { shape?: Record<string, unknown>; in?: { _zod: { def: { shape?: Record<string, unknown> } } } } } })._zod.def;
  const shape = def.shape ?? def.in?._zod.def.shape ?? {};
  return Object.keys(shape).filter((key) => !['type', 'id', 'key'].includes(key));
}

describe('docs/widgets.md parity table', () => {
  it('has a row for every prop of every component schema, and no "unsupported" without a reason', async () => {
    const doc = await (await fetch(new URL('../../docs/widgets.md', import.meta.url))).text();
    const rows = doc
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| component'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const block = new Set(Object.keys(blockProps));
    const box = new Set(Object.keys(boxBaseProps));
    const missing: string[] = [];
    let checked = 0;
    for (const [type, schema] of Object.entries(WIDGET_NODE_SCHEMAS)) {
      const typeRows = rows.filter((cells) => cells[1] === type);
      const documented = new Set(typeRows.flatMap((cells) => (cells[2] ?? '').split(',').map((p) => p.trim())));
      for (const prop of propsOf(schema)) {
        checked += 1;
        const viaGroup = (documented.has('box props') && box.has(prop)) || (documented.has('block props') && block.has(prop));
        if (!documented.has(prop) && !viaGroup) missing.push(`${type}.${prop}`);
      }
    }
    expect(checked).to.be.greaterThan(200);
    expect(missing).to.deep.equal([]);
    for (const cells of rows) {
      if (cells[3] === '➖') expect(cells[4], `${cells[1] ?? ''} ${cells[2] ?? ''} needs a reason`).to.not.equal('');
      expect(['✅', '➖']).to.include(cells[3]);
    }
  });
});
