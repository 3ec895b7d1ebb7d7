import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ck-message.js';
import type { CkMessage } from '../../src/elements/ck-message.js';
import type { CkGeneratedImage } from '../../src/elements/ck-generated-image.js';
import type { CkWorkflow } from '../../src/elements/ck-workflow.js';
import { EntityActivateEvent } from '../../src/events/internal-events.js';
import { en } from '../../src/i18n/index.js';
import { ThreadItemSchema, ThreadStreamEventSchema, type ThreadItem } from '../../src/schemas/index.js';
import { createInitialState, reduceStreamEvent, type ThreadState } from '../../src/state/index.js';
import { loadFixture, sseCapturePayloads } from '../helpers/fixtures.js';

async function replay(name: string, state: ThreadState = createInitialState()): Promise<ThreadState> {
  for (const payload of sseCapturePayloads(await loadFixture(name))) {
    state = reduceStreamEvent(state, ThreadStreamEventSchema.parse(JSON.parse(payload)));
  }
  return state;
}

function item(fields: Record<string, unknown>): ThreadItem {
  return ThreadItemSchema.parse({ id: 'it_1', thread_id: 'thr_1', created_at: '2026-01-01T00:00:00Z', ...fields });
}

async function mount(value: ThreadItem, pending = false): Promise<CkMessage> {
  return fixture<CkMessage>(html`<ck-message .item=${value} ?pending=${pending}></ck-message>`);
}

const text = (el: CkMessage): string => el.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

