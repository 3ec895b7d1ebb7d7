import { expect } from '@open-wc/testing';
import type { Inline, ListBlock, MarkdownBlock } from '../../src/markdown/index.js';
import { parseInline, parseMarkdown } from '../../src/markdown/index.js';

const text = (value: string): Inline => ({ type: 'text', value });
const para = (...children: Inline[]): MarkdownBlock => ({ type: 'paragraph', children });

function only(md: string): MarkdownBlock {
  const blocks = parseMarkdown(md);
  expect(blocks, JSON.stringify(blocks)).to.have.length(1);
  return blocks[0]!;
}

describe('parseMarkdown: blocks', () => {
  it('splits paragraphs on blank lines and keeps soft breaks as newlines', () => {
    expect(parseMarkdown('one\ntwo\n\nthree')).to.deep.equal([para(text('one\ntwo')), para(text('three'))]);
  });

  it('parses ATX headings of every level and strips closing hashes', () => {
    for (let level = 1; level <= 6; level++) {
      expect(only(`${'#'.repeat(level)} Title ${'#'.repeat(3)}`)).to.deep.equal({ type: 'heading', level, children: [text('Title')] });
    }
    expect(only('####### seven')).to.deep.equal(para(text('####### seven')));
    expect(only('#hashtag')).to.deep.equal(para(text('#hashtag')));
  });

  it('does not treat setext underlines as headings (a rule follows the paragraph)', () => {
    expect(parseMarkdown('Title\n---')).to.deep.equal([para(text('Title')), { type: 'thematicBreak' }]);
  });

  it('parses thematic breaks', () => {
    for (const rule of ['---', '***', '___', ' - - -', '*  *  *']) expect(only(rule), rule).to.deep.equal({ type: 'thematicBreak' });
  });

  it('parses block quotes, nested quotes and lazy continuation lines', () => {
    expect(only('> a\nlazy\n> > b')).to.deep.equal({
      type: 'blockquote',
      children: [para(text('a\nlazy')), { type: 'blockquote', children: [para(text('b'))] }],
    });
  });

  it('parses bullet lists, tight and loose', () => {
    const tight = only('- a\n- b') as ListBlock;
    expect(tight).to.deep.equal({
      type: 'list',
      ordered: false,
      start: null,
      tight: true,
      items: [
        { type: 'listItem', checked: null, children: [para(text('a'))] },
        { type: 'listItem', checked: null, children: [para(text('b'))] },
      ],
    });
    expect((only('- a\n\n- b') as ListBlock).tight).to.equal(false);
    expect((only('* a\n* b') as ListBlock).items).to.have.length(2);
    // A different bullet starts a new list.
    expect(parseMarkdown('- a\n+ b')).to.have.length(2);
  });

  it('parses ordered lists with their start number', () => {
    const list = only('3. three\n4. four') as ListBlock;
    expect(list.ordered).to.equal(true);
    expect(list.start).to.equal(3);
    expect(list.items.map((item) => item.children)).to.deep.equal([[para(text('three'))], [para(text('four'))]]);
    expect((only('1) a\n2) b') as ListBlock).start).to.equal(1);
  });

  it('only lets a list starting at 1 interrupt a paragraph', () => {
    expect(parseMarkdown('In\n2024. was a year')).to.deep.equal([para(text('In\n2024. was a year'))]);
    expect(parseMarkdown('Steps:\n1. one')[1]).to.include({ type: 'list', ordered: true });
  });

  it('nests lists by indentation', () => {
    const list = only('- a\n  - b\n    - c\n- d') as ListBlock;
    expect(list.items).to.have.length(2);
    const inner = list.items[0]!.children[1] as ListBlock;
    expect(inner.type).to.equal('list');
    const innermost = inner.items[0]!.children[1] as ListBlock;
    expect(innermost.items[0]!.children).to.deep.equal([para(text('c'))]);
    const ordered = only('1. a\n   - b') as ListBlock;
    expect(ordered.items[0]!.children[1]).to.include({ type: 'list', ordered: false });
  });

  it('parses task list items', () => {
    const list = only('- [ ] todo\n- [x] done\n- [X] also\n- [y] not a task') as ListBlock;
    expect(list.items.map((item) => item.checked)).to.deep.equal([false, true, true, null]);
    expect(list.items[0]!.children).to.deep.equal([para(text('todo'))]);
    expect(list.items[3]!.children).to.deep.equal([para(text('[y] not a task'))]);
  });

  it('parses fenced code with backticks and tildes, keeping the text verbatim', () => {
    expect(only('```ts title="x"\nconst a = 1;\n  <b>*x*</b>\n```')).to.deep.equal({
      type: 'code',
      lang: 'ts',
      info: 'ts title="x"',
      value: 'const a = 1;\n  <b>*x*</b>',
      fenced: true,
      open: false,
    });
    expect(only('~~~\n```\n~~~')).to.deep.include({ value: '```', open: false });
    expect(only('````\n```\n````')).to.deep.include({ value: '```', open: false });
  });

  it('leaves an unclosed fence at the end open', () => {
    expect(only('```py\nprint(1)\n')).to.deep.equal({ type: 'code', lang: 'py', info: 'py', value: 'print(1)', fenced: true, open: true });
    expect(only('```')).to.deep.include({ value: '', open: true });
  });

  it('parses indented code', () => {
    expect(parseMarkdown('    code\n      more\n\npara')).to.deep.equal([
      { type: 'code', lang: null, info: '', value: 'code\n  more', fenced: false, open: false },
      para(text('para')),
    ]);
  });

  it('parses GFM tables with alignment and inline cells', () => {
    expect(only('| a | *b* | c |\n|:--|:-:|--:|\n| 1 | `2` | 3 |\n| 4 |')).to.deep.equal({
      type: 'table',
      align: ['left', 'center', 'right'],
      head: [[text('a')], [{ type: 'emphasis', children: [text('b')] }], [text('c')]],
      rows: [
        [[text('1')], [{ type: 'inlineCode', value: '2' }], [text('3')]],
        [[text('4')], [], []],
      ],
    });
  });

  it('keeps escaped pipes inside cells and needs matching column counts', () => {
    const table = only('a | b\n--- | ---\nx \\| y | z');
    expect(table).to.deep.include({ type: 'table' });
    expect(table.type === 'table' && table.rows[0]![0]).to.deep.equal([text('x | y')]);
    expect(parseMarkdown('| a | b |\n|---|')).to.deep.equal([para(text('| a | b |\n|---|'))]);
  });

  it('ends a table at a blank line or another block, and splits a paragraph before its header', () => {
    const blocks = parseMarkdown('intro\n| a |\n| - |\n| 1 |\n> quote');
    expect(blocks.map((b) => b.type)).to.deep.equal(['paragraph', 'table', 'blockquote']);
    expect(blocks[0]).to.deep.equal(para(text('intro')));
  });

  it('parses $$ math blocks, one-line and multi-line, and \\[ … \\]', () => {
    expect(only('$$\nx^2 + y^2\n$$')).to.deep.equal({ type: 'math', value: 'x^2 + y^2', open: false });
    expect(only('$$ e = mc^2 $$')).to.deep.equal({ type: 'math', value: 'e = mc^2', open: false });
    expect(only('\\[\na \\over b\n\\]')).to.deep.equal({ type: 'math', value: 'a \\over b', open: false });
    expect(only('$$\n\\int_0^1')).to.deep.equal({ type: 'math', value: '\\int_0^1', open: true });
  });

  it('shows raw HTML as text', () => {
    expect(parseMarkdown('<div onclick="x()">hi</div>\n\n<script>alert(1)</script>')).to.deep.equal([
      para(text('<div onclick="x()">hi</div>')),
      para(text('<script>alert(1)</script>')),
    ]);
  });

  it('normalises CRLF and CR line endings', () => {
    expect(parseMarkdown('a\r\nb\r\rc')).to.deep.equal(parseMarkdown('a\nb\n\nc'));
  });
});

