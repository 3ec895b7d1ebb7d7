import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { IncrementalMarkdown, markdown, renderMarkdown } from '../../src/markdown/index.js';

declare global {
  interface Window {
    __xss: number;
    __xssTrap: () => void;
  }
}

// Every payload calls __xssTrap() (or alert) if it ever runs.
const VECTORS = [
  '<script>__xssTrap()</script>',
  'inline <script>__xssTrap()</script> script',
  '<img src=x onerror=__xssTrap()>',
  '<img src="x" onerror="__xssTrap()">',
  '<svg onload=__xssTrap()><script>__xssTrap()</script></svg>',
  '<iframe src="javascript:__xssTrap()"></iframe>',
  '<a href="javascript:__xssTrap()">raw anchor</a>',
  '<div style="background:url(javascript:__xssTrap())" onclick="__xssTrap()">div</div>',
  '<style>*{background:url(javascript:__xssTrap())}</style>',
  '<math><mi xlink:href="javascript:__xssTrap()">m</mi></math>',
  '<object data="javascript:__xssTrap()"></object><embed src="javascript:__xssTrap()">',
  '<form action="javascript:__xssTrap()"><button formaction="javascript:__xssTrap()">b</button></form>',
  '<base href="javascript:__xssTrap()//">',
  '<!-- <img src=x onerror=__xssTrap()> -->',
  '[x](javascript:__xssTrap())',
  '[x](JaVaScRiPt:__xssTrap())',
  '[x](javascript&colon;__xssTrap())',
  '[x](java&#x09;script:__xssTrap())',
  '[x](java&#9;script:__xssTrap())',
  '[x](&#106;avascript:__xssTrap())',
  '[x](%6Aavascript:__xssTrap())',
  '[x](<javascript:__xssTrap()>)',
  '[x]( javascript:__xssTrap())',
  '[x](vbscript:__xssTrap())',
  '[x](data:text/html;base64,PHNjcmlwdD5fX3hzc1RyYXAoKTwvc2NyaXB0Pg==)',
  '[x](data:text/html,<script>__xssTrap()</script>)',
  '<javascript:__xssTrap()>',
  '<JAVASCRIPT:__xssTrap()>',
  '![x](javascript:__xssTrap())',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9X194c3NUcmFwKCk+)',
  '![x](data:image/svg+xml,%3Csvg%20onload%3D__xssTrap()%3E)',
  '![x" onerror="__xssTrap()](x.png)',
  '[x](https://example.com "\\" onmouseover=\\"__xssTrap()")',
  '[<img src=x onerror=__xssTrap()>](https://example.com)',
  '[x](chatkit-link://open"onclick="__xssTrap())',
  '```"><img src=x onerror=__xssTrap()>\n<script>__xssTrap()</script>\n```',
  '| <script>__xssTrap()</script> | <img src=x onerror=__xssTrap()> |\n|---|---|\n| [x](javascript:__xssTrap()) | ![y](javascript:__xssTrap()) |',
  '- [x] <img src=x onerror=__xssTrap()>\n- <script>__xssTrap()</script>',
  '> <iframe srcdoc="<script>parent.__xssTrap()</script>"></iframe>',
  '$$\n</code></pre><script>__xssTrap()</script>\n$$',
  '`<script>__xssTrap()</script>`',
  '{{constructor.constructor("__xssTrap()")()}} ${__xssTrap()} <%= __xssTrap() %>',
  'javascript:__xssTrap() as bare text, and www.javascript:__xssTrap()',
  '&lt;script&gt;__xssTrap()&lt;/script&gt; &#60;img src=x onerror=__xssTrap()&#62;',
  '\\<script>__xssTrap()\\</script>',
  '# <img src=x onerror=__xssTrap()>',
];

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
  const originalAlert = window.alert;
  let host: HTMLElement;

  beforeEach(() => {
    window.__xss = 0;
    window.__xssTrap = () => {
      window.__xss++;
    };
    window.alert = () => {
      window.__xss++;
    };
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    window.alert = originalAlert;
    host.remove();
  });

  for (const vector of VECTORS) {
    it(JSON.stringify(vector), async () => {
      render(markdown(vector), host);
      await settle();
      assertInert(host, vector);
      expect(window.__xss, vector).to.equal(0);
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
    for (let i = 1; i <= doc.length; i += 3) render(renderMarkdown(md.update(doc.slice(0, i))), host);
    render(renderMarkdown(md.update(doc)), host);
    await settle();
    assertInert(host, 'streamed');
    expect(window.__xss).to.equal(0);
    // Something was rendered: the links that survived are only the safe ones.
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com',
      'https://example.com',
      'chatkit-link://open"onclick="__xssTrap()',
    ]);
  });
});
