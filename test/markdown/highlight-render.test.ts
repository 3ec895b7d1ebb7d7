import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { loadHighlighter, setHighlighterLoader, type Highlighter } from '../../src/markdown/highlight/lazy.js';
import { TOKEN_KINDS } from '../../src/markdown/highlight/types.js';
import { IncrementalMarkdown, markdown, markdownStyles, parseMarkdown, renderMarkdown } from '../../src/markdown/index.js';
import { COLOR_DEFAULTS } from '../../src/styles/tokens.js';

const hosts: HTMLElement[] = [];

function mount(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  return host;
}

function codeOf(root: ParentNode): HTMLElement {
  const found = root.querySelectorAll<HTMLElement>('pre > code');
  expect(found).to.have.length(1);
  return found[0]!;
}

/** Kind → texts of the highlighted spans in `code`. */
function spans(code: Element): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const span of code.querySelectorAll('span')) (out[span.className] ??= []).push(span.textContent);
  return out;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => { resolve(); }));

/** The real chunk, with every call counted. */
function countingLoader(): { calls: string[]; loads: () => number; load: () => Promise<Highlighter> } {
  const calls: string[] = [];
  let loads = 0;
  return {
    calls,
    loads: () => loads,
    load: async () => {
      loads++;
      const chunk = await import('../../src/markdown/highlight/highlight.js');
      return {
        highlight: (code, language) => {
          calls.push(code);
          return chunk.highlight(code, language);
        },
      };
    },
  };
}

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
  setHighlighterLoader(null);
});

