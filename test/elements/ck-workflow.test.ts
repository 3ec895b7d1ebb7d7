import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/ck-workflow.js';
import type { CkWorkflow } from '../../src/elements/ck-workflow.js';
import type { CkTask } from '../../src/elements/ck-task.js';
import { en } from '../../src/i18n/index.js';
import { ThreadItemSchema, ThreadStreamEventSchema, type Task, type TaskItem, type Workflow, type WorkflowItem } from '../../src/schemas/index.js';
import { createInitialState, reduceStreamEvent, type ThreadState } from '../../src/state/index.js';
import { loadFixture, sseCapturePayloads } from '../helpers/fixtures.js';

/** Every state of the thread while a capture is replayed through the real reducer. */
async function replay(name: string): Promise<ThreadState[]> {
  let state = createInitialState();
  const states: ThreadState[] = [];
  for (const payload of sseCapturePayloads(await loadFixture(name))) {
    state = reduceStreamEvent(state, ThreadStreamEventSchema.parse(JSON.parse(payload)));
    states.push(state);
  }
  return states;
}

/** A workflow item as the server sends it (defaults filled in by the schema). */
function workflowItem(workflow: { type: Workflow['type']; [key: string]: unknown }): WorkflowItem {
  return ThreadItemSchema.parse({
    id: 'wf_1',
    thread_id: 'thr_1',
    created_at: '2026-01-01T00:00:00Z',
    type: 'workflow',
    workflow,
  }) as WorkflowItem;
}

async function mount(item: WorkflowItem | TaskItem, pending = false): Promise<CkWorkflow> {
  return fixture<CkWorkflow>(html`<ck-workflow .item=${item} ?pending=${pending}></ck-workflow>`);
}

const header = (el: CkWorkflow): HTMLButtonElement => el.shadowRoot!.querySelector<HTMLButtonElement>('button.header')!;
const headerText = (el: CkWorkflow): string => header(el).textContent.replace(/\s+/g, ' ').trim();
const body = (el: CkWorkflow): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('.body')!;
const tasks = (el: CkWorkflow): CkTask[] => [...el.shadowRoot!.querySelectorAll<CkTask>('ck-task')];
const taskText = (task: CkTask): string => task.shadowRoot!.textContent.replace(/\s+/g, ' ').trim();

async function setItem(el: CkWorkflow, item: WorkflowItem, pending = el.pending): Promise<void> {
  el.item = item;
  el.pending = pending;
  await el.updateComplete;
  await Promise.all(tasks(el).map((task) => task.updateComplete));
}

