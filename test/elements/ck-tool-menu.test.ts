import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ToolSelectEvent, type CkToolMenu } from '../../src/elements/ck-tool-menu.js';
import type { ToolOption } from '../../src/schemas/options.js';

const tools: ToolOption[] = [
  { id: 'search', label: 'Search the web', shortLabel: 'Search', icon: 'globe' },
  { id: 'image', label: 'Create an image', icon: 'images' },
  { id: 'code', label: 'Write code', icon: 'square-code' },
  { id: 'think', label: 'Think longer', icon: 'lightbulb', pinned: true },
];

async function mount(selectedId: string | null = null, list = tools): Promise<CkToolMenu> {
  return fixture<CkToolMenu>(html`<ck-tool-menu .tools=${list} .selectedId=${selectedId}></ck-tool-menu>`);
}

const q = (el: CkToolMenu, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const trigger = (el: CkToolMenu): HTMLButtonElement => q(el, '.trigger') as HTMLButtonElement;
const items = (el: CkToolMenu): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
const focused = (el: CkToolMenu): Element | null => el.shadowRoot!.activeElement;

function record(el: CkToolMenu): (string | null)[] {
  const seen: (string | null)[] = [];
  el.addEventListener(ToolSelectEvent.eventName, (event) => seen.push((event as CustomEvent<{ toolId: string | null }>).detail.toolId));
  return seen;
}

describe('<ck-tool-menu>', () => {
  it('renders a menu button and pinned tools as toggle chips, with the menu closed', async () => {
    const el = await mount();
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, '[role="menu"]')).to.equal(null);
    const chip = q(el, '.toggle')!;
    expect(chip.textContent.trim()).to.equal('Think longer');
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
  });

  it('opens with ArrowDown, moves with arrows/Home/End, and chooses with Enter', async () => {
    const el = await mount();
    const seen = record(el);
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(items(el).map((item) => item.textContent.trim())).to.deep.equal(['Search the web', 'Create an image', 'Write code']);
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(items(el)[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(items(el)[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(items(el)[2]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen).to.deep.equal(['image']);
    expect(el.selectedId).to.equal('image');
    expect(q(el, '[role="menu"]')).to.equal(null);
    expect(focused(el)).to.equal(trigger(el));
    const chip = q(el, '.selected')!;
    expect(chip.textContent.trim()).to.equal('Create an image');
  });

  it('opens with Enter or Space on the button, chooses with Space, and shows the short label', async () => {
    const el = await mount();
    const seen = record(el);
    trigger(el).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(seen).to.deep.equal(['search']);
    expect(q(el, '.selected')!.textContent.trim()).to.equal('Search');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The selected tool gets focus and is checked when reopening.
    expect(focused(el)).to.equal(items(el)[0]);
    expect(items(el).map((item) => item.getAttribute('aria-checked'))).to.deep.equal(['true', 'false', 'false']);
  });

  it('Escape closes and returns focus to the button; Tab closes', async () => {
    const el = await mount();
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(q(el, '[role="menu"]')).to.equal(null);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(trigger(el));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)).to.equal(items(el)[2]);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(q(el, '[role="menu"]')).to.equal(null);
  });

  it('closes on a click outside and chooses on a click', async () => {
    const el = await mount();
    const seen = record(el);
    trigger(el).click();
    await el.updateComplete;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(q(el, '[role="menu"]')).to.equal(null);
    trigger(el).click();
    await el.updateComplete;
    items(el)[2]!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal(['code']);
  });

  it('toggles pinned chips and removes the selected chip, firing each change', async () => {
    const el = await mount('search');
    const seen = record(el);
    const chip = q(el, '.toggle')!;
    chip.click();
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(q(el, '.selected')).to.equal(null);
    chip.click();
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    el.selectedId = 'code';
    await el.updateComplete;
    const remove = q(el, '.remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove tool Write code');
    const event = oneEvent(el, ToolSelectEvent.eventName);
    remove.click();
    const fired = await event;
    expect(fired).to.be.instanceOf(ToolSelectEvent);
    expect(fired.bubbles).to.equal(true);
    expect(fired.composed).to.equal(false);
    expect(seen).to.deep.equal(['think', null, null]);
    await el.updateComplete;
    expect(q(el, '.selected')).to.equal(null);
  });

  it('hides the menu button when every tool is pinned', async () => {
    const el = await mount(null, [{ id: 'a', label: 'A', icon: 'bolt', pinned: true }]);
    expect(q(el, '.trigger')).to.equal(null);
    expect(q(el, '.toggle')).to.not.equal(null);
  });

  it('is accessible with the menu open', async () => {
    const el = await mount('image');
    trigger(el).click();
    await el.updateComplete;
    expect(q(el, '[role="menu"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
