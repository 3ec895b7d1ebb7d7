import { expect } from '@open-wc/testing';
import type { MarkdownBlock } from '../../src/markdown/index.js';
import { IncrementalMarkdown, parseMarkdown } from '../../src/markdown/index.js';

const DOCUMENTS: Record<string, string> = {
  fences: 'Intro\n\n```js\nconst a = 1;\n\n// blank line above\n```\n\n~~~\n```not a close\n~~~\nafter\n\n````md\n```\ninner\n```\n````\n```unclosed\ntail',
  lists: '- a\n- b\n  continued\n\n  second paragraph\n  - nested 1\n  - nested 2\n\n- c\n\n1. one\n2. two\n10. ten\n\n* [ ] task\n* [x] done\n\n- \n  late content\n-\n\nend',
  tables: '| a | b |\n|:-|-:|\n| 1 | 2 |\n| 3 | **4** |\nno pipe row\n\nintro\n| x |\n| - |\n| y |\n> quote ends it\n\n| not | a table |\n| --- |\n',
  quotes: '> one\n> two\nlazy\n\n> > nested\n> back\n\n> - list in quote\n>   more\n> ```\n> code\n> ```\n\nplain',
  mixed: '# Title\n\nSome **bold** and `code` with [a link](https://example.com "t") and ![img](/i.png).\n\n---\n\n$$\nx^2\n$$\n\n    indented\n    code\n\n## Sub *heading*\nText  \nwith break\\\nand escape \\*.\n\n\\[\n\\frac{1}{2}\n\\]\n',
  crlf: 'a\r\nb\r\n\r\n- x\r\n- y\r\n\r\n```\r\ncode\r\n```\r\n',
};

function expectSame(actual: MarkdownBlock[], text: string): void {
  expect(actual, JSON.stringify(text)).to.deep.equal(parseMarkdown(text));
}

describe('IncrementalMarkdown', () => {
  for (const [name, doc] of Object.entries(DOCUMENTS)) {
    it(`equals a full parse for every prefix: ${name}`, () => {
      const md = new IncrementalMarkdown();
      for (let i = 0; i <= doc.length; i++) expectSame(md.update(doc.slice(0, i)), doc.slice(0, i));
    });

    it(`equals a full parse when fed by append() in uneven deltas: ${name}`, () => {
      const md = new IncrementalMarkdown();
      let fed = 0;
      let size = 1;
      while (fed < doc.length) {
        const delta = doc.slice(fed, fed + size);
        fed += delta.length;
        size = (size % 7) + 1;
        expectSame(md.append(delta), doc.slice(0, fed));
      }
      expect(md.text).to.equal(doc);
    });
  }

  it('keeps the identity of finished blocks across updates', () => {
    const md = new IncrementalMarkdown();
    const first = md.update('# Title\n\nPara one.\n\n- a\n- b\n\nOpen para\n');
    expect(first.map((b) => b.type)).to.deep.equal(['heading', 'paragraph', 'list', 'paragraph']);
    const second = md.update('# Title\n\nPara one.\n\n- a\n- b\n\nOpen para\ngrows');
    expect(second[0]).to.equal(first[0]);
    expect(second[1]).to.equal(first[1]);
    expect(second[2]).to.equal(first[2]);
    expect(second[3]).not.to.equal(first[3]);
    expect(second[3]).to.deep.equal({ type: 'paragraph', children: [{ type: 'text', value: 'Open para\ngrows' }] });
  });

  it('fixes a block from the update whose complete line ends it, while streaming one character at a time', () => {
    const doc = 'Para one.\n\n```\ncode\n```\n| a |\n|---|\n| 1 |\n\n# Heading\nlast';
    // For each block: the text that proves it finished (a complete closing line).
    const provenBy = ['Para one.\n\n', '```\ncode\n```\n', '| 1 |\n\n', '# Heading\n'];
    const stableFrom = provenBy.map((marker) => doc.indexOf(marker) + marker.length);
    const md = new IncrementalMarkdown();
    const fixed: (MarkdownBlock | undefined)[] = [];
    for (let i = 1; i <= doc.length; i++) {
      const blocks = md.update(doc.slice(0, i));
      stableFrom.forEach((from, k) => {
        if (i < from) return;
        fixed[k] ??= blocks[k];
        expect(blocks[k], `block ${k} at ${i}`).to.equal(fixed[k]);
      });
    }
    expect(md.blocks.map((b) => b.type)).to.deep.equal(['paragraph', 'code', 'table', 'heading', 'paragraph']);
    // Before its closing line was complete, the paragraph was still rebuilt.
    const early = new IncrementalMarkdown();
    const a = early.update('Para one.\n');
    expect(early.update('Para one.\n\n')[0]).not.to.equal(a[0]);
  });

  it('does not reuse a paragraph that a later line turns into a table header', () => {
    const md = new IncrementalMarkdown();
    const before = md.update('| a | b |\n');
    expect(before[0]?.type).to.equal('paragraph');
    const after = md.update('| a | b |\n|---|---|\n');
    expect(after[0]?.type).to.equal('table');
  });

  it('keeps a list open across a blank line until a complete line ends it', () => {
    const md = new IncrementalMarkdown();
    const a = md.update('1. one\n\n');
    const b = md.update('1. one\n\n2');
    expect(b[0]).not.to.equal(a[0]);
    expect(md.update('1. one\n\n2. two')).to.have.length(1);
    expect((md.blocks[0] as { items: unknown[] }).items).to.have.length(2);
  });

  it('returns the same array when the text did not change', () => {
    const md = new IncrementalMarkdown();
    const blocks = md.update('hello');
    expect(md.update('hello')).to.equal(blocks);
    expect(md.append('')).to.equal(blocks);
  });

  it('parses from scratch when the text is not an extension of the previous one', () => {
    const md = new IncrementalMarkdown();
    const first = md.update('one\n\ntwo\n\n');
    const edited = md.update('one edited\n\ntwo\n\n');
    expectSame(edited, 'one edited\n\ntwo\n\n');
    expect(edited[1]).not.to.equal(first[1]);
    expectSame(md.update('short'), 'short');
    expectSame(md.update(''), '');
  });

  it('treats a CR at the end of one update and LF at the start of the next as one line break', () => {
    const md = new IncrementalMarkdown();
    md.update('a\r');
    expectSame(md.update('a\r\nb'), 'a\nb');
    expectSame(md.append('\r'), 'a\nb\n');
    expectSame(md.append('\n\r\nc'), 'a\nb\n\nc');
  });

  it('reset() forgets the previous text', () => {
    const md = new IncrementalMarkdown();
    md.update('# a');
    md.reset();
    expect(md.blocks).to.deep.equal([]);
    expect(md.text).to.equal('');
    expectSame(md.append('b'), 'b');
  });

  it('matches full parses on random documents streamed in random deltas', () => {
    const pieces = ['*', '_', '~~', '`', '[', '](x)', '!', '<', '>', '\\', '# ', '-', '- ', '1. ', '2) ', '|', ' | ', '|---|---|', '$$', ' ', '  ', '\t', '\n', '\n', '\n\n', 'a', 'b c', '```', '~~~', '    ', '> ', '[ ] ', '\r\n', '***'];
    let seed = 9;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let doc = 0; doc < 300; doc++) {
      let text = '';
      for (let j = random() * 80; j > 0; j--) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      const md = new IncrementalMarkdown();
      let at = 0;
      while (at < text.length) {
        at = Math.min(text.length, at + 1 + Math.floor(random() * 6));
        expectSame(md.update(text.slice(0, at)), text.slice(0, at));
      }
    }
  });
});
