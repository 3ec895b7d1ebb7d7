import { expect } from '@open-wc/testing';
import { cssOf, mountWidget, q, qa } from './helpers.js';

const square = (key: string) => ({ type: 'Box', key, size: 20 });

describe('ck-widget-basic', () => {
  it('stacks its children in a column by default, without a surface', async () => {
    const item = await mountWidget({ type: 'Basic', children: [square('a'), square('b')] });
    const basic = q(item, 'ck-widget-basic');
    expect(cssOf(basic, 'flex-direction')).to.equal('column');
    expect(cssOf(basic, 'background-color')).to.equal('rgba(0, 0, 0, 0)');
    expect(cssOf(basic, 'box-shadow')).to.equal('none');
    const [a, b] = qa(item, 'ck-widget-basic > ck-widget-box');
    expect(b!.getBoundingClientRect().top).to.equal(a!.getBoundingClientRect().bottom);
  });

  it('applies direction, gap, padding, align and justify', async () => {
    const item = await mountWidget({
      type: 'Basic',
      direction: 'row',
      gap: 2,
      padding: 3,
      align: 'end',
      justify: 'center',
      children: [square('a'), { type: 'Box', key: 'tall', width: 20, height: 40 }],
    });
    const basic = q(item, 'ck-widget-basic');
    expect(cssOf(basic, 'flex-direction')).to.equal('row');
    expect(cssOf(basic, 'column-gap')).to.equal('8px');
    expect(cssOf(basic, 'padding-top')).to.equal('12px');
    expect(cssOf(basic, 'align-items')).to.equal('flex-end');
    expect(cssOf(basic, 'justify-content')).to.equal('center');
    const [a, b] = qa(item, 'ck-widget-basic > ck-widget-box');
    expect(b!.getBoundingClientRect().left - a!.getBoundingClientRect().right).to.equal(8);
    expect(a!.getBoundingClientRect().bottom).to.equal(b!.getBoundingClientRect().bottom);
  });

  it('renders other roots among its children', async () => {
    const item = await mountWidget({
      type: 'Basic',
      children: [
        { type: 'Card', children: [square('in-card')] },
        { type: 'ListView', children: [{ type: 'ListViewItem', children: [square('in-list')] }] },
      ],
    });
    expect(qa(item, 'ck-widget-basic > ck-widget-card')).to.have.length(1);
    expect(qa(item, 'ck-widget-basic > ck-widget-list-view')).to.have.length(1);
    expect(qa(item, '[data-widget-error]')).to.have.length(0);
  });

  it('forces its colour scheme with theme', async () => {
    const themedChild = { type: 'Box', key: 'x', size: 10, background: { light: '#ffffff', dark: '#000000' } };
    const forced = await mountWidget({ type: 'Basic', theme: 'dark', children: [themedChild] }, { colorScheme: 'light' });
    const dark = await mountWidget({ type: 'Basic', children: [themedChild] }, { colorScheme: 'dark' });
    const light = await mountWidget({ type: 'Basic', children: [themedChild] }, { colorScheme: 'light' });
    expect(cssOf(q(forced, 'ck-widget-box'), 'background-color')).to.equal('rgb(0, 0, 0)');
    expect(cssOf(q(light, 'ck-widget-box'), 'background-color')).to.equal('rgb(255, 255, 255)');
    expect(cssOf(q(forced, 'ck-widget-basic'), 'color')).to.equal(cssOf(q(dark, 'ck-widget-basic'), 'color'));
    expect(cssOf(q(forced, 'ck-widget-basic'), 'color')).not.to.equal(cssOf(q(light, 'ck-widget-basic'), 'color'));
  });
});