describe('parseInline', () => {
  it('parses emphasis, strong and strikethrough with both delimiters', () => {
    expect(parseInline('*a* _b_ **c** __d__ ~~e~~')).to.deep.equal([
      { type: 'emphasis', children: [text('a')] },
      text(' '),
      { type: 'emphasis', children: [text('b')] },
      text(' '),
      { type: 'strong', children: [text('c')] },
      text(' '),
      { type: 'strong', children: [text('d')] },
      text(' '),
      { type: 'delete', children: [text('e')] },
    ]);
    expect(parseInline('***both***')).to.deep.equal([{ type: 'emphasis', children: [{ type: 'strong', children: [text('both')] }] }]);
  });

  it('follows flanking rules: no emphasis inside words with _, nor around spaces', () => {
    expect(parseInline('snake_case_name')).to.deep.equal([text('snake_case_name')]);
    expect(parseInline('a * b * c')).to.deep.equal([text('a * b * c')]);
    expect(parseInline('in*word*s')).to.deep.equal([text('in'), { type: 'emphasis', children: [text('word')] }, text('s')]);
  });

  it('keeps single tildes literal ("~5 minutes")', () => {
    expect(parseInline('takes ~5 min or ~10 min')).to.deep.equal([text('takes ~5 min or ~10 min')]);
  });

  it('parses code spans with backtick runs and no markup inside', () => {
    expect(parseInline('`a *b*` `` c ` d `` ` `')).to.deep.equal([
      { type: 'inlineCode', value: 'a *b*' },
      text(' '),
      { type: 'inlineCode', value: 'c ` d' },
      text(' '),
      { type: 'inlineCode', value: ' ' },
    ]);
    expect(parseInline('`unclosed')).to.deep.equal([text('`unclosed')]);
  });

  it('parses inline links with titles, nested markup and balanced parentheses', () => {
    expect(parseInline('[a **b**](https://x.y/(1) "T")')).to.deep.equal([
      { type: 'link', url: 'https://x.y/(1)', title: 'T', children: [text('a '), { type: 'strong', children: [text('b')] }] },
    ]);
    expect(parseInline('[a](<with space> \'t\')')).to.deep.equal([{ type: 'link', url: 'with space', title: 't', children: [text('a')] }]);
    expect(parseInline('[not a link] (x)')).to.deep.equal([text('[not a link] (x)')]);
    expect(parseInline('[ref][id]')).to.deep.equal([text('[ref][id]')]);
  });

  it('does not nest links in links', () => {
    expect(parseInline('[a [b](c) d](e)')).to.deep.equal([
      text('[a '),
      { type: 'link', url: 'c', title: null, children: [text('b')] },
      text(' d](e)'),
    ]);
  });

  it('parses images with plain-text alt', () => {
    expect(parseInline('![an *alt*](/i.png "t")')).to.deep.equal([{ type: 'image', url: '/i.png', title: 't', alt: 'an alt' }]);
  });

  it('parses autolinks and bare URLs, trimming trailing punctuation', () => {
    expect(parseInline('<https://a.b/c> <me@x.org>')).to.deep.equal([
      { type: 'link', url: 'https://a.b/c', title: null, children: [text('https://a.b/c')] },
      text(' '),
      { type: 'link', url: 'mailto:me@x.org', title: null, children: [text('me@x.org')] },
    ]);
    expect(parseInline('See https://a.b/c_d. Or (www.x.org).')).to.deep.equal([
      text('See '),
      { type: 'link', url: 'https://a.b/c_d', title: null, children: [text('https://a.b/c_d')] },
      text('. Or ('),
      { type: 'link', url: 'http://www.x.org', title: null, children: [text('www.x.org')] },
      text(').'),
    ]);
    expect(parseInline('[https://a.b](https://c.d)')).to.deep.equal([
      { type: 'link', url: 'https://c.d', title: null, children: [text('https://a.b')] },
    ]);
  });

  it('parses hard breaks (two spaces or a backslash) and soft breaks', () => {
    expect(parseInline('a  \nb\\\nc\nd')).to.deep.equal([text('a'), { type: 'break' }, text('b'), { type: 'break' }, text('c\nd')]);
  });

  it('handles backslash escapes and entities', () => {
    expect(parseInline('\\*not\\* \\[x\\] \\a &amp; &copy; &#65; &#x42; &bogus;')).to.deep.equal([
      text('*not* [x] \\a & © A B &bogus;'),
    ]);
  });

  it('keeps HTML-looking and template-looking text literal', () => {
    expect(parseInline('<img src=x onerror=alert(1)> {{x}} ${y}')).to.deep.equal([text('<img src=x onerror=alert(1)> {{x}} ${y}')]);
  });
});

