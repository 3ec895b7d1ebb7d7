import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { IncrementalMarkdown, markdown, parseMarkdown, renderMarkdown } from '../../src/markdown/index.js';

/** A long answer with every construct, repeated until it reaches `size` characters. */
function longAnswer(size: number): { text: string; sections: number } {
  const sentence = 'The **quick** brown fox _jumps_ over the `lazy` dog; see [the docs](https://example.com/docs?a=1) or https://example.org/x. ';
  let text = '';
  let sections = 0;
  while (text.length < size) {
    sections++;
    text +=
      `## Section ${sections}\n\n${sentence.repeat(3)}\n\n` +
      `- first point with *emphasis*\n- second point\n  - nested ~~old~~ detail\n- [x] checked task\n\n` +
      `1. step one\n2. step two\n\n` +
      `\`\`\`ts\nconst value${sections} = ${sections};\n\nfunction double() {\n  return value${sections} * 2;\n}\n\`\`\`\n\n` +
      `| key | value |\n|:--|--:|\n| id | ${sections} |\n| name | **n${sections}** |\n\n` +
      `> A quote about ${sections}\n> on two lines\n\n$$\nx_{${sections}} = y^2\n$$\n\n---\n\n`;
  }
  return { text, sections };
}

/** The DOM as markup without Lit's comment markers. */
function markup(el: Element): string {
  return el.innerHTML.replace(/<!--[^]*?-->/g, '');
}

describe('streaming a long answer', () => {
  it('renders a 100 KB answer streamed as 20,000 deltas exactly like a one-shot render', function () {
    this.timeout(120_000);
    const { text, sections } = longAnswer(100_000);
    expect(text.length).to.be.at.least(100_000);
    const deltas = 20_000;

    const streamed = document.createElement('div');
    const md = new IncrementalMarkdown();
    let count = 0;
    for (let i = 0; i < deltas; i++) {
      // Uneven deltas (5 or 6 characters) with boundaries anywhere, as a model would send.
      const blocks = md.append(text.slice(Math.round((i * text.length) / deltas), Math.round(((i + 1) * text.length) / deltas)));
      count++;
      // A renderer paints once per frame, not per delta: render every 25th update.
      if (count % 25 === 0) render(renderMarkdown(blocks), streamed);
    }
    render(renderMarkdown(md.blocks), streamed);
    expect(count).to.equal(deltas);
    expect(md.text).to.equal(text);
    expect(md.blocks).to.deep.equal(parseMarkdown(text));

    const oneShot = document.createElement('div');
    render(markdown(text), oneShot);
    expect(markup(streamed)).to.equal(markup(oneShot));

    expect(streamed.querySelectorAll('[role="heading"]')).to.have.length(sections);
    expect(streamed.querySelectorAll('pre.md-code > code.language-ts')).to.have.length(sections);
    expect(streamed.querySelectorAll('pre.md-open')).to.have.length(0);
    expect(streamed.querySelectorAll('table tbody tr')).to.have.length(2 * sections);
    expect(streamed.querySelectorAll('input[type="checkbox"]:checked')).to.have.length(sections);
    expect(streamed.querySelectorAll('a[target="_blank"]')).to.have.length(6 * sections);
    expect(streamed.querySelectorAll('hr')).to.have.length(sections);
    const lastCode = [...streamed.querySelectorAll('pre.md-code code')].at(-1);
    expect(lastCode?.textContent).to.equal(`const value${sections} = ${sections};\n\nfunction double() {\n  return value${sections} * 2;\n}`);
  });

  it('streams one long code block and one long list without losing text', function () {
    this.timeout(60_000);
    const code = '```py\n' + Array.from({ length: 2000 }, (_, i) => `print(${i})  # line ${i}`).join('\n') + '\n```\n';
    const list = Array.from({ length: 1000 }, (_, i) => `${i + 1}. item ${i + 1} with [link](/x/${i})`).join('\n');
    const text = code + '\n' + list;
    const md = new IncrementalMarkdown();
    for (let at = 0; at < text.length; at += 7) md.update(text.slice(0, at + 7));
    const host = document.createElement('div');
    render(renderMarkdown(md.blocks), host);
    expect(host.querySelector('pre code')?.textContent.split('\n')).to.have.length(2000);
    const items = host.querySelectorAll('ol > li');
    expect(items).to.have.length(1000);
    expect(items[999]?.textContent).to.equal('item 1000 with link');
    expect(items[999]?.querySelector('a')?.getAttribute('href')).to.equal('/x/999');
  });
});

describe('re-rendering a growing answer', () => {
  it('keeps the DOM of finished blocks (in every group) and only grows the open tail', () => {
    const host = document.createElement('div');
    const md = new IncrementalMarkdown();
    // Far more blocks than one guarded group, so several groups are finished.
    let text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} of the answer.`).join('\n\n');
    render(renderMarkdown(md.update(text)), host);
    const root = host.querySelector('.ck-markdown')!;
    const before = [...root.children];
    expect(before).to.have.length(50);

    text += ' More words';
    render(renderMarkdown(md.update(text)), host);
    const after = [...root.children];
    expect(after).to.have.length(50);
    // Same elements, not re-created ones; the tail block grew in place or was replaced.
    for (let i = 0; i < 49; i++) expect(after[i], `block ${i}`).to.equal(before[i]);
    expect(after[49]?.textContent).to.equal('Paragraph 49 of the answer. More words');

    text += '\n\nA new last paragraph';
    render(renderMarkdown(md.update(text)), host);
    const grown = [...root.children];
    expect(grown).to.have.length(51);
    for (let i = 0; i < 49; i++) expect(grown[i], `block ${i}`).to.equal(before[i]);
    // Blocks stay direct children of .ck-markdown (no wrappers), so its styles still apply.
    expect(grown.every((child) => child.tagName === 'P')).to.equal(true);
    expect(markup(root)).to.equal(markup(renderOnce(text)));
  });
});

function renderOnce(text: string): Element {
  const host = document.createElement('div');
  render(markdown(text), host);
  return host.querySelector('.ck-markdown')!;
}
