import { expect } from '@open-wc/testing';
import {
  contentToPlainText,
  entityToTag,
  findMentionQuery,
  groupEntities,
  isEmptyContent,
  normalizeContent,
} from '../../src/elements/composer-value.js';
import type { UserMessageContent } from '../../src/schemas/index.js';

const tag: UserMessageContent = { type: 'input_tag', id: 'u1', text: 'Ada', data: {}, interactive: false };

describe('composer-value', () => {
  it('normalizeContent merges adjacent text and drops empty text', () => {
    expect(
      normalizeContent([
        { type: 'input_text', text: 'Hi ' },
        { type: 'input_text', text: '' },
        { type: 'input_text', text: 'there ' },
        tag,
        { type: 'input_text', text: '' },
      ]),
    ).to.deep.equal([{ type: 'input_text', text: 'Hi there ' }, tag]);
  });

  it('contentToPlainText writes tags as @Title', () => {
    expect(contentToPlainText([{ type: 'input_text', text: 'Ask ' }, tag, { type: 'input_text', text: '!' }])).to.equal('Ask @Ada!');
  });

  it('isEmptyContent is true only for whitespace text without tags', () => {
    expect(isEmptyContent([])).to.equal(true);
    expect(isEmptyContent([{ type: 'input_text', text: ' \n ' }])).to.equal(true);
    expect(isEmptyContent([{ type: 'input_text', text: 'x' }])).to.equal(false);
    expect(isEmptyContent([tag])).to.equal(false);
  });

  it('entityToTag fills data and interactive defaults and keeps group', () => {
    expect(entityToTag({ id: 'a', title: 'Article', group: 'Docs' })).to.deep.equal({
      type: 'input_tag',
      id: 'a',
      text: 'Article',
      group: 'Docs',
      data: {},
      interactive: false,
    });
    expect(entityToTag({ id: 'b', title: 'B', interactive: true, data: { k: 'v' } })).to.deep.equal({
      type: 'input_tag',
      id: 'b',
      text: 'B',
      data: { k: 'v' },
      interactive: true,
    });
  });

  it('findMentionQuery finds an @query at the caret but not inside words', () => {
    expect(findMentionQuery('Hi @ad')).to.deep.equal({ start: 3, query: 'ad' });
    expect(findMentionQuery('@')).to.deep.equal({ start: 0, query: '' });
    expect(findMentionQuery('mail a@b')).to.equal(null);
    expect(findMentionQuery('Hi @ad ')).to.equal(null);
  });

  it('groupEntities keeps first-appearance group order', () => {
    const groups = groupEntities([
      { id: '1', title: 'Ada', group: 'People' },
      { id: '2', title: 'Doc', group: 'Articles' },
      { id: '3', title: 'Bob', group: 'People' },
    ]);
    expect(groups.map((g) => [g.group, g.entities.map((e) => e.id)])).to.deep.equal([
      ['People', ['1', '3']],
      ['Articles', ['2']],
    ]);
  });
});
