import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { MarkdownLinkClick, RenderMarkdownOptions } from '../../src/markdown/index.js';
import { IncrementalMarkdown, markdown, markdownStyles, parseMarkdown, renderMarkdown } from '../../src/markdown/index.js';

const hosts: HTMLElement[] = [];

function show(md: string, options?: RenderMarkdownOptions): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(markdown(md, options), host);
  const root = host.querySelector<HTMLElement>('.ck-markdown');
  expect(root).to.exist;
  return root!;
}

function one(root: ParentNode, selector: string): HTMLElement {
  const found = root.querySelectorAll<HTMLElement>(selector);
  expect(found, selector).to.have.length(1);
  return found[0]!;
}

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

describe('renderMarkdown', () => {
  it('renders paragraphs with inline markup', () => {
    const root = show('Some **bold**, *em*, ~~gone~~ and `x < y`.\nNext line  \nafter break');
    const p = one(root, 'p');
    expect(one(p, 'strong').textContent).to.equal('bold');
    expect(one(p, 'em').textContent).to.equal('em');
    expect(one(p, 'del').textContent).to.equal('gone');
    expect(one(p, 'code').textContent).to.equal('x < y');
    expect(p.querySelectorAll('br')).to.have.length(1);
    // The soft break stays a newline (rendered as a space); the hard break is the <br>.
    expect(p.textContent).to.equal('Some bold, em, gone and x < y.\nNext lineafter break');
  });

  it('renders headings as role="heading" with an offset aria-level, not <h1>–<h6>', () => {
    const root = show('# One\n\n### Three\n\n###### Six');
    expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(0);
    const headings = [...root.querySelectorAll('[role="heading"]')];
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '5', '6']);
    expect(headings.map((h) => h.textContent)).to.deep.equal(['One', 'Three', 'Six']);
    expect(headings[0]!.classList.contains('md-h1')).to.equal(true);
    const flat = show('# One', { headingLevelOffset: 0 });
    expect(one(flat, '[role="heading"]').getAttribute('aria-level')).to.equal('1');
  });

  it('renders rules and nested block quotes', () => {
    const root = show('> outer\n> > inner\n\n---');
    const outer = one(root, ':scope > blockquote');
    expect(one(outer, 'blockquote').textContent.trim()).to.equal('inner');
    expect(root.querySelectorAll('hr')).to.have.length(1);
  });

  it('renders tight lists without <p> and loose lists with <p>', () => {
    const tight = show('- a\n- b\n  - nested');
    const ul = one(tight, ':scope > ul');
    expect(ul.querySelectorAll(':scope > li')).to.have.length(2);
    expect(ul.querySelectorAll('p')).to.have.length(0);
    expect(one(ul, ':scope > li > ul > li').textContent.trim()).to.equal('nested');
    const loose = show('- a\n\n- b');
    expect(loose.querySelectorAll('li > p')).to.have.length(2);
  });

  it('renders ordered lists with a start attribute only when it is not 1', () => {
    expect(one(show('3. c\n4. d'), 'ol').getAttribute('start')).to.equal('3');
    expect(one(show('1. a\n2. b'), 'ol').hasAttribute('start')).to.equal(false);
  });

  it('renders task items as disabled checkboxes inside a label', () => {
    const root = show('- [ ] todo\n- [x] done *now*');
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, true]);
    expect(boxes.every((b) => b.disabled)).to.equal(true);
    const labels = [...root.querySelectorAll('label')];
    expect(labels.map((l) => l.textContent.trim())).to.deep.equal(['todo', 'done now']);
    expect(labels[1]!.contains(boxes[1]!)).to.equal(true);
    expect(one(root, 'ul').classList.contains('md-task-list')).to.equal(true);
  });

  it('renders code blocks as text in <pre><code class="language-x">', () => {
    const root = show('```ts\nconst a = "<b>" && 1;\n```');
    const code = one(root, 'pre > code');
    expect(code.className).to.equal('language-ts');
    expect(code.textContent).to.equal('const a = "<b>" && 1;');
    expect(code.children).to.have.length(0);
    expect(one(root, 'pre').classList.contains('md-open')).to.equal(false);
    expect(one(show('```\nstill streaming'), 'pre').classList.contains('md-open')).to.equal(true);
    expect(one(show('```\nplain\n```'), 'pre > code').hasAttribute('class')).to.equal(false);
  });

  it('keeps only a plain token of the language in the class', () => {
    const code = one(show('```c++" onclick="x\nint a;\n```'), 'pre > code');
    expect(code.className).to.equal('language-c++');
    expect(code.hasAttribute('onclick')).to.equal(false);
  });

  it('renders math blocks as code-styled text', () => {
    const pre = one(show('$$\n\\frac{a}{b}\n$$'), 'pre.md-math');
    expect(pre.textContent).to.equal('\\frac{a}{b}');
  });

  it('renders tables with a header, column scope, alignment classes and a scroll wrapper', () => {
    const root = show('| Name | Qty | Note |\n|:--|--:|:-:|\n| *apple* | 3 | ok |\n| pear |');
    const wrap = one(root, '.md-table-wrap');
    const table = one(wrap, 'table');
    const th = [...table.querySelectorAll('thead th')];
    expect(th.map((h) => h.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(th.map((h) => h.className)).to.deep.equal(['md-align-left', 'md-align-right', 'md-align-center']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).to.deep.equal([
      ['apple', '3', 'ok'],
      ['pear', '', ''],
    ]);
    expect(one(table, 'tbody em').textContent).to.equal('apple');
  });

  it('renders external links in a new tab with noopener noreferrer, relative and mailto links in place', () => {
    const root = show('[ext](https://example.com/a "Title") [rel](/docs) [frag](#x) [mail](mailto:a@b.c) <https://auto.link>');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/a', '/docs', '#x', 'mailto:a@b.c', 'https://auto.link']);
    expect(links.map((a) => a.getAttribute('target'))).to.deep.equal(['_blank', null, null, null, '_blank']);
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[0]!.getAttribute('title')).to.equal('Title');
    expect(links[1]!.hasAttribute('title')).to.equal(false);
  });

  it('renders chatkit-link:// links as deeplinks', () => {
    const a = one(show('[source](chatkit-link://source?id=7)'), 'a') as HTMLAnchorElement;
    expect(a.getAttribute('href')).to.equal('chatkit-link://source?id=7');
    expect(a.hasAttribute('data-deeplink')).to.equal(true);
    expect(a.hasAttribute('target')).to.equal(false);
  });

  it('renders a link with a refused URL as its text only', () => {
    const root = show('Click [here *now*](javascript:alert(1)) please');
    expect(root.querySelectorAll('a')).to.have.length(0);
    expect(root.textContent.replace(/\s+/g, ' ').trim()).to.equal('Click here now please');
    expect(one(root, '.md-link-blocked em').textContent).to.equal('now');
  });

  it('renders images lazily, and a refused image as its alt text', () => {
    const root = show('![A cat](https://img.example/cat.png "Cat") ![bad](javascript:alert(1)) ![svg](data:image/svg+xml,<svg/>)');
    const img = one(root, 'img') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('https://img.example/cat.png');
    expect(img.alt).to.equal('A cat');
    expect(img.title).to.equal('Cat');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect([...root.querySelectorAll('.md-image-blocked')].map((s) => s.textContent)).to.deep.equal(['bad', 'svg']);
  });

  it('calls onLink with the href and parsed deeplink, and stops deeplink navigation', () => {
    const clicks: MarkdownLinkClick[] = [];
    const root = show('[doc](chatkit-link://document?id=42&page=3) and [site](https://example.com)', {
      onLink: (click) => {
        clicks.push(click);
        click.event.preventDefault(); // keep the test page from opening a tab
      },
    });
    const [deeplink, site] = [...root.querySelectorAll('a')];
    const deeplinkClick = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    deeplink!.dispatchEvent(deeplinkClick);
    site!.querySelector('*')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    site!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicks.map((c) => c.href)).to.deep.equal(['chatkit-link://document?id=42&page=3', 'https://example.com']);
    expect(clicks[0]!.deeplink).to.deep.equal({ name: 'document', data: { id: '42', page: '3' } });
    expect(clicks[0]!.anchor).to.equal(deeplink);
    expect(clicks[1]!.deeplink).to.equal(null);
    expect(deeplinkClick.defaultPrevented).to.equal(true);
  });

  it('prevents deeplink navigation even without onLink, and ignores clicks outside links', () => {
    const root = show('[x](chatkit-link://open) text');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    one(root, 'a').dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    const plain = new MouseEvent('click', { bubbles: true, cancelable: true });
    root.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
  });

  it('keeps the DOM of finished blocks while a stream grows the tail', () => {
    const host = document.createElement('div');
    hosts.push(host);
    const md = new IncrementalMarkdown();
    render(renderMarkdown(md.update('# Title\n\nFirst paragraph.\n\nSecond')), host);
    const heading = one(host, '[role="heading"]');
    const first = host.querySelectorAll('p')[0]!;
    render(renderMarkdown(md.update('# Title\n\nFirst paragraph.\n\nSecond grows\n\n- item')), host);
    expect(one(host, '[role="heading"]')).to.equal(heading);
    expect(host.querySelectorAll('p')[0]).to.equal(first);
    expect([...host.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['First paragraph.', 'Second grows']);
    expect(one(host, 'li').textContent.trim()).to.equal('item');
  });

  it('updates a list that turns loose as it grows', () => {
    const host = document.createElement('div');
    hosts.push(host);
    const md = new IncrementalMarkdown();
    render(renderMarkdown(md.update('- a\n- b\n')), host);
    expect(host.querySelectorAll('li > p')).to.have.length(0);
    render(renderMarkdown(md.update('- a\n- b\n\n- c\n')), host);
    expect(host.querySelectorAll('li > p')).to.have.length(3);
  });

  it('renders the same blocks into two containers', () => {
    const blocks = parseMarkdown('# Shared\n\ntext');
    const a = document.createElement('div');
    const b = document.createElement('div');
    render(renderMarkdown(blocks), a);
    render(renderMarkdown(blocks), b);
    expect(a.textContent.replace(/\s+/g, ' ')).to.equal(b.textContent.replace(/\s+/g, ' '));
    expect(b.querySelector('[role="heading"]')?.textContent).to.equal('Shared');
  });

  it('is accessible (axe) for a document with every construct', async () => {
    const root = show(
      '# Title\n\nText with [a link](https://example.com) and `code`.\n\n- [x] done\n- [ ] todo\n\n1. one\n2. two\n\n> quote\n\n```js\nlet a;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![alt text](https://example.com/i.png)\n\n---',
    );
    await expect(root).to.be.accessible();
  });
});

