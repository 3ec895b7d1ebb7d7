import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ck-item-actions.js';
import type { CkItemActions } from '../../src/elements/ck-item-actions.js';
import { ItemActionRequestEvent, ItemFeedbackEvent, ItemRetryEvent } from '../../src/events/internal-events.js';
import { en } from '../../src/i18n/index.js';
import type { WidgetItem } from '../../src/schemas/index.js';
import { turnsOf, type Turn } from '../../src/state/turns.js';
import { assistantMessage, userMessage, widgetItem } from '../state/helpers.js';

const card = { type: 'Card', children: [] } as unknown as WidgetItem['widget'];

function sampleTurn(): Turn {
  const turns = turnsOf([
    userMessage('u1', 'Hi'),
    assistantMessage('a1', 'Hello there.'),
    { ...widgetItem('w1', card), copy_text: 'Order 42' },
  ]);
  return turns[0]!;
}

async function mount(props: Partial<Pick<CkItemActions, 'feedback' | 'retry' | 'custom' | 'feedbackKind' | 'latest'>> = {}): Promise<CkItemActions> {
  const el = await fixture<CkItemActions>(html`<ck-item-actions .turn=${sampleTurn()}></ck-item-actions>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

function buttons(el: CkItemActions): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll('button')];
}

function button(el: CkItemActions, action: string): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
}

function status(el: CkItemActions): string {
  return el.shadowRoot!.querySelector('[role="status"]')?.textContent.trim() ?? '';
}

/** Replaces the clipboard for one test. */
function stubClipboard(write: (text: string) => Promise<void>): () => void {
  const original = Object.getOwnPropertyDescriptor(navigator.clipboard, 'writeText');
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: write });
  return () => {
    if (original) Object.defineProperty(navigator.clipboard, 'writeText', original);
    else delete (navigator.clipboard as Partial<Clipboard>).writeText;
  };
}

describe('<ck-item-actions>', () => {
  it('offers only Copy by default, as a named toolbar button', async () => {
    const el = await mount();
    const toolbar = el.shadowRoot!.querySelector('[role="toolbar"]');
    expect(toolbar?.getAttribute('aria-label')).to.equal(en.itemActions);
    expect(buttons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([en.itemCopy]);
    expect(button(el, 'copy')?.title).to.equal(en.itemCopy);
    await expect(el).to.be.accessible();
  });

  it('copies the turn text, reports the copy action and announces "Copied"', async () => {
    const written: string[] = [];
    const restore = stubClipboard((text) => {
      written.push(text);
      return Promise.resolve();
    });
    try {
      const el = await mount();
      const seen: ItemActionRequestEvent[] = [];
      el.addEventListener(ItemActionRequestEvent.eventName, (e) => seen.push(e));
      button(el, 'copy')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(written).to.deep.equal(['Hello there.\n\nOrder 42']);
      expect(seen.map((e) => [e.detail.actionId, e.detail.itemIds.join(','), e.detail.text])).to.deep.equal([
        ['copy', 'a1,w1', 'Hello there.\n\nOrder 42'],
      ]);
      expect(seen[0]!.composed).to.equal(true);
      expect(status(el)).to.equal(en.itemCopied);
      expect(button(el, 'copy')?.getAttribute('aria-label')).to.equal(en.itemCopied);
      expect(button(el, 'copy')?.querySelector('svg')?.getAttribute('data-icon')).to.equal('check');
    } finally {
      restore();
    }
  });

  it('says "Copy failed" when the clipboard refuses', async () => {
    const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    try {
      const el = await mount();
      button(el, 'copy')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(status(el)).to.equal(en.itemCopyFailed);
    } finally {
      restore();
    }
  });

  it('shows thumbs with aria-pressed from the given feedback and sends feedback for the turn', async () => {
    const el = await mount({ feedback: true, feedbackKind: 'negative' });
    expect(button(el, 'feedback-positive')?.getAttribute('aria-pressed')).to.equal('false');
    expect(button(el, 'feedback-negative')?.getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'feedback-positive')?.getAttribute('aria-label')).to.equal(en.itemFeedbackPositive);

    const seen: ItemFeedbackEvent[] = [];
    el.addEventListener(ItemFeedbackEvent.eventName, (e) => {
      seen.push(e);
      e.detail.result = Promise.resolve();
    });
    button(el, 'feedback-positive')!.click();
    await el.updateComplete;
    expect(seen.map((e) => [e.detail.kind, e.detail.itemIds.join(',')])).to.deep.equal([['positive', 'a1,w1']]);
    // Shown as given while the request runs.
    expect(button(el, 'feedback-positive')?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows an inline error when feedback fails and falls back to the stored state', async () => {
    const el = await mount({ feedback: true });
    el.addEventListener(ItemFeedbackEvent.eventName, (e) => {
      e.detail.result = Promise.reject(new Error('offline'));
    });
    button(el, 'feedback-negative')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error')?.textContent).to.equal(en.itemFeedbackFailed);
    expect(status(el)).to.equal(en.itemFeedbackFailed);
    expect(button(el, 'feedback-negative')?.getAttribute('aria-pressed')).to.equal('false');
  });

  it('retries with the turn’s user message', async () => {
    const el = await mount({ retry: true });
    const seen: string[] = [];
    el.addEventListener(ItemRetryEvent.eventName, (e) => seen.push(e.detail.userMessageId));
    button(el, 'retry')!.click();
    expect(seen).to.deep.equal(['u1']);
    expect(button(el, 'retry')?.getAttribute('aria-label')).to.equal(en.itemRetry);
  });

  it('renders custom actions with an icon or as text and reports them with the turn', async () => {
    const el = await mount({
      custom: [
        { id: 'share', label: 'Share', icon: 'external-link' },
        { id: 'flag', label: 'Report' },
      ],
    });
    const share = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action-id="share"]')!;
    const flag = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action-id="flag"]')!;
    expect(share.getAttribute('aria-label')).to.equal('Share');
    expect(share.querySelector('svg')?.getAttribute('data-icon')).to.equal('external-link');
    expect(flag.textContent.trim()).to.equal('Report');
    const seen: string[][] = [];
    el.addEventListener(ItemActionRequestEvent.eventName, (e) => seen.push([e.detail.actionId, e.detail.itemIds.join(','), e.detail.text]));
    share.click();
    flag.click();
    expect(seen).to.deep.equal([
      ['share', 'a1,w1', 'Hello there.\n\nOrder 42'],
      ['flag', 'a1,w1', 'Hello there.\n\nOrder 42'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('is one Tab stop; arrow keys, Home and End move between buttons', async () => {
    const el = await mount({ feedback: true, retry: true });
    const names = () => buttons(el).map((b) => b.dataset['action']);
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['action'];
    expect(buttons(el).filter((b) => b.tabIndex === 0).length).to.equal(1);
    expect(names()).to.deep.equal(['copy', 'feedback-positive', 'feedback-negative', 'retry']);
    button(el, 'copy')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('feedback-positive');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('retry');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('copy');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal('retry');
    await el.updateComplete;
    expect(buttons(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset['action'])).to.deep.equal(['retry']);
  });

  it('is hidden under older answers until hovered or focused, and always shown under the latest', async () => {
    const el = await mount();
    const toolbar = el.shadowRoot!.querySelector<HTMLElement>('.toolbar')!;
    toolbar.style.transition = 'none';
    expect(getComputedStyle(toolbar).opacity).to.equal('0');
    button(el, 'copy')!.focus();
    expect(getComputedStyle(toolbar).opacity).to.equal('1');
    button(el, 'copy')!.blur();
    el.latest = true;
    await el.updateComplete;
    expect(getComputedStyle(toolbar).opacity).to.equal('1');
  });
});