describe('code blocks: lazy highlighting', () => {
  it('shows plain text first, then highlighted spans once the chunk has loaded', async () => {
    const source = 'const answer = "forty-two"; // the answer\nreturn answer;';
    const host = mount();
    render(markdown('```js\n' + source + '\n```'), host);

    const code = codeOf(host);
    expect(code.children, 'before the chunk').to.have.length(0);
    expect(code.textContent).to.equal(source);

    await loadHighlighter();
    expect(codeOf(host)).to.equal(code);
    const kinds = spans(code);
    expect(kinds['tok-keyword']).to.deep.equal(['const', 'return']);
    expect(kinds['tok-string']).to.deep.equal(['"forty-two"']);
    expect(kinds['tok-comment']).to.deep.equal(['// the answer']);
    expect(code.textContent).to.equal(source);
    expect(code.className).to.equal('language-js');
  });

  it('renders hostile code as text, never as elements', async () => {
    const trap = window.alert;
    let alerts = 0;
    window.alert = () => {
      alerts++;
    };
    try {
      const source = '<img src=x onerror=alert(1)>\n</code></pre><script>alert(1)</script>\n<svg onload=alert(1)>';
      await loadHighlighter();
      for (const lang of ['html', 'js', 'xml', 'svg', 'nolang']) {
        const host = mount();
        render(markdown('```' + lang + '\n' + source + '\n```'), host);
        await nextFrame();
        expect(host.querySelectorAll('img, script, svg'), lang).to.have.length(0);
        const code = codeOf(host);
        expect(code.textContent, lang).to.equal(source);
        for (const el of code.querySelectorAll('*')) {
          expect(el.localName, lang).to.equal('span');
          expect([...el.attributes].map((a) => a.name), lang).to.deep.equal(['class']);
        }
      }
      expect(alerts).to.equal(0);
      // The markup was highlighted (as text): its tag names are tag tokens.
      const host = mount();
      render(markdown('```html\n' + source + '\n```'), host);
      expect(spans(codeOf(host))['tok-tag']).to.include('img');
    } finally {
      window.alert = trap;
    }
  });

  it('leaves unknown languages and unlabelled blocks plain, without loading the chunk', async () => {
    const counting = countingLoader();
    setHighlighterLoader(counting.load);
    const host = mount();
    render(markdown('```brainfuck\n+[-->+<]>.\n```\n\n```\nif (x) return 1;\n```'), host);
    await nextFrame();
    const codes = [...host.querySelectorAll('pre > code')];
    expect(codes.map((code) => code.children.length)).to.deep.equal([0, 0]);
    expect(codes.map((code) => code.textContent)).to.deep.equal(['+[-->+<]>.', 'if (x) return 1;']);
    expect(codes[0]!.className).to.equal('language-brainfuck');
    expect(counting.loads()).to.equal(0);
  });

  it('keeps a streaming (open) block plain and highlights it once its fence closes', async () => {
    await loadHighlighter();
    const host = mount();
    const md = new IncrementalMarkdown();
    render(renderMarkdown(md.update('```py\nprint("hi")\n')), host);
    expect(host.querySelector('pre')!.classList.contains('md-open')).to.equal(true);
    expect(codeOf(host).children).to.have.length(0);

    render(renderMarkdown(md.update('```py\nprint("hi")\n```\n')), host);
    expect(host.querySelector('pre')!.classList.contains('md-open')).to.equal(false);
    expect(spans(codeOf(host))['tok-string']).to.deep.equal(['"hi"']);
  });

  it('tokenizes each closed block once across a stream, re-renders and other containers', async () => {
    const counting = countingLoader();
    setHighlighterLoader(counting.load);
    await loadHighlighter();
    const text = 'Intro\n\n```ts\nconst a: number = 1;\n```\n\nMiddle text\n\n```bash\necho "$HOME"\n```\n\nThe end, streaming on and on.';
    const md = new IncrementalMarkdown();
    const host = mount();
    for (let i = 1; i <= text.length; i++) render(renderMarkdown(md.update(text.slice(0, i))), host);
    // Re-render the finished blocks, here and in a second container.
    render(renderMarkdown(md.blocks), host);
    const other = mount();
    render(renderMarkdown(md.blocks), other);

    expect(counting.calls).to.deep.equal(['const a: number = 1;', 'echo "$HOME"']);
    for (const root of [host, other]) {
      const codes = [...root.querySelectorAll('pre > code')];
      expect(codes.map((code) => code.querySelector('.tok-keyword, .tok-function')?.textContent)).to.deep.equal(['const', 'echo']);
    }
  });

  it('highlights blocks that were rendered while the chunk was loading, everywhere they are shown', async () => {
    const counting = countingLoader();
    setHighlighterLoader(counting.load);
    const blocks = parseMarkdown('```go\nfunc main() {}\n```');
    const a = mount();
    const b = mount();
    render(renderMarkdown(blocks), a);
    render(renderMarkdown(blocks), b);
    expect([codeOf(a).children.length, codeOf(b).children.length]).to.deep.equal([0, 0]);
    await loadHighlighter();
    expect(spans(codeOf(a))['tok-keyword']).to.deep.equal(['func']);
    expect(spans(codeOf(b))['tok-keyword']).to.deep.equal(['func']);
    expect(counting.loads()).to.equal(1);
    expect(counting.calls).to.have.length(1);
  });

  it('stays plain when the chunk cannot load, and retries with the next block', async () => {
    let attempts = 0;
    setHighlighterLoader(() => {
      attempts++;
      return Promise.reject(new Error('offline'));
    });
    const host = mount();
    render(markdown('```js\nlet a = 1;\n```'), host);
    await loadHighlighter().catch(() => undefined);
    await nextFrame();
    expect(codeOf(host).children).to.have.length(0);
    expect(codeOf(host).textContent).to.equal('let a = 1;');
    render(markdown('```js\nlet b = 2;\n```'), mount());
    expect(attempts).to.equal(2);
  });
});

describe('code blocks: header', () => {
  const clipboard = navigator.clipboard;
  let written: string[] = [];
  let refuse = false;

  beforeEach(() => {
    written = [];
    refuse = false;
    Object.defineProperty(clipboard, 'writeText', {
      configurable: true,
      value: (text: string) => (refuse ? Promise.reject(new Error('denied')) : (written.push(text), Promise.resolve())),
    });
  });

  afterEach(() => {
    delete (clipboard as { writeText?: unknown }).writeText;
  });

  /** The label the user sees on the Copy button. */
  const visibleLabel = (button: HTMLButtonElement): string =>
    [...button.querySelectorAll<HTMLElement>('[data-label]')].filter((label) => !label.hidden).map((label) => label.textContent).join('');

  it('shows the language and copies the exact code', async () => {
    const source = 'fn main() {\n    println!("<b>&amp;</b>");\n}';
    const host = mount();
    render(markdown('```rust\n' + source + '\n```'), host);
    expect(host.querySelector('.md-code-lang')?.textContent).to.equal('rust');
    const button = host.querySelector<HTMLButtonElement>('button.md-code-copy')!;
    expect(button.type).to.equal('button');
    expect(visibleLabel(button)).to.equal('Copy');

    button.click();
    await nextFrame();
    expect(written).to.deep.equal([source]);
    expect(visibleLabel(button)).to.equal('Copied');
  });

  it('says so when the clipboard refuses', async () => {
    refuse = true;
    const host = mount();
    render(markdown('```\nplain\n```'), host);
    expect(host.querySelector('.md-code-lang')).to.equal(null);
    const button = host.querySelector<HTMLButtonElement>('button.md-code-copy')!;
    button.click();
    await nextFrame();
    expect(visibleLabel(button)).to.equal('Copy failed');
  });

  it('takes its words from the strings option', () => {
    const host = mount();
    render(renderMarkdown(parseMarkdown('```js\n1\n```'), { strings: { copyCode: 'Copier', codeCopied: 'Copié' } }), host);
    const button = host.querySelector<HTMLButtonElement>('button.md-code-copy')!;
    expect(visibleLabel(button)).to.equal('Copier');
    expect(button.querySelector('[data-label="copied"]')?.textContent).to.equal('Copié');
    expect(button.querySelector('[data-label="failed"]')?.textContent).to.equal('Copy failed');
  });
});

