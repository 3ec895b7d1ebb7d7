import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ModelSelectEvent, defaultModelId, type CkModelPicker } from '../../src/elements/ck-model-picker.js';
import type { ModelOption } from '../../src/schemas/options.js';

const models: ModelOption[] = [
  { id: 'fast', label: 'Fast', description: 'Quick answers' },
  { id: 'smart', label: 'Smart', description: 'Careful reasoning', default: true },
  { id: 'huge', label: 'Huge', description: 'Not on your plan', disabled: true },
];

async function mount(selectedId: string | null = null): Promise<CkModelPicker> {
  return fixture<CkModelPicker>(html`<ck-model-picker .models=${models} .selectedId=${selectedId}></ck-model-picker>`);
}

const q = (el: CkModelPicker, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const trigger = (el: CkModelPicker): HTMLButtonElement => q(el, '.trigger') as HTMLButtonElement;
const options = (el: CkModelPicker): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const focused = (el: CkModelPicker): Element | null => el.shadowRoot!.activeElement;

function record(el: CkModelPicker): string[] {
  const seen: string[] = [];
  el.addEventListener(ModelSelectEvent.eventName, (event) => seen.push((event as CustomEvent<{ modelId: string }>).detail.modelId));
  return seen;
}

describe('defaultModelId', () => {
  it('prefers the enabled default, else the first enabled model', () => {
    expect(defaultModelId(models)).to.equal('smart');
    expect(defaultModelId([{ id: 'a', label: 'A', disabled: true }, { id: 'b', label: 'B' }])).to.equal('b');
    expect(defaultModelId([{ id: 'a', label: 'A', disabled: true, default: true }, { id: 'b', label: 'B' }])).to.equal('b');
    expect(defaultModelId([])).to.equal(null);
  });
});

describe('<ck-model-picker>', () => {
  it('shows the default model on the button when nothing is selected', async () => {
    const el = await mount();
    expect(trigger(el).textContent.trim()).to.equal('Smart');
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('listbox');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(trigger(el).getAttribute('aria-label')).to.equal('Model: Smart');
  });

  it('renders options with descriptions and aria states', async () => {
    const el = await mount('fast');
    trigger(el).click();
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).map((o) => o.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Fast Quick answers',
      'Smart Careful reasoning',
      'Huge Not on your plan',
    ]);
    expect(options(el).map((o) => o.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(options(el).map((o) => o.getAttribute('aria-disabled'))).to.deep.equal([null, null, 'true']);
    expect(focused(el)).to.equal(options(el)[0]);
  });

  it('is usable with the keyboard only', async () => {
    const el = await mount();
    const seen = record(el);
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.equal(options(el)[1]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(options(el)[0]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(options(el)[2]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen).to.deep.equal(['fast']);
    expect(trigger(el).textContent.trim()).to.equal('Fast');
    expect(q(el, '[role="listbox"]')).to.equal(null);
    expect(focused(el)).to.equal(trigger(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(q(el, '[role="listbox"]')).to.equal(null);
    expect(focused(el)).to.equal(trigger(el));
  });

  it('does not let a disabled model be chosen by keyboard or click', async () => {
    const el = await mount();
    const seen = record(el);
    trigger(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)).to.equal(options(el)[2]);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    options(el)[2]!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(q(el, '[role="listbox"]')).to.not.equal(null);
    expect(trigger(el).textContent.trim()).to.equal('Smart');
  });

  it('fires a bubbling, uncomposed event on a click', async () => {
    const el = await mount();
    trigger(el).click();
    await el.updateComplete;
    let fired: Event | undefined;
    el.addEventListener(ModelSelectEvent.eventName, (event) => (fired = event));
    options(el)[0]!.click();
    expect(fired).to.be.instanceOf(ModelSelectEvent);
    expect((fired as CustomEvent<unknown> | undefined)?.detail).to.deep.equal({ modelId: 'fast' });
    expect(fired?.bubbles).to.equal(true);
    expect(fired?.composed).to.equal(false);
  });

  it('is accessible with the list open', async () => {
    const el = await mount();
    trigger(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
