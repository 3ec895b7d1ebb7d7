import { expect } from '@open-wc/testing';
import { mountInCard, q, qa } from './helpers.js';

const square = (key: string) => ({ type: 'Box', key, size: 20 });

describe('ck-widget-spacer', () => {
  it('takes the free space along a Row, pushing what follows to the end', async () => {
    const item = await mountInCard({ type: 'Row', width: 300, gap: 0, children: [square('a'), { type: 'Spacer' }, square('b')] });
    const row = q(item, 'ck-widget-card ck-widget-box');
    const [, b] = qa(item, 'ck-widget-box > ck-widget-box');
    expect(b!.getBoundingClientRect().right).to.equal(row.getBoundingClientRect().right);
    expect(q(item, 'ck-widget-spacer').getBoundingClientRect().width).to.equal(260);
    // On the cross axis it adds nothing.
    expect(row.getBoundingClientRect().height).to.equal(20);
    expect(q(item, 'ck-widget-spacer').getAttribute('aria-hidden')).to.equal('true');
  });

  it('takes the free space along a Col', async () => {
    const item = await mountInCard({ type: 'Col', height: 200, children: [square('a'), { type: 'Spacer' }, square('b')] });
    const col = q(item, 'ck-widget-card ck-widget-box');
    const [, b] = qa(item, 'ck-widget-box > ck-widget-box');
    expect(b!.getBoundingClientRect().bottom).to.equal(col.getBoundingClientRect().bottom);
  });

  it('keeps minSize along its parent axis only', async () => {
    const row = await mountInCard({ type: 'Row', width: 100, children: [{ type: 'Box', key: 'wide', width: 100, height: 20 }, { type: 'Spacer', minSize: 40 }] });
    expect(q(row, 'ck-widget-spacer').getBoundingClientRect().width).to.equal(40);
    expect(q(row, 'ck-widget-card ck-widget-box').getBoundingClientRect().height).to.equal(20);

    const col = await mountInCard({ type: 'Col', children: [square('a'), { type: 'Spacer', minSize: 40 }, square('b')] });
    const spacer = q(col, 'ck-widget-spacer');
    expect(spacer.getBoundingClientRect().height).to.equal(40);
    expect(q(col, 'ck-widget-card ck-widget-box').getBoundingClientRect().height).to.equal(80);
  });
});