describe('<ck-workflow>', () => {
  it('replays the workflow capture: working header, then three finished tasks of every kind shown', async () => {
    const states = await replay('threads.add_user_message.workflow.sse');
    const withWorkflow = states.filter((state) => state.items.get('wf_34f81bf7'));
    const first = withWorkflow[0]!;
    const el = await mount(first.items.get('wf_34f81bf7') as WorkflowItem, first.pending.has('wf_34f81bf7'));
    await Promise.all(tasks(el).map((task) => task.updateComplete));

    // Streaming custom workflow without summary: "Working…" with a spinner, open as the server said.
    expect(headerText(el)).to.equal(en.workflowWorking);
    expect(header(el).querySelector('.spinner')).to.not.equal(null);
    expect(header(el).getAttribute('aria-expanded')).to.equal('true');
    expect(body(el).hidden).to.equal(false);
    const search = tasks(el)[0]!;
    expect(taskText(search)).to.include('Searching').and.include('chatkit sse').and.include(en.taskLoading);
    expect(search.shadowRoot!.querySelector('.status.loading .spinner')).to.not.equal(null);

    const last = withWorkflow.at(-1)!;
    await setItem(el, last.items.get('wf_34f81bf7') as WorkflowItem, last.pending.has('wf_34f81bf7'));
    const [web, thought, custom] = tasks(el);
    expect(tasks(el)).to.have.length(3);
    // Done: the server's summary (title + icon) and `expanded: false`, which folds the list.
    expect(headerText(el)).to.equal('Looked things up');
    expect(header(el).querySelector('[data-icon="search"]')).to.not.equal(null);
    expect(header(el).querySelector('.spinner')).to.equal(null);
    expect(header(el).getAttribute('aria-expanded')).to.equal('false');
    expect(body(el).hidden).to.equal(true);

    const link = web!.shadowRoot!.querySelector<HTMLAnchorElement>('.links a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.include('noopener');
    expect(link.querySelector('.domain')!.textContent).to.equal('example.com');
    expect(web!.shadowRoot!.querySelector('.status.complete')!.textContent).to.include(en.taskComplete);

    expect(taskText(thought!)).to.include('Thinking').and.include('Comparing options…');
    expect(custom!.shadowRoot!.querySelector('.title [data-icon="cube"]')).to.not.equal(null);
    expect(taskText(custom!)).to.include('Checked inventory').and.include('3 in stock');
    await expect(el).to.be.accessible();
  });

  it('toggles with Enter and Space, and keeps the user choice when the server updates the item', async () => {
    const el = await mount(workflowItem({ type: 'custom', expanded: true, tasks: [{ type: 'image', title: 'Drawing' }] }));
    header(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el).getAttribute('aria-expanded')).to.equal('false');
    expect(body(el).hidden).to.equal(true);

    // The server re-sends the workflow as expanded; the reader folded it, so it stays folded.
    await setItem(el, workflowItem({ type: 'custom', expanded: true, tasks: [{ type: 'image', title: 'Drawing' }, { type: 'image' }] }));
    expect(body(el).hidden).to.equal(true);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(header(el).getAttribute('aria-expanded')).to.equal('true');
    expect(body(el).hidden).to.equal(false);
    expect(tasks(el).map(taskText)).to.deep.equal(['Drawing', en.taskImage]);
  });

  it('names a finished workflow without summary by its step count', async () => {
    const el = await mount(workflowItem({ type: 'custom', tasks: [{ type: 'image' }, { type: 'image' }, { type: 'image' }] }));
    expect(headerText(el)).to.equal('3 steps');
    await setItem(el, workflowItem({ type: 'custom', tasks: [{ type: 'image' }] }));
    expect(headerText(el)).to.equal('1 step');
    await setItem(el, workflowItem({ type: 'reasoning', tasks: [] }));
    expect(headerText(el)).to.equal(en.workflowThought);
  });

  it('starts collapsed when the workflow says so', async () => {
    const el = await mount(workflowItem({ type: 'reasoning', expanded: false, summary: { duration: 3 } }));
    expect(header(el).getAttribute('aria-expanded')).to.equal('false');
    expect(body(el).hidden).to.equal(true);
    header(el).click();
    await el.updateComplete;
    expect(body(el).hidden).to.equal(false);
  });

  it('writes the duration summary in words, with plural forms and minutes past a minute', async () => {
    const cases: [number, string][] = [
      [1, 'Thought for 1 second'],
      [5, 'Thought for 5 seconds'],
      [59.6, 'Thought for 1 min 0 s'],
      [125, 'Thought for 2 min 5 s'],
    ];
    const el = await mount(workflowItem({ type: 'reasoning', summary: { duration: 0 } }));
    for (const [duration, text] of cases) {
      await setItem(el, workflowItem({ type: 'reasoning', summary: { duration } }));
      expect(headerText(el)).to.equal(text);
    }
    await setItem(el, workflowItem({ type: 'custom', summary: { duration: 2 } }));
    expect(headerText(el)).to.equal('Worked for 2 seconds');
  });

  it('shows a custom summary title with its icon', async () => {
    const el = await mount(workflowItem({ type: 'custom', summary: { title: 'Checked the stock', icon: 'cube' } }));
    expect(headerText(el)).to.equal('Checked the stock');
    expect(header(el).querySelector('[data-icon="cube"]')).to.not.equal(null);
  });

  it('shows "Thinking…" while reasoning streams, and the thought text as it grows', async () => {
    const thought = (content: string): Task => ({ type: 'thought', status_indicator: 'loading', content });
    const el = await mount(workflowItem({ type: 'reasoning', expanded: true, tasks: [thought('The user wants')] }), true);
    await Promise.all(tasks(el).map((task) => task.updateComplete));
    expect(headerText(el)).to.equal(en.workflowThinking);
    expect(taskText(tasks(el)[0]!)).to.include('The user wants');

    await setItem(el, workflowItem({ type: 'reasoning', expanded: true, tasks: [thought('The user wants **two** sizes')] }));
    const task = tasks(el)[0]!;
    expect(task.shadowRoot!.querySelector('strong')!.textContent).to.equal('two');
    expect(taskText(task)).to.include('The user wants two sizes');

    await setItem(el, workflowItem({ type: 'reasoning', expanded: false, tasks: [thought('Done.')], summary: { duration: 4 } }), false);
    expect(headerText(el)).to.equal('Thought for 4 seconds');
    expect(body(el).hidden).to.equal(true);
  });

  it('renders file sources and refuses unsafe links in web search sources', async () => {
    const el = await mount(
      workflowItem({
        type: 'custom',
        expanded: true,
        tasks: [
          { type: 'file', title: 'Read files', sources: [{ type: 'file', title: 'Q3 report', filename: 'q3.pdf' }, { type: 'file', title: '', filename: 'notes.txt' }] },
          { type: 'web_search', title_query: 'best shoes', sources: [{ type: 'url', title: 'Evil', url: 'javascript:alert(1)' }] },
        ],
      }),
    );
    await Promise.all(tasks(el).map((task) => task.updateComplete));
    const [file, web] = tasks(el);
    const files = [...file!.shadowRoot!.querySelectorAll('.files li')].map((li) => li.textContent.trim());
    expect(files).to.deep.equal(['Q3 report', 'notes.txt']);
    expect(taskText(web!)).to.include('best shoes').and.include('Evil');
    expect(web!.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('renders a standalone task without the collapsible frame', async () => {
    const item = ThreadItemSchema.parse({
      id: 'task_1',
      thread_id: 'thr_1',
      created_at: '2026-01-01T00:00:00Z',
      type: 'task',
      task: { type: 'custom', title: 'Booked a table', icon: 'calendar', content: 'For *two*, at 8pm', status_indicator: 'complete' },
    }) as TaskItem;
    const el = await mount(item);
    const task = tasks(el)[0]!;
    await task.updateComplete;
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(taskText(task)).to.equal('Booked a table For two, at 8pm');
    expect(task.shadowRoot!.querySelector('em')!.textContent).to.equal('two');
    expect(task.shadowRoot!.querySelector('.status')).to.equal(null);
  });

  it("labels the Copy button of a task's code block in the element's language", async () => {
    const item = ThreadItemSchema.parse({
      id: 'task_2',
      thread_id: 'thr_1',
      created_at: '2026-01-01T00:00:00Z',
      type: 'task',
      task: { type: 'custom', title: 'Ran a query', content: '```sql\nselect 1;\n```', status_indicator: 'complete' },
    }) as TaskItem;
    const strings = { ...en, itemCopy: 'Kopieren', itemCopied: 'Kopiert' };
    const el = await fixture<CkWorkflow>(html`<ck-workflow .item=${item} .strings=${strings}></ck-workflow>`);
    const task = tasks(el)[0]!;
    await task.updateComplete;
    const copy = task.shadowRoot!.querySelector<HTMLButtonElement>('button.md-code-copy')!;
    expect(copy.querySelector('[data-label="idle"]')!.textContent).to.equal('Kopieren');
    expect(copy.querySelector('[data-label="copied"]')!.textContent).to.equal('Kopiert');
  });
});
