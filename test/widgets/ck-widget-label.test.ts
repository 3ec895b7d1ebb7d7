import { expect } from '@open-wc/testing';
import { fieldId, labelId, readableName } from '../../src/widgets/field-base.js';
import { cssOf, mountWidget, q, qa, resolveColor, settleWidget, widgetItem } from './helpers.js';

const label = (props: Record<string, unknown> = {}) => ({ type: 'Label', value: 'Email', fieldName: 'email', ...props });

async function labelled(props: Record<string, unknown> = {}, field: Record<string, unknown> = { type: 'Input', name: 'email' }) {
  const item = await mountWidget({ type: 'Card', children: [label(props), field] });
  return { item, host: q(item, 'ck-widget-label'), el: q<HTMLLabelElement>(item, 'label.ck-w-label') };
}

describe('ck-widget-label', () => {
  describe('ids', () => {
    it('gives each field name of an item its own id, whatever characters it has', () => {
      const names = ['email', 'order.quantity', 'order_quantity', 'order-quantity', 'a b', 'é', '"]x', ''];
      const ids = names.map((name) => fieldId('msg_1', name));
      expect(new Set(ids).size).to.equal(names.length);
      for (const id of ids) expect(id).to.match(/^ck-f-[A-Za-z0-9_-]+$/);
      expect(fieldId('a-b', 'c')).not.to.equal(fieldId('a', 'b-c'));
      expect(labelId('msg_1', 'email')).not.to.equal(fieldId('msg_1', 'email'));
    });

    it('reads names aloud without their separators', () => {
      expect(readableName('order.quantity')).to.equal('order quantity');
      expect(readableName('first_name')).to.equal('first name');
      expect(readableName('...')).to.equal('...');
    });
  });

  it('renders a <label> whose for points at the control of that field name', async () => {
    const { item, el } = await labelled();
    const input = q<HTMLInputElement>(item, 'input');
    expect(el.htmlFor).to.equal(input.id);
    expect(el.control).to.equal(input);
    expect(el.textContent.trim()).to.equal('Email');
  });

  it('links fields with dotted and unusual names', async () => {
    for (const name of ['order.quantity', 'a b', 'x"]']) {
      const { item } = await labelled({ fieldName: name, value: `L ${name}` }, { type: 'Input', name });
      expect(q<HTMLInputElement>(item, 'input').labels?.[0]?.textContent.trim()).to.equal(`L ${name}`);
    }
  });

  it('clicking it focuses the control (and toggles a checkbox)', async () => {
    const { item, el } = await labelled();
    el.click();
    expect(item.shadowRoot?.activeElement).to.equal(q(item, 'input'));
    const box = await labelled({ fieldName: 'ok' }, { type: 'Checkbox', name: 'ok' });
    box.el.click();
    expect(q<HTMLInputElement>(box.item, 'input').checked).to.equal(true);
  });

  it('shows its value as text, never as markup', async () => {
    const { el } = await labelled({ value: '<b>Bold</b>' });
    expect(el.textContent.trim()).to.equal('<b>Bold</b>');
    expect(el.querySelector('b')).to.equal(null);
  });

  it('is small and medium by default; size, weight, colour and alignment from tokens', async () => {
    const plain = (await labelled()).host;
    expect(cssOf(plain, 'font-weight')).to.equal('500');
    expect(cssOf(plain, 'font-size')).to.equal(resolveFont(plain, 'var(--ck-w-text-sm-font-size)'));
    const big = (await labelled({ size: 'lg', weight: 'bold', color: 'danger', textAlign: 'end' })).host;
    expect(parseFloat(cssOf(big, 'font-size'))).to.be.greaterThan(parseFloat(cssOf(plain, 'font-size')));
    expect(cssOf(big, 'font-weight')).to.equal('700');
    expect(cssOf(big, 'color')).to.equal(resolveColor(big.parentElement!, 'var(--ck-w-text-danger)'));
    expect(cssOf(big, 'text-align')).to.equal('end');
  });

  it('hands the fallback name back when it is removed', async () => {
    const { item } = await labelled({}, { type: 'Input', name: 'email', placeholder: 'you@example.com' });
    expect(q(item, 'input').hasAttribute('aria-label')).to.equal(false);
    item.item = widgetItem({ type: 'Card', children: [{ type: 'Input', name: 'email', placeholder: 'you@example.com' }] });
    await settleWidget(item);
    expect(qa(item, 'ck-widget-label')).to.have.length(0);
    expect(q(item, 'input').getAttribute('aria-label')).to.equal('you@example.com');
  });

  it('is accessible in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const item = await mountWidget(
        { type: 'Card', children: [label({ color: 'secondary' }), { type: 'Input', name: 'email' }] },
        { colorScheme },
      );
      await expect(item, colorScheme).to.be.accessible();
    }
  });
});

function resolveFont(where: Element, expression: string): string {
  const probe = document.createElement('span');
  probe.style.fontSize = expression;
  where.appendChild(probe);
  const value = getComputedStyle(probe).fontSize;
  probe.remove();
  return value;
}