describe('<ck-message> item types', () => {
  it('shows a pending client tool call as "Running {name}…" with a spinner, never its arguments', async () => {
    const state = await replay('threads.add_user_message.tool.sse');
    const call = state.items.get('tc_71ee3a08')!;
    const el = await mount(call);
    expect(text(el)).to.equal('Running get_client_time…');
    expect(el.shadowRoot!.querySelector('.tool .spinner')).to.not.equal(null);
    expect(text(el)).to.not.include('iso');
    await expect(el).to.be.accessible();
  });

  it('shows a completed client tool call as "Used {name}" without output', async () => {
    const el = await mount(
      item({ type: 'client_tool_call', status: 'completed', call_id: 'c1', name: 'get_client_time', arguments: { format: 'iso' }, output: { now: 'secret' } }),
    );
    expect(text(el)).to.equal('Used get_client_time');
    expect(el.shadowRoot!.querySelector('.spinner')).to.equal(null);
  });

  it('says a client tool call failed when its handler answered { error } (the message stays private)', async () => {
    const el = await mount(
      item({ type: 'client_tool_call', status: 'completed', call_id: 'c2', name: 'open_file', arguments: {}, output: { error: 'disk on fire' } }),
    );
    expect(text(el)).to.equal('open_file failed');
    expect(el.shadowRoot!.querySelector('.tool.failed') !== null).to.equal(true);
  });

  it('renders nothing for end_of_turn and hidden context items', async () => {
    for (const hidden of [
      item({ type: 'end_of_turn' }),
      item({ type: 'hidden_context_item', content: 'internal notes' }),
      item({ type: 'sdk_hidden_context', content: 'The user cancelled the stream.' }),
    ]) {
      const el = await mount(hidden);
      expect(el.shadowRoot!.children.length, hidden.type).to.equal(0);
      expect(text(el), hidden.type).to.equal('');
    }
  });

  it('shows a waiting hint for a pending structured input, then its questions and answers once answered', async () => {
    const asked = await replay('threads.add_user_message.question.sse');
    const el = await mount(asked.items.get('msg_dc6a8f55')!);
    expect(text(el)).to.equal(en.inputWaiting);
    expect(text(el)).to.not.include('Which size?');

    const answered = await replay('threads.add_structured_input.sse', asked);
    el.item = answered.items.get('msg_dc6a8f55')!;
    await el.updateComplete;
    const pairs = [...el.shadowRoot!.querySelectorAll('.answer')].map((row) => [
      row.querySelector('dt')!.textContent.trim(),
      row.querySelector('dd')!.textContent.trim(),
    ]);
    expect(pairs).to.deep.equal([
      ['Which size?', 'M'],
      ['Anything else?', en.inputSkipped],
    ]);
    await expect(el).to.be.accessible();
  });

  it('says all questions were skipped for a skipped structured input', async () => {
    const el = await mount(
      item({ type: 'structured_input', status: 'skipped', inputs: [{ id: 'a', type: 'freeform', question: 'Why?' }] }),
    );
    expect(text(el)).to.equal(`${en.inputAllSkipped} Why? ${en.inputSkipped}`);
  });

  it('hands workflows and tasks to <ck-workflow>, with the pending flag', async () => {
    const state = await replay('threads.add_user_message.workflow.sse');
    const el = await mount(state.items.get('wf_34f81bf7')!, true);
    const workflow = el.shadowRoot!.querySelector<CkWorkflow>('ck-workflow')!;
    expect(workflow.item?.id).to.equal('wf_34f81bf7');
    expect(workflow.pending).to.equal(true);
    el.item = item({ type: 'task', task: { type: 'image', title: 'Sketch' } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<CkWorkflow>('ck-workflow')!.item?.type).to.equal('task');
  });

  it('hands generated images to <ck-generated-image> with their progress', async () => {
    const el = await mount(item({ type: 'generated_image' }));
    el.progress = 0.25;
    await el.updateComplete;
    const image = el.shadowRoot!.querySelector<CkGeneratedImage>('ck-generated-image')!;
    await image.updateComplete;
    expect(image.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('25');
  });
});

describe('<ck-message> sources', () => {
  it('lists the captured annotations under a collapsed "Sources (n)" toggle that opens with the keyboard', async () => {
    const state = await replay('threads.add_user_message.workflow.sse');
    const el = await mount(state.items.get('msg_bc10ecd7')!);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.sources-toggle')!;
    const list = el.shadowRoot!.querySelector<HTMLElement>('.sources')!;
    expect(toggle.textContent.trim()).to.equal('Sources (2)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(list.hidden).to.equal(true);

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);

    const link = list.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://github.com/openai/chatkit-python');
    expect(link.querySelector('.source-title')!.textContent).to.equal('chatkit-python');
    expect(link.querySelector('.domain')!.textContent).to.equal('github.com');
    const entity = list.querySelector<HTMLButtonElement>('button.entity')!;
    expect(entity.textContent.trim()).to.equal('Demo entity');
    expect(entity.querySelector('[data-icon="notebook"]')).to.not.equal(null);
    await expect(el).to.be.accessible();

    let activated: EntityActivateEvent | undefined;
    el.addEventListener(EntityActivateEvent.eventName, (event) => (activated = event));
    entity.focus();
    await sendKeys({ press: 'Enter' });
    expect(activated?.detail.entity).to.deep.include({ id: 'ent_demo', title: 'Demo entity', interactive: true, icon: 'notebook' });
  });

  it('shows file sources with their name, drops duplicates, and never links unsafe URLs', async () => {
    const annotations = [
      { source: { type: 'file', title: 'Q3 report', filename: 'q3.pdf' } },
      { source: { type: 'file', title: 'Q3 report', filename: 'q3.pdf' } },
      { source: { type: 'url', title: 'Sneaky', url: 'javascript:alert(1)' } },
      { source: { type: 'entity', id: 'e1', title: 'Plain entity' } },
    ];
    const el = await mount(item({ type: 'assistant_message', content: [{ type: 'output_text', text: 'See these.', annotations }] }));
    const rows = [...el.shadowRoot!.querySelectorAll('.sources li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Q3 report', 'Sneaky', 'Plain entity']);
    expect(el.shadowRoot!.querySelector('.sources a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.sources button')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.sources [data-icon="document"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.sources-toggle')!.textContent.trim()).to.equal('Sources (3)');
  });
});

describe('<ck-message> streaming a burst of text', () => {
  const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
  const answer = (value: string): ThreadItem =>
    item({ type: 'assistant_message', content: [{ type: 'output_text', text: value, annotations: [] }] });
  const paragraphs = (el: CkMessage): number => el.shadowRoot!.querySelectorAll('.ck-markdown > p').length;

  it('shows a large burst over several frames while pending, then all of it', async () => {
    const el = await mount(answer(long), true);
    // Not all 60 blocks in the first render: the rest follows in later frames by itself.
    expect(paragraphs(el)).to.be.greaterThan(0).and.lessThan(60);
    await waitUntil(() => paragraphs(el) === 60, 'the whole burst shows', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.ck-markdown > p:last-child')?.textContent).to.equal('Paragraph 59.');
  });

  it('shows everything at once once the message is finished', async () => {
    const el = await mount(answer(long), true);
    el.pending = false;
    await el.updateComplete;
    expect(paragraphs(el)).to.equal(60);
  });

  it('shows a finished message in full on its first render', async () => {
    const el = await mount(answer(long));
    expect(paragraphs(el)).to.equal(60);
  });
});