describe('robustness', () => {
  it('never throws, on random and pathological input', () => {
    const pieces = ['*', '_', '~~', '`', '[', ']', '(', ')', '!', '<', '>', '\\', '&', '# ', '- ', '1. ', '|', '$$', ' ', '\t', '\n', 'a', '```', '> ', '[ ] ', '\r', '\0'];
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      let md = '';
      for (let j = random() * 60; j > 0; j--) md += pieces[Math.floor(random() * pieces.length)] ?? '';
      expect(() => parseMarkdown(md), JSON.stringify(md)).not.to.throw();
    }
    for (const md of ['*a '.repeat(5000) + 'b* '.repeat(5000), '['.repeat(20000), '>'.repeat(20000) + ' deep', '`'.repeat(20000), '*'.repeat(20000) + 'x' + '*'.repeat(20000)]) {
      expect(() => parseMarkdown(md)).not.to.throw();
    }
  });

  it('bounds nesting depth, keeping the text', () => {
    const [quote] = parseMarkdown(`${'> '.repeat(100)}deep`);
    let depth = 0;
    let block: MarkdownBlock | undefined = quote;
    while (block?.type === 'blockquote') {
      depth++;
      block = block.children[0];
    }
    expect(depth).to.be.within(2, 20);
    expect(JSON.stringify(block)).to.contain('deep');
  });
});
