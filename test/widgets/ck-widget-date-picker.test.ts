import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { isoDate } from '../../src/widgets/ck-widget-date-picker.js';
import { fieldValues, mountInScope, settleRoot } from './field-helpers.js';
import { answerActions, mountInCard, mountWidget, q, qa, settleWidget, widgetItem } from './helpers.js';

const CHANGE = { type: 'date.changed' };
const picker = (props: Record<string, unknown> = {}) => ({ type: 'DatePicker', name: 'when', ...props });

function pick(el: HTMLInputElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('ck-widget-date-picker', () => {
  describe('isoDate', () => {
    it('takes the calendar date of ISO dates and date-times, as written', () => {
      expect(isoDate('2026-03-09')).to.equal('2026-03-09');
      expect(isoDate('2026-03-09T14:00:00')).to.equal('2026-03-09');
      expect(isoDate('2026-03-09T23:30:00.123456+05:30')).to.equal('2026-03-09');
      expect(isoDate('2026-12-31T23:59:59Z')).to.equal('2026-12-31');
      expect(isoDate('2024-02-29 08:00')).to.equal('2024-02-29');
    });

    it('refuses what is not a real ISO date', () => {
      for (const bad of ['', 'tomorrow', '2026-02-30', '2025-02-29', '2026-13-01', '2026-3-9', '09/03/2026', '2026-03-09Tlater', '0000-01-01']) {
        expect(isoDate(bad), bad).to.equal(null);
      }
      expect(isoDate(undefined)).to.equal(null);
    });
  });

  it('is a native date input carrying the name; defaultValue/min/max use their date part', async () => {
    const item = await mountInCard(
      picker({ defaultValue: '2026-03-09T14:00:00Z', min: '2026-01-01T00:00:00', max: '2026-12-31T00:00:00' }),
    );
    const el = q<HTMLInputElement>(item, 'input');
    expect(el.type).to.equal('date');
    expect(el.name).to.equal('when');
    expect(el.value).to.equal('2026-03-09');
    expect(el.min).to.equal('2026-01-01');
    expect(el.max).to.equal('2026-12-31');
  });

  it('ignores invalid dates', async () => {
    const el = q<HTMLInputElement>(await mountInCard(picker({ defaultValue: 'soon', min: '2026-02-30', max: 'x' })), 'input');
    expect(el.value).to.equal('');
    expect(el.hasAttribute('min')).to.equal(false);
    expect(el.hasAttribute('max')).to.equal(false);
  });

  it('reports the ISO date YYYY-MM-DD, null while empty', async () => {
    const scoped = await mountInScope([picker()]);
    expect(fieldValues(scoped)).to.deep.equal({ when: null });
    pick(scoped.q<HTMLInputElement>('input'), '2026-07-04');
    expect(fieldValues(scoped)).to.deep.equal({ when: '2026-07-04' });
  });

  it('takes a date typed from the keyboard and fires onChangeAction with the form values', async () => {
    const scoped = await mountInScope([picker({ onChangeAction: CHANGE })]);
    const el = scoped.q<HTMLInputElement>('input');
    el.focus();
    // en-US segments: month, day, year.
    await sendKeys({ type: '07042026' });
    await settleRoot(scoped.root);
    expect(el.value).to.equal('2026-07-04');
    const last = scoped.received.at(-1);
    expect(last?.source.binding).to.equal('change');
    expect(last?.action).to.deep.include({ type: 'date.changed', payload: { when: '2026-07-04' } });
  });

  it('clearable: a clear button while a date is set; clearing empties it and reports a change', async () => {
    const item = await mountInCard(picker({ clearable: true, defaultValue: '2026-03-09', onChangeAction: CHANGE }));
    const seen = answerActions(item);
    const el = q<HTMLInputElement>(item, 'input');
    const clear = q<HTMLButtonElement>(item, 'button.ck-w-field__clear');
    expect(clear.getAttribute('aria-label')).to.equal('Clear');
    await expect(item).to.be.accessible();
    clear.click();
    await settleWidget(item);
    expect(el.value).to.equal('');
    expect(seen.map((a) => a.type)).to.deep.equal(['date.changed']);
    expect(qa(item, '.ck-w-field__clear')).to.have.length(0);
    expect(item.shadowRoot?.activeElement).to.equal(el);
    pick(el, '2026-05-01');
    await settleWidget(item);
    expect(qa(item, '.ck-w-field__clear')).to.have.length(1);
  });

  it('keeps the user’s date when the node is replaced by an equal one; a new defaultValue wins', async () => {
    const tree = (defaultValue: string) => ({ type: 'Card', children: [picker({ defaultValue })] });
    const item = await mountWidget(tree('2026-01-01'));
    const el = q<HTMLInputElement>(item, 'input');
    pick(el, '2026-08-15');
    await settleWidget(item);
    item.item = widgetItem(tree('2026-01-01'));
    await settleWidget(item);
    expect(el.value).to.equal('2026-08-15');
    item.item = widgetItem(tree('2026-02-02T10:00:00'));
    await settleWidget(item);
    expect(el.value).to.equal('2026-02-02');
  });

  it('is labelled by a Label widget, else by its placeholder; accessible in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const item = await mountWidget(
        { type: 'Card', children: [{ type: 'Label', value: 'Delivery date', fieldName: 'when' }, picker({ clearable: true, defaultValue: '2026-03-09' })] },
        { colorScheme },
      );
      const el = q<HTMLInputElement>(item, 'input');
      expect(el.labels?.[0]?.textContent.trim()).to.equal('Delivery date');
      expect(el.hasAttribute('aria-label')).to.equal(false);
      await expect(item).to.be.accessible();
    }
    const bare = await mountInCard(picker({ placeholder: 'Pick a day' }));
    expect(q(bare, 'input').getAttribute('aria-label')).to.equal('Pick a day');
    await expect(bare).to.be.accessible();
  });

  it('block fills the width; otherwise it is as wide as its content', async () => {
    const item = await mountWidget({ type: 'Card', children: [picker({ name: 'a' }), picker({ name: 'b', block: true })] });
    const [inline, block] = qa(item, 'ck-widget-date-picker');
    expect(inline!.getBoundingClientRect().width).to.be.lessThan(block!.getBoundingClientRect().width * 0.7);
  });
});
