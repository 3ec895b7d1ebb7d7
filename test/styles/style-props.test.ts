import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from '../../src/styles/style-props.js';
import type { StyleProps } from '../../src/styles/style-props.js';

const draw = (container: HTMLElement, props: StyleProps) => {
  render(html`<span style=${styleProps(props)}></span>`, container);
  return container.querySelector('span')!;
};

describe('styleProps', () => {
  it('applies dash-case, camelCase and custom properties on the first render', () => {
    const span = draw(document.createElement('div'), { 'margin-top': '3px', paddingLeft: '2px', '--ck-x': 'red', width: 50 });
    expect(span.style.marginTop).to.equal('3px');
    expect(span.style.paddingLeft).to.equal('2px');
    expect(span.style.getPropertyValue('--ck-x')).to.equal('red');
    expect(span.style.width).to.equal('');
  });

  it('updates and removes properties across renders', () => {
    const container = document.createElement('div');
    draw(container, { top: '1px', left: '2px', color: 'blue' });
    const span = draw(container, { top: '5px', left: null });
    expect(span.style.top).to.equal('5px');
    expect(span.style.left).to.equal('');
    expect(span.style.color).to.equal('');
  });

  it('refuses to be part of a larger style attribute', () => {
    const container = document.createElement('div');
    expect(() => render(html`<span style="color: red; ${styleProps({ top: '1px' })}"></span>`, container)).to.throw(/whole value/);
  });
});
