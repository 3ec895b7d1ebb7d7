/**
 * Every `thread.item.updated` sub-type, through the reducer, including padding, annotation
 * positions and the "keep streamed annotations" rule.
 */
import { expect } from '@open-wc/testing';
import type { Annotation, AssistantMessageItem, ThreadItem, WorkflowItem } from '../../src/schemas/index.js';
import { createInitialState, threadReducer, type ThreadState } from '../../src/state/index.js';
import { assistantMessage, deepFreeze, ev, stateWith, update, widgetItem } from './helpers.js';

function annotation(title: string, index?: number): Annotation {
  return { type: 'annotation', source: { type: 'url', title, url: `https://example.com/${title}` }, ...(index === undefined ? {} : { index }) };
}

function assistantIn(state: ThreadState, id: string): AssistantMessageItem {
  const item = state.items.get(id);
  if (item?.type !== 'assistant_message') throw new Error(`${id} is not an assistant message`);
  return item;
}

function withAssistant(...texts: string[]): ThreadState {
  return deepFreeze(stateWith(createInitialState(), assistantMessage('a1', ...texts)));
}

describe('state: assistant message updates', () => {
  it('content_part.added sets the part and pads missing ones with empty output_text', () => {
    const state = threadReducer(
      withAssistant(),
      update('a1', { type: 'assistant_message.content_part.added', content_index: 2, content: { type: 'output_text', text: 'x', annotations: [] } }),
    );
    expect(assistantIn(state, 'a1').content).to.deep.equal([
      { type: 'output_text', text: '', annotations: [] },
      { type: 'output_text', text: '', annotations: [] },
      { type: 'output_text', text: 'x', annotations: [] },
    ]);
  });

  it('text_delta appends to the indexed part only', () => {
    const state = threadReducer(withAssistant('one', 'two'), update('a1', { type: 'assistant_message.content_part.text_delta', content_index: 1, delta: '!' }));
    expect(assistantIn(state, 'a1').content.map((part) => part.text)).to.deep.equal(['one', 'two!']);
  });

  it('text_delta past the end pads first', () => {
    const state = threadReducer(withAssistant('one'), update('a1', { type: 'assistant_message.content_part.text_delta', content_index: 2, delta: 'z' }));
    expect(assistantIn(state, 'a1').content.map((part) => part.text)).to.deep.equal(['one', '', 'z']);
  });

  it('text_delta copies only the changed path', () => {
    const before = withAssistant('one', 'two');
    const after = threadReducer(before, update('a1', { type: 'assistant_message.content_part.text_delta', content_index: 1, delta: '!' }));
    const [oldItem, newItem] = [assistantIn(before, 'a1'), assistantIn(after, 'a1')];
    expect(newItem).not.to.equal(oldItem);
    expect(newItem.content).not.to.equal(oldItem.content);
    expect(newItem.content[0]).to.equal(oldItem.content[0]);
    expect(newItem.content[1]?.annotations).to.equal(oldItem.content[1]?.annotations);
    expect(oldItem.content[1]?.text).to.equal('two');
    expect(after.itemIds).to.equal(before.itemIds);
  });

  it('annotation_added inserts at annotation_index and appends past the end', () => {
    const added = (state: ThreadState, at: number, title: string) =>
      threadReducer(
        state,
        update('a1', { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: at, annotation: annotation(title) }),
      );
    let state = withAssistant('text');
    state = added(state, 0, 'b');
    state = added(state, 0, 'a');
    state = added(state, 7, 'd');
    state = added(state, 2, 'c');
    expect(assistantIn(state, 'a1').content[0]?.annotations.map((a) => a.source.title)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('annotation_added on a missing part pads and creates it', () => {
    const state = threadReducer(
      withAssistant(),
      update('a1', { type: 'assistant_message.content_part.annotation_added', content_index: 1, annotation_index: 0, annotation: annotation('a', 3) }),
    );
    const { content } = assistantIn(state, 'a1');
    expect(content).to.have.length(2);
    expect(content[1]?.annotations).to.deep.equal([annotation('a', 3)]);
  });

  it('content_part.done replaces the part', () => {
    const state = threadReducer(
      withAssistant('partial'),
      update('a1', { type: 'assistant_message.content_part.done', content_index: 0, content: { type: 'output_text', text: 'final', annotations: [annotation('z')] } }),
    );
    expect(assistantIn(state, 'a1').content).to.deep.equal([{ type: 'output_text', text: 'final', annotations: [annotation('z')] }]);
  });

  it('content_part.done without annotations keeps the streamed ones', () => {
    let state = withAssistant('partial');
    state = threadReducer(
      state,
      update('a1', { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: 0, annotation: annotation('kept', 2) }),
    );
    state = threadReducer(
      state,
      update('a1', { type: 'assistant_message.content_part.done', content_index: 0, content: { type: 'output_text', text: 'final', annotations: [] } }),
    );
    expect(assistantIn(state, 'a1').content).to.deep.equal([{ type: 'output_text', text: 'final', annotations: [annotation('kept', 2)] }]);
  });

  it('assistant updates sent to another item type leave it alone', () => {
    const state = deepFreeze(stateWith(createInitialState(), widgetItem('w1', { type: 'Card', children: [] })));
    const after = threadReducer(state, update('w1', { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'x' }));
    expect(after.items.get('w1')).to.equal(state.items.get('w1'));
  });
});

describe('state: widget updates', () => {
  const tree = {
    type: 'Card' as const,
    children: [
      { type: 'Row', children: [{ type: 'Markdown', id: 'summary', value: 'Hi', streaming: true }] },
      { type: 'Text', id: 'other', value: 'keep' },
    ],
  };

  function widgetState(): ThreadState {
    return deepFreeze(stateWith(createInitialState(), widgetItem('w1', tree)));
  }

  function widgetOf(state: ThreadState): Record<string, unknown> {
    const item = state.items.get('w1');
    if (item?.type !== 'widget') throw new Error('no widget');
    return item.widget;
  }

  it('streaming_text.value_delta appends to the node with that id anywhere in the tree', () => {
    let state = threadReducer(widgetState(), update('w1', { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: ' there', done: false }));
    expect(widgetOf(state)).to.deep.nested.include({ 'children[0].children[0].value': 'Hi there', 'children[0].children[0].streaming': true });
    state = threadReducer(state, update('w1', { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: '.', done: true }));
    expect(widgetOf(state)).to.deep.nested.include({ 'children[0].children[0].value': 'Hi there.', 'children[0].children[0].streaming': false });
  });

  it('value_delta keeps untouched sibling nodes by identity', () => {
    const before = widgetState();
    const after = threadReducer(before, update('w1', { type: 'widget.streaming_text.value_delta', component_id: 'summary', delta: '!', done: false }));
    const [oldChildren, newChildren] = [widgetOf(before).children as unknown[], widgetOf(after).children as unknown[]];
    expect(newChildren[1]).to.equal(oldChildren[1]);
    expect(newChildren[0]).not.to.equal(oldChildren[0]);
  });

  it('value_delta for an unknown node id changes nothing', () => {
    const before = widgetState();
    const after = threadReducer(before, update('w1', { type: 'widget.streaming_text.value_delta', component_id: 'nope', delta: '!', done: false }));
    expect(after.items).to.equal(before.items);
  });

  it('widget.root.updated replaces the tree', () => {
    const widget = { type: 'ListView' as const, children: [] };
    const state = threadReducer(widgetState(), update('w1', { type: 'widget.root.updated', widget }));
    expect(widgetOf(state)).to.equal(widget);
  });

  it('widget.component.updated replaces the node with that id', () => {
    const component = { type: 'Text', id: 'other', value: 'new' };
    const state = threadReducer(widgetState(), update('w1', { type: 'widget.component.updated', component_id: 'other', component }));
    expect((widgetOf(state).children as unknown[])[1]).to.equal(component);
  });
});

describe('state: workflow and image updates', () => {
  function workflowState(): ThreadState {
    const item: WorkflowItem = {
      id: 'wf',
      thread_id: 't',
      created_at: '2026-01-01T00:00:00',
      type: 'workflow',
      workflow: { type: 'custom', tasks: [{ type: 'custom', title: 'one', status_indicator: 'loading' }], expanded: true },
    };
    return deepFreeze(stateWith(createInitialState(), item));
  }

  function tasksOf(state: ThreadState) {
    const item = state.items.get('wf');
    if (item?.type !== 'workflow') throw new Error('no workflow');
    return item.workflow.tasks;
  }

  it('workflow.task.added appends', () => {
    const state = threadReducer(
      workflowState(),
      update('wf', { type: 'workflow.task.added', task_index: 1, task: { type: 'thought', content: 'hm', status_indicator: 'none' } }),
    );
    expect(tasksOf(state).map((task) => task.type)).to.deep.equal(['custom', 'thought']);
  });

  it('workflow.task.updated sets tasks[i]', () => {
    const task = { type: 'custom' as const, title: 'one', status_indicator: 'complete' as const };
    const state = threadReducer(workflowState(), update('wf', { type: 'workflow.task.updated', task_index: 0, task }));
    expect(tasksOf(state)).to.deep.equal([task]);
  });

  it('workflow.task.updated far past the end is ignored', () => {
    const before = workflowState();
    const after = threadReducer(
      before,
      update('wf', { type: 'workflow.task.updated', task_index: 5, task: { type: 'custom', status_indicator: 'none' } }),
    );
    expect(after.items.get('wf')).to.equal(before.items.get('wf'));
  });

  it('generated_image.updated sets the image and records progress beside the item until done', () => {
    const pendingImage: ThreadItem = { id: 'img', thread_id: 't', created_at: '2026-01-01T00:00:00', type: 'generated_image' };
    let state = threadReducer(createInitialState(), ev({ type: 'thread.item.added', item: pendingImage }));
    state = threadReducer(state, update('img', { type: 'generated_image.updated', image: { id: 'i', url: 'data:image/png;base64,AA' }, progress: 0.5 }));
    const item = state.items.get('img');
    expect(item?.type === 'generated_image' && item.image).to.deep.equal({ id: 'i', url: 'data:image/png;base64,AA' });
    expect(state.imageProgress.get('img')).to.equal(0.5);
    expect(item).not.to.have.property('progress');
    state = threadReducer(state, ev({ type: 'thread.item.done', item: { ...pendingImage, image: { id: 'i', url: 'https://x/final.png' } } }));
    expect(state.imageProgress.has('img')).to.equal(false);
  });
});

describe('state: updates for unknown items', () => {
  it('are ignored without throwing and without a new state', () => {
    const before = withAssistant('x');
    const after = threadReducer(before, update('missing', { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'y' }));
    expect(after).to.equal(before);
  });
});
