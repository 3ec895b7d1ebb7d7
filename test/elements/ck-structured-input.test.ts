import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ck-structured-input.js';
import type { CkStructuredInput } from '../../src/elements/ck-structured-input.js';
import { StructuredInputSubmitEvent } from '../../src/events/internal-events.js';
import { en } from '../../src/i18n/index.js';
import {
  ThreadItemSchema,
  type StructuredInputItem,
  type StructuredInputSubmission,
} from '../../src/schemas/index.js';
import { captureEvents, loadJsonFixture } from '../helpers/fixtures.js';

async function captureItem(): Promise<StructuredInputItem> {
  const events = await captureEvents('threads.add_user_message.question.sse');
  const done = events.find((event) => event.type === 'thread.item.done' && (event['item'] as { type: string }).type === 'structured_input')!;
  return ThreadItemSchema.parse(done['item']) as StructuredInputItem;
}

function multipleItem(): StructuredInputItem {
  return ThreadItemSchema.parse({
    id: 'si_multi',
    thread_id: 'thr_1',
    created_at: '2026-01-01T00:00:00Z',
    type: 'structured_input',
    status: 'pending',
    inputs: [{ id: 'colors', question: 'Which colours?', type: 'multiple_choice', multiple: true, options: [{ value: 'Red' }, { value: 'Green' }, { value: 'Blue' }] }],
  }) as StructuredInputItem;
}

async function mount(item: StructuredInputItem): Promise<CkStructuredInput> {
  return fixture<CkStructuredInput>(html`<ck-structured-input .item=${item}></ck-structured-input>`);
}

/** Records submissions; `respond` decides what `<chat-kit>` would put in `detail.result`. */
function record(el: CkStructuredInput, respond: () => Promise<void> | undefined = () => undefined): { itemId: string; input: StructuredInputSubmission }[] {
  const seen: { itemId: string; input: StructuredInputSubmission }[] = [];
  el.addEventListener(StructuredInputSubmitEvent.eventName, (event) => {
    const e = event;
    seen.push({ itemId: e.detail.itemId, input: e.detail.input });
    const result = respond();
    if (result) e.detail.result = result;
  });
  return seen;
}

const root = (el: CkStructuredInput): ShadowRoot => el.shadowRoot!;
const choice = (el: CkStructuredInput, label: string): HTMLInputElement =>
  [...root(el).querySelectorAll('label')].find((l) => l.textContent.trim() === label)!.querySelector('input')!;
const otherText = (el: CkStructuredInput, index = 0): HTMLInputElement => root(el).querySelectorAll<HTMLInputElement>('.other-text')[index]!;
const textarea = (el: CkStructuredInput): HTMLTextAreaElement => root(el).querySelector('textarea')!;
const submitButton = (el: CkStructuredInput): HTMLButtonElement => root(el).querySelector<HTMLButtonElement>('button.submit')!;
const skipButton = (el: CkStructuredInput): HTMLButtonElement => root(el).querySelector<HTMLButtonElement>('button.skip')!;
const errorText = (el: CkStructuredInput): string | null => root(el).querySelector('[role="alert"]')?.textContent.trim() ?? null;

