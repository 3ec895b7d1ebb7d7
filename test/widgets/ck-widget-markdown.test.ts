import { expect } from '@open-wc/testing';
import { IncrementalMarkdown, type MarkdownBlock } from '../../src/markdown/index.js';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { cssOf, mountInCard, q, qa, settleWidget, widgetItem } from './helpers.js';

async function markdown(props: Record<string, unknown>) {
  const item = await mountInCard({ type: 'Markdown', value: '', ...props });
  return { item, el: q(item, 'ck-widget-markdown') };
}

async function update(item: CkWidgetItem, node: Record<string, unknown>): Promise<void> {
  item.item = widgetItem({ type: 'Card', children: [node] });
  await settleWidget(item);
}

describe('ck-widget-markdown', () => {
  it('renders Markdown: emphasis, lists, code and links', async () => {
    const { el } = await markdown({
      value: 'Some **bold** and `code`.\n\n1. first\n2. second\n\n[Docs](https://example.com/docs)',
    });
    expect(el.querySelector('strong')?.textContent).to.equal('bold');
    expect(el.querySelector('code')?.textContent).to.equal('code');
    expect([...el.querySelectorAll('ol > li')].map((li) => li.textContent.trim())).to.deep.equal(['first', 'second']);
    const link = el.querySelector('a')!;
    expect(link.textContent).to.equal('Docs');
    expect(link.getAttribute('href')).to.equal('https://example.com/docs');
  });

  it('keeps raw HTML as text and drops unsafe link targets', async () => {
    const { el } = await markdown({
      value: '<script>window.pwned = 1</script> <img src=x onerror="window.pwned=1">\n\n[click](javascript:alert(1))',
    });
    expect(el.querySelector('script, img, iframe') === null, 'no script, img or iframe element').to.equal(true);
    expect(el.textContent).to.contain('<script>');
    expect(el.textContent).to.contain('<img src=x');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.to.match(/javascript/i);
  });

  it('sits on the widget body text size', async () => {
    const { el } = await markdown({ value: 'Plain' });
    const body = q(await mountInCard({ type: 'Text', value: 'x' }), 'ck-widget-text');
    expect(cssOf(el, 'font-size')).to.equal(cssOf(body, 'font-size'));
  });

  it('keeps the DOM of finished blocks while a stream grows the value', async () => {
    const { item, el } = await markdown({ id: 'md', value: 'First paragraph.\n\nSecond', streaming: true });
    const first = el.querySelector('p')!;
    expect(first.textContent).to.equal('First paragraph.');

    await update(item, { type: 'Markdown', id: 'md', value: 'First paragraph.\n\nSecond paragraph, **grown**.\n\n- a', streaming: true });
    expect(q(item, 'ck-widget-markdown') === el, 'the same element').to.equal(true);
    expect(el.querySelector('p') === first, 'the first paragraph kept its DOM').to.equal(true);
    expect(el.querySelector('strong')?.textContent).to.equal('grown');
    expect(qa(item, 'ck-widget-markdown li')).to.have.length(1);
  });

  it('parses a growing value incrementally with one parser, re-using finished blocks', async () => {
    const calls: { parser: IncrementalMarkdown; blocks: MarkdownBlock[] }[] = [];
    const original = IncrementalMarkdown.prototype.update;
    IncrementalMarkdown.prototype.update = function (this: IncrementalMarkdown, text: string) {
      const blocks = original.call(this, text);
      calls.push({ parser: this, blocks });
      return blocks;
    };
    try {
      const { item } = await markdown({ id: 'md', value: 'Done block.\n\nTail', streaming: true });
      await update(item, { type: 'Markdown', id: 'md', value: 'Done block.\n\nTail grows', streaming: true });
      await update(item, { type: 'Markdown', id: 'md', value: 'Done block.\n\nTail grows more', streaming: true });
      expect(calls.length).to.be.at.least(3);
      expect(new Set(calls.map((c) => c.parser)).size).to.equal(1);
      const firstBlocks = new Set(calls.map((c) => c.blocks[0]));
      expect(firstBlocks.size).to.equal(1);
    } finally {
      IncrementalMarkdown.prototype.update = original;
    }
  });

  it('shows a caret after the last block while streaming, and none after', async () => {
    const { item, el } = await markdown({ id: 'md', value: 'One\n\nTwo', streaming: true });
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const last = () => el.querySelector('.ck-markdown')!.lastElementChild!;
    expect(getComputedStyle(last(), '::after').content).not.to.equal('none');
    expect(getComputedStyle(el.querySelector('p')!, '::after').content).to.equal('none');

    await update(item, { type: 'Markdown', id: 'md', value: 'One\n\nTwo three', streaming: false });
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(getComputedStyle(last(), '::after').content).to.equal('none');
    expect(last().textContent).to.equal('Two three');
  });

  it('re-renders a value that was replaced rather than extended', async () => {
    const { item, el } = await markdown({ value: '# Old' });
    await update(item, { type: 'Markdown', value: 'New *text*' });
    expect(el.textContent.trim()).to.equal('New text');
    expect(el.querySelector('em')?.textContent).to.equal('text');
  });
});
