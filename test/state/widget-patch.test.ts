/**
 * Widget tree patching by node id, including `Transition`'s single-node `children`.
 */
import { expect } from '@open-wc/testing';
import { appendStreamingText, findWidgetNode, replaceWidgetNode } from '../../src/state/index.js';

const tree = Object.freeze({
  type: 'Card',
  children: Object.freeze([
    Object.freeze({
      type: 'Transition',
      children: Object.freeze({ type: 'Text', id: 'inner', value: 'a' }),
    }),
    Object.freeze({
      type: 'Button',
      label: 'Go',
      // An action payload with an `id` is not a node and must never be patched.
      onClickAction: Object.freeze({ type: 'go', payload: Object.freeze({ type: 'Text', id: 'inner' }) }),
    }),
  ]),
});

describe('state: widget patching', () => {
  it('reaches a node under a single-child Transition', () => {
    const patched = appendStreamingText(tree, 'inner', 'b', false);
    expect(findWidgetNode(patched, 'inner')).to.deep.equal({ type: 'Text', id: 'inner', value: 'ab', streaming: true });
    expect(patched.children[1]).to.equal(tree.children[1]);
  });

  it('walks only children, never action payloads', () => {
    const patched = replaceWidgetNode(tree, 'inner', { type: 'Text', id: 'inner', value: 'new' });
    expect(patched.children[1]).to.equal(tree.children[1]);
    expect(findWidgetNode(patched, 'inner')).to.deep.equal({ type: 'Text', id: 'inner', value: 'new' });
  });

  it('returns the same tree when no node has the id, and starts a missing value as empty text', () => {
    expect(appendStreamingText(tree, 'missing', 'x', true)).to.equal(tree);
    const bare = { type: 'Card', children: [{ type: 'Markdown', id: 'm' }] };
    expect(findWidgetNode(appendStreamingText(bare, 'm', 'x', true), 'm')).to.deep.equal({ type: 'Markdown', id: 'm', value: 'x', streaming: false });
  });

  it('ignores a replacement that is not a node', () => {
    expect(replaceWidgetNode(tree, 'inner', 'oops')).to.equal(tree);
  });
});