async function click(el: CkStructuredInput, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

describe('<ck-structured-input>', () => {
  it('renders the captured questions as fieldsets: radio options plus "Other", and a described text field', async () => {
    const el = await mount(await captureItem());
    const legends = [...root(el).querySelectorAll('fieldset > legend')].map((legend) => legend.textContent.trim());
    expect(legends).to.deep.equal(['Which size?', 'Anything else?']);
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('fieldset:first-of-type input[type="radio"]')];
    expect(radios.map((radio) => radio.closest('label')!.textContent.trim())).to.deep.equal(['S', 'M', 'L', en.inputOther]);
    expect(otherText(el).getAttribute('aria-label')).to.equal('Other answer for “Which size?”');
    const help = root(el).getElementById(textarea(el).getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.equal('Optional');
    await expect(el).to.be.accessible();
  });

  it('sends the picked option and marks the unanswered question skipped, as in the capture', async () => {
    const item = await captureItem();
    const el = await mount(item);
    const seen = record(el);
    await click(el, choice(el, 'M'));
    await click(el, submitButton(el));
    expect(seen).to.deep.equal([
      {
        itemId: 'msg_dc6a8f55',
        input: { status: 'answered', answers: { size: { values: ['M'], skipped: false }, notes: { values: [], skipped: true } } },
      },
    ]);
    // Same answers as the captured request (which leaves `skipped: false` implicit).
    const captured = await loadJsonFixture<{ params: { item_id: string; input: { answers: Record<string, { values: string[] }> } } }>(
      'threads.add_structured_input.request.json',
    );
    expect(captured.params.item_id).to.equal(seen[0]!.itemId);
    expect(seen[0]!.input.answers!['size']!.values).to.deep.equal(captured.params.input.answers['size']!.values);
  });

  it('moves between options with the arrow keys (native radio group)', async () => {
    const el = await mount(await captureItem());
    const seen = record(el);
    choice(el, 'S').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(choice(el, 'L').checked).to.equal(true);
    await click(el, submitButton(el));
    expect(seen[0]!.input.answers!['size']!.values).to.deep.equal(['L']);
  });

  it('sends a typed "Other" answer instead of an option, and Enter in that field submits', async () => {
    const el = await mount(await captureItem());
    const seen = record(el);
    await click(el, choice(el, 'S'));
    otherText(el).focus();
    await sendKeys({ type: 'XS please' });
    await el.updateComplete;
    expect(choice(el, en.inputOther).checked).to.equal(true);
    expect(choice(el, 'S').checked).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]!.input.answers!['size']).to.deep.equal({ values: ['XS please'], skipped: false });
  });

  it('sends every checked option of a multiple-choice question, plus the custom one', async () => {
    const el = await mount(multipleItem());
    const seen = record(el);
    expect(root(el).querySelectorAll('input[type="checkbox"]')).to.have.length(4);
    await click(el, choice(el, 'Blue'));
    await click(el, choice(el, 'Red'));
    await click(el, choice(el, 'Green'));
    await click(el, choice(el, 'Green'));
    otherText(el).focus();
    await sendKeys({ type: 'Teal' });
    await click(el, submitButton(el));
    expect(seen[0]!.input).to.deep.equal({ status: 'answered', answers: { colors: { values: ['Red', 'Blue', 'Teal'], skipped: false } } });
  });

  it('submits free-form text with Enter and keeps Shift+Enter as a newline', async () => {
    const el = await mount(await captureItem());
    const seen = record(el);
    textarea(el).focus();
    await sendKeys({ type: 'Gift wrap' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'please' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]!.input.answers).to.deep.equal({ size: { values: [], skipped: true }, notes: { values: ['Gift wrap\nplease'], skipped: false } });
  });

  it('asks for at least one answer instead of sending an empty submission', async () => {
    const el = await mount(await captureItem());
    const seen = record(el);
    await click(el, submitButton(el));
    expect(seen).to.have.length(0);
    expect(errorText(el)).to.equal(en.inputNeedsAnswer);
    await click(el, choice(el, 'L'));
    expect(errorText(el)).to.equal(null);
  });

  it('Skip sends a skipped submission without answers', async () => {
    const el = await mount(await captureItem());
    const seen = record(el);
    await click(el, choice(el, 'M'));
    await click(el, skipButton(el));
    expect(seen).to.deep.equal([{ itemId: 'msg_dc6a8f55', input: { status: 'skipped', answers: {} } }]);
  });

  it('is busy while the request runs, then shows an inline error and keeps the answers', async () => {
    const el = await mount(await captureItem());
    let reject!: (reason: Error) => void;
    const seen = record(el, () => new Promise<void>((_, no) => (reject = no)));
    await click(el, choice(el, 'M'));
    textarea(el).value = 'Blue box';
    textarea(el).dispatchEvent(new Event('input'));
    await click(el, submitButton(el));
    expect(seen).to.have.length(1);
    expect(submitButton(el).disabled).to.equal(true);
    expect(skipButton(el).disabled).to.equal(true);
    expect(root(el).querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal(en.inputSending);

    reject(new Error('HTTP 500'));
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(errorText(el)).to.equal(en.inputFailed);
    expect(submitButton(el).disabled).to.equal(false);
    expect(choice(el, 'M').checked).to.equal(true);
    expect(textarea(el).value).to.equal('Blue box');

    // Trying again sends the same answers.
    await click(el, submitButton(el));
    expect(seen[1]!.input).to.deep.equal(seen[0]!.input);
  });

  it('clears the busy state when the request succeeds and hides once the item is answered', async () => {
    const item = await captureItem();
    const el = await mount(item);
    let resolve!: () => void;
    record(el, () => new Promise<void>((yes) => (resolve = yes)));
    await click(el, choice(el, 'S'));
    await click(el, submitButton(el));
    expect(submitButton(el).disabled).to.equal(true);
    resolve();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(submitButton(el).disabled).to.equal(false);
    expect(errorText(el)).to.equal(null);
    el.item = { ...item, status: 'answered' };
    await el.updateComplete;
    expect(root(el).querySelector('form')).to.equal(null);
  });

  it('disables every control while disabled', async () => {
    const el = await mount(await captureItem());
    const seen = record(el);
    el.disabled = true;
    await el.updateComplete;
    expect([...root(el).querySelectorAll('fieldset')].every((fieldset) => fieldset.disabled)).to.equal(true);
    expect(submitButton(el).disabled).to.equal(true);
    expect(skipButton(el).disabled).to.equal(true);
    root(el).querySelector('form')!.requestSubmit();
    expect(seen).to.have.length(0);
  });
});
