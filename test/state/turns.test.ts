import { expect } from '@open-wc/testing';
import type { ThreadItem, WidgetItem } from '../../src/schemas/index.js';
import { createInitialState, visibleItems } from '../../src/state/index.js';
import { copyText, hasResponse, turnKey, turnsOf } from '../../src/state/turns.js';
import { assistantMessage, replayCapture, userMessage, widgetItem } from './helpers.js';

const card: WidgetItem['widget'] = { type: 'Card', children: [] } as unknown as WidgetItem['widget'];

function widget(id: string, copy: string | null): WidgetItem {
  return copy === null ? widgetItem(id, card) : { ...widgetItem(id, card), copy_text: copy };
}

describe('state: turns', () => {
  it('groups the items after each user message, with items before the first one in their own turn', () => {
    const items: ThreadItem[] = [
      assistantMessage('a0', 'Welcome'),
      userMessage('u1', 'Hi'),
      assistantMessage('a1', 'Hello'),
      widget('w1', 'card'),
      userMessage('u2', 'Again'),
      userMessage('u3', 'And again'),
      assistantMessage('a3', 'Sure'),
    ];
    const turns = turnsOf(items);
    expect(turns.map((turn) => [turn.userMessageId, turn.itemIds.join(',')])).to.deep.equal([
      [null, 'a0'],
      ['u1', 'a1,w1'],
      ['u2', ''],
      ['u3', 'a3'],
    ]);
    expect(turns.map(turnKey)).to.deep.equal(['a0', 'u1', 'u2', 'u3']);
    expect(turns.map(hasResponse)).to.deep.equal([true, true, false, true]);
  });

  it('has no turns for no items', () => {
    expect(turnsOf([])).to.deep.equal([]);
  });

  it('copies assistant text and widget copy_text in order, separated by blank lines', () => {
    const [turn] = turnsOf([
      userMessage('u1', 'Hi'),
      assistantMessage('a1', 'First part.', ' Second part. '),
      widget('w1', 'Order 42'),
      widget('w2', null),
      assistantMessage('a2', 'Done.'),
    ]);
    expect(copyText(turn!)).to.equal('First part.\n\n Second part.\n\nOrder 42\n\nDone.');
  });

  it('copies the text of a real response (assistant message and widgets of threads.create)', async () => {
    const state = await replayCapture(createInitialState(), 'threads.create.sse');
    const items = visibleItems(state);
    const turns = turnsOf(items);
    expect(turns).to.have.length(1);
    const [turn] = turns;
    const user = items.find((item) => item.type === 'user_message');
    expect(turn!.userMessageId).to.equal(user?.id);
    const expected = items.flatMap((item) => {
      if (item.type === 'assistant_message') return [(item).content.map((part) => part.text).join('\n\n').trim()];
      if (item.type === 'widget' && item.copy_text) return [item.copy_text];
      return [];
    });
    expect(expected.length).to.be.greaterThan(1);
    expect(copyText(turn!)).to.equal(expected.join('\n\n'));
    expect(copyText(turn!)).to.contain('Order ord_42 summary');
  });

  it('returns the previous Turn objects for turns whose items did not change', () => {
    const first = [userMessage('u1', 'Hi'), assistantMessage('a1', 'Hello'), userMessage('u2', 'More')];
    const before = turnsOf(first);
    const after = turnsOf([...first, assistantMessage('a2', 'Stream…')], before);
    expect(after[0] === before[0]).to.equal(true);
    expect(after[1] === before[1]).to.equal(false);
    expect(after[1]!.itemIds).to.deep.equal(['a2']);
  });
});
