import { expect } from '@open-wc/testing';
import { isDeeplink, parseDeeplink, safeUrl } from '../../src/security/url-policy.js';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('safeUrl', () => {
  describe('allows', () => {
    const allowedForBoth = [
      'https://example.com',
      'https://example.com/a/b?c=d#e',
      'HTTPS://EXAMPLE.COM/',
      'http://example.com:8080/x',
      'https://user@example.com/',
      'https://例え.jp/パス',
      '/absolute/path',
      './relative',
      '../up/one',
      'plain/relative.png',
      'file.txt',
      '?q=1',
      '#fragment',
      '//cdn.example.com/x.png',
    ];
    for (const url of allowedForBoth) {
      it(`${url} as a link and an image`, () => {
        expect(safeUrl(url, 'link')).to.equal(url);
        expect(safeUrl(url, 'image')).to.equal(url);
      });
    }

    it('mailto: and chatkit-link: for links only', () => {
      expect(safeUrl('mailto:someone@example.com', 'link')).to.equal('mailto:someone@example.com');
      expect(safeUrl('MailTo:someone@example.com?subject=hi', 'link')).to.equal('MailTo:someone@example.com?subject=hi');
      expect(safeUrl('chatkit-link://source?id=1', 'link')).to.equal('chatkit-link://source?id=1');
      expect(safeUrl('mailto:someone@example.com', 'image')).to.equal(null);
      expect(safeUrl('chatkit-link://source?id=1', 'image')).to.equal(null);
    });

    it('base64 raster data: URLs for images only', () => {
      for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif', 'PNG']) {
        const url = `data:image/${type};base64,AAAA`;
        expect(safeUrl(url, 'image'), type).to.equal(url);
        expect(safeUrl(url, 'link'), type).to.equal(null);
      }
      expect(safeUrl(PNG, 'image')).to.equal(PNG);
    });

    it('strips what the URL parser strips: edge controls and spaces, tabs and newlines anywhere', () => {
      expect(safeUrl('  https://example.com/  ', 'link')).to.equal('https://example.com/');
      expect(safeUrl('\u0001https://example.com/\u0000', 'link')).to.equal('https://example.com/');
      expect(safeUrl('https://exa\tmple.com/\na\rb', 'link')).to.equal('https://example.com/ab');
    });
  });

  describe('refuses', () => {
    const refused = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'javascript://comment%0Aalert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001\u0002javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'jav\u0000ascript:alert(1)',
      'java script:alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      '&#106;avascript:alert(1)',
      '%6Aavascript:alert(1)',
      'javascript%3Aalert(1)',
      'ｊavascript:alert(1)',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'file:///etc/passwd',
      'ftp://example.com/',
      'blob:https://example.com/uuid',
      'about:blank',
      'ws://example.com',
      'chrome://settings',
      'intent://x#Intent;end',
      'http:',
      'https://',
      '',
      '   ',
      '\\\\evil.example/x',
      'https://example.com/\u007f',
      'https://example.com/\u0085',
    ];
    for (const url of refused) {
      it(JSON.stringify(url), () => {
        expect(safeUrl(url, 'link')).to.equal(null);
        expect(safeUrl(url, 'image')).to.equal(null);
      });
    }

    it('non-base64 data: images (SVG included) and base64 SVG as a link', () => {
      // Base64 SVG is an image source only (<img> never runs its script), never a link.
      expect(safeUrl('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'image')).to.equal('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=');
      expect(safeUrl('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'link')).to.equal(null);
      for (const url of [
        'data:image/svg+xml,<svg onload=alert(1)>',
        'data:image/png,rawbytes',
        'data:image/png;base64,<script>',
        'data:image/png;charset=utf-8;base64,AAAA',
        'data:,hello',
        'DATA:text/html,x',
      ]) {
        expect(safeUrl(url, 'image'), url).to.equal(null);
      }
    });

    it('non-strings, whatever a caller passes at runtime', () => {
      expect(safeUrl(undefined as unknown as string, 'link')).to.equal(null);
      expect(safeUrl({ toString: () => 'https://x.y' } as unknown as string, 'link')).to.equal(null);
    });
  });

  it('returns URLs that a browser resolves to an allowed scheme', () => {
    const samples = ['https://a.b/c', '/x', '?q', '#f', '//h/p', 'mailto:a@b.c', 'chatkit-link://n', PNG];
    for (const url of samples) {
      const safe = safeUrl(url, url.startsWith('data:') ? 'image' : 'link');
      expect(safe, url).to.be.a('string');
      const anchor = document.createElement('a');
      anchor.setAttribute('href', safe ?? '');
      expect(['https:', 'http:', 'mailto:', 'chatkit-link:', 'data:'], url).to.include(anchor.protocol);
    }
  });
});

describe('deeplinks', () => {
  it('isDeeplink recognises chatkit-link: in any casing', () => {
    expect(isDeeplink('chatkit-link://source?id=1')).to.equal(true);
    expect(isDeeplink('  CHATKIT-LINK://source')).to.equal(true);
    expect(isDeeplink('https://example.com/chatkit-link://x')).to.equal(false);
    expect(isDeeplink('javascript:chatkit-link://x')).to.equal(false);
  });

  it('parseDeeplink reads the name and the query as data', () => {
    expect(parseDeeplink('chatkit-link://source?source_id=abc&locator=pp.+4-5')).to.deep.equal({
      name: 'source',
      data: { source_id: 'abc', locator: 'pp. 4-5' },
    });
    expect(parseDeeplink('chatkit-link://document?title=A%20%26%20B')).to.deep.equal({
      name: 'document',
      data: { title: 'A & B' },
    });
    expect(parseDeeplink('chatkit-link://open')).to.deep.equal({ name: 'open', data: {} });
    expect(parseDeeplink('chatkit-link://docs/open/?x=1#frag')).to.deep.equal({ name: 'docs/open', data: { x: '1' } });
    expect(parseDeeplink('chatkit-link:settings?tab=2')).to.deep.equal({ name: 'settings', data: { tab: '2' } });
  });

  it('parseDeeplink keeps the last of repeated keys and drops __proto__', () => {
    const link = parseDeeplink('chatkit-link://x?a=1&a=2&__proto__=polluted');
    expect(link?.data).to.deep.equal({ a: '2' });
    expect(Object.getPrototypeOf(link?.data)).to.equal(Object.prototype);
  });

  it('parseDeeplink returns null for other URLs and empty names', () => {
    expect(parseDeeplink('https://example.com/?a=1')).to.equal(null);
    expect(parseDeeplink('chatkit-link://')).to.equal(null);
    expect(parseDeeplink('chatkit-link://?a=1')).to.equal(null);
    expect(parseDeeplink('chatkit-link://a\u0000b')).to.equal(null);
  });
});