describe('markdownStyles', () => {
  it('scrolls code and tables sideways, bounds images, and uses the mono font token', () => {
    const host = document.createElement('div');
    hosts.push(host);
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [markdownStyles.styleSheet!];
    host.style.setProperty('--ck-font-mono', 'Courier New');
    render(markdown('```\ncode\n```\n\n| a |\n|---|\n| 1 |\n\n![i](data:image/gif;base64,R0lGODlhAQABAAAAACw=)'), shadow);
    const pre = one(shadow, 'pre');
    expect(getComputedStyle(pre).overflowX).to.equal('auto');
    expect(getComputedStyle(one(shadow, 'pre code')).fontFamily).to.contain('Courier New');
    expect(getComputedStyle(one(shadow, '.md-table-wrap')).overflowX).to.equal('auto');
    expect(getComputedStyle(one(shadow, 'img')).maxWidth).to.equal('100%');
  });

  it('lays each top-level block out on its own, without clipping what overflows it (focus rings)', () => {
    const host = document.createElement('div');
    hosts.push(host);
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [markdownStyles.styleSheet!];
    render(markdown('# Title\n\nA [link](https://example.com).\n\n3. three\n4. four\n\n> quote\n\n```js\nx\n```\n\n| a |\n|---|\n| 1 |\n\n---'), shadow);
    const blocks = [...one(shadow, '.ck-markdown').children];
    expect(blocks).to.have.length(7);
    for (const block of blocks) expect(getComputedStyle(block).contain, block.className || block.localName).to.equal('layout');
    // Nested blocks are laid out with their parent.
    expect(getComputedStyle(shadow.querySelector('li')!).contain).to.equal('none');
    // The focus ring of a link at a block's edge is drawn outside the block, not clipped by it.
    const link = one(shadow, 'a');
    expect(getComputedStyle(link.closest('p')!).overflow).to.equal('visible');
    expect(one(shadow, 'ol').getAttribute('start')).to.equal('3');
  });
});
