import { expect } from '@open-wc/testing';
import { loadFontSources, safeFontUrl } from '../../src/styles/fonts.js';

const facesOf = (family: string): FontFace[] => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === family);

describe('loadFontSources', () => {
  it('registers each source once, however often it is called', () => {
    const sources = [
      { family: 'Test Sans A', src: '/fonts/test-a.woff2', weight: 400, style: 'normal' as const, display: 'swap' as const },
      { family: 'Test Sans A', src: 'https://fonts.example/test-a-bold.woff2', weight: '700' },
    ];
    loadFontSources(sources);
    loadFontSources(sources);
    loadFontSources([...sources]);
    const faces = facesOf('Test Sans A');
    expect(faces.map((f) => f.weight).sort()).to.deep.equal(['400', '700']);
    expect(faces.find((f) => f.weight === '400')!.display).to.equal('swap');
  });

  it('skips sources with unsafe URLs or descriptors, keeping the good ones', () => {
    loadFontSources([
      { family: 'Test Sans B', src: 'javascript:alert(1)' },
      { family: 'Test Sans B', src: 'data:font/woff2;base64,AAAA' },
      { family: 'Test Sans B', src: '/f.woff2") , url("https://evil.example/x' },
      { family: 'Test Sans B', src: '/ok.woff2', weight: 'bold; src: url(x)' },
      { family: 'Test Sans B', src: '/ok.woff2', unicodeRange: 'U+0000-00FF; x' },
      { family: 'Test"; }', src: '/ok.woff2' },
      { family: 'Test Sans B', src: '/ok.woff2', unicodeRange: 'U+0000-00FF, U+0131' },
    ]);
    const faces = facesOf('Test Sans B');
    expect(faces.length).to.equal(1);
    expect(faces[0]!.unicodeRange).to.equal('U+0-FF, U+131');
  });

  it('accepts only http(s) and relative URLs', () => {
    expect(safeFontUrl('https://fonts.example/a.woff2')).to.equal('https://fonts.example/a.woff2');
    expect(safeFontUrl('fonts/a.woff2')).to.equal('fonts/a.woff2');
    for (const bad of ['mailto:x@example.com', 'javascript:alert(1)', 'data:font/woff2;base64,AA', 'a.woff2)', "a'.woff2", 'a b.woff2']) {
      expect(safeFontUrl(bad), bad).to.equal(null);
    }
  });
});