// --- colours ---

type Rgb = readonly [number, number, number];

/** A computed `rgb()`/`rgba()` colour composited over `under`. */
function parseRgb(value: string, under: Rgb = [255, 255, 255]): Rgb {
  const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)];
}

/** A `#rrggbb` token default. */
function hex(value: string): Rgb {
  const n = Number.parseInt(value.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number): number => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A shadow root styled by markdownStyles with chat-kit's default tokens of `scheme`. */
function styledRoot(scheme: 'light' | 'dark'): ShadowRoot {
  const host = mount();
  const colors = COLOR_DEFAULTS[scheme];
  host.style.cssText = `color-scheme: ${scheme}; color: ${colors.text}; background: ${colors.background};
    --ck-color-surface-secondary: ${colors['surface-secondary']}; --ck-color-text: ${colors.text};
    --ck-color-text-secondary: ${colors['text-secondary']}; --ck-color-border: ${colors.border};`;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [markdownStyles.styleSheet!];
  return root;
}

/** A styled code block holding one span per token kind. */
function styledBlock(scheme: 'light' | 'dark'): { root: ShadowRoot; block: HTMLElement } {
  const root = styledRoot(scheme);
  // No language: nothing will re-render this code while the spans are swapped in.
  render(markdown('```\nx\n```'), root);
  root.querySelector('code')!.replaceChildren(
    ...TOKEN_KINDS.map((kind) => {
      const span = document.createElement('span');
      span.className = `tok-${kind}`;
      span.textContent = kind;
      return span;
    }),
  );
  return { root, block: root.querySelector<HTMLElement>('.md-code-block')! };
}

describe('code blocks: colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`gives every token kind ≥ 4.5:1 on the code background (${scheme})`, () => {
      const { root, block } = styledBlock(scheme);
      const background = parseRgb(getComputedStyle(block).backgroundColor, hex(COLOR_DEFAULTS[scheme].background));
      expect(background).to.deep.equal(hex(COLOR_DEFAULTS[scheme]['surface-secondary']));
      const seen = new Set<string>();
      for (const span of root.querySelectorAll('code span')) {
        const color = getComputedStyle(span).color;
        seen.add(color);
        expect(contrast(parseRgb(color, background), background), `${scheme} ${span.className} ${color}`).to.be.at.least(4.5);
      }
      // Token kinds really are coloured differently (not all the inherited text colour).
      expect(seen.size).to.be.at.least(7);
      const label = root.querySelector('.md-code-header')!;
      expect(contrast(parseRgb(getComputedStyle(label).color, background), background)).to.be.at.least(4.5);
    });
  }

  it('lets page CSS set each token colour', () => {
    const { root } = styledBlock('dark');
    (root.host as HTMLElement).style.setProperty('--ck-code-keyword', 'rgb(1, 2, 3)');
    (root.host as HTMLElement).style.setProperty('--ck-code-deleted', 'rgb(4, 5, 6)');
    expect(getComputedStyle(root.querySelector('.tok-keyword')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(root.querySelector('.tok-deleted')!).color).to.equal('rgb(4, 5, 6)');
  });

  it('is accessible (axe, including colour contrast) once highlighted, in both schemes', async () => {
    await loadHighlighter();
    for (const scheme of ['light', 'dark'] as const) {
      const root = styledRoot(scheme);
      render(markdown('```ts\n// comment\nexport const a: number = Math.max(1, 2) + "s".length;\n```'), root);
      expect(root.querySelectorAll('code span').length).to.be.greaterThan(5);
      await expect(root.host).to.be.accessible();
    }
  });
});
