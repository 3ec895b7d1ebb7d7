import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { IncrementalMarkdown, markdown, renderMarkdown } from '../../src/markdown/index.js';
import { XSS_VECTORS } from '../security/vectors.js';

declare global {
  interface Window {
    __xss: number;
    __xssTrap: () => void;
  }
}

// Every payload calls __xssTrap() (or alert) if it ever runs; the corpus is shared with the
// whole-element test in test/security/xss-corpus.test.ts.
const VECTORS = XSS_VECTORS;

// The renderer's own Copy button on code blocks is the only button allowed; nothing from the text can make one.
const FORBIDDEN_TAGS = 'script, iframe, object, embed, style, svg, math, form, base, meta, link, button:not(.md-code-copy), textarea, select, frame, frameset';
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];

function assertInert(root: Element, vector: string): void {
  expect(root.querySelectorAll(FORBIDDEN_TAGS), vector).to.have.length(0);
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of el.attributes) {
      expect(attr.name.toLowerCase().startsWith('on'), `${vector}: <${el.localName} ${attr.name}>`).to.equal(false);
      if (URL_ATTRIBUTES.includes(attr.name.toLowerCase())) {
        // Compare as the URL parser would: without whitespace and control characters. Base64
        // SVG may be an <img> source (script in an image document never runs; the trap proves it).
        // eslint-disable-next-line no-control-regex
        expect(attr.value.replace(/[\s\u0000-\u001f]/g, ''), `${vector}: ${attr.name}`).not.to.match(/^(?:javascript|vbscript|data:(?!image\/(?:png|jpeg|gif|webp|avif|svg\+xml);base64,))/i);
      }
    }
    if (el instanceof HTMLAnchorElement) {
      expect(['https:', 'http:', 'mailto:', 'chatkit-link:'], `${vector}: ${el.href}`).to.include(el.protocol);
    }
    if (el instanceof HTMLImageElement) {
      expect(['https:', 'http:', 'data:'], `${vector}: ${el.src}`).to.include(new URL(el.src).protocol);
    }
  }
}

async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('Markdown rendering is inert', () => {
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  let host: HTMLElement;

  beforeEach(() => {
    window.__xss = 0;
    window.__xssTrap = () => {
      window.__xss++;
    };
    window.alert = () => {
      window.__xss++;
    };
    window.confirm = () => {
      window.__xss++;
      return false;
    };
    window.prompt = () => {
      window.__xss++;
      return null;
    };
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    Object.assign(window, originals);
    host.remove();
  });

  // One render per vector, each in its own host, then one wait for whatever could fire (image
  // errors, focus, animations): a hundred separate waits would make the suite slow.
  const GROUP = 40;
  for (let start = 0; start < VECTORS.length; start += GROUP) {
    const group = VECTORS.slice(start, start + GROUP);
    it(`vectors ${start + 1}–${start + group.length} of ${VECTORS.length} render inert, one at a time`, async () => {
      const hosts = group.map((vector) => {
        const one = document.createElement('div');
        host.append(one);
        render(markdown(vector), one);
        return one;
      });
      await settle();
      group.forEach((vector, i) => {
        assertInert(hosts[i]!, vector);
      });
      expect(window.__xss).to.equal(0);
    });
  }

  it('shows the raw HTML as visible text', () => {
    render(markdown('<script>__xssTrap()</script> and <b>bold?</b>'), host);
    expect(host.textContent.trim()).to.equal('<script>__xssTrap()</script> and <b>bold?</b>');
    expect(host.querySelector('b')).to.equal(null);
  });

  it('stays inert when every vector is streamed together a character at a time', async () => {
    const doc = VECTORS.join('\n\n');
    const md = new IncrementalMarkdown();
    for (let i = 1; i <= doc.length; i += 29) render(renderMarkdown(md.update(doc.slice(0, i))), host);
    render(renderMarkdown(md.update(doc)), host);
    await settle();
    assertInert(host, 'streamed');
    expect(window.__xss).to.equal(0);
    // Something was rendered, and streaming kept exactly the links a one-shot render keeps: the safe ones.
    const streamed = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const once = document.createElement('div');
    render(markdown(doc), once);
    expect(streamed).to.deep.equal([...once.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    expect(streamed).to.include.members(['https://example.com', 'chatkit-link://open"onclick="__xssTrap()']);
  });
});
