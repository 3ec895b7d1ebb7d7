import { expect } from '@open-wc/testing';
import { ChatKitOptionsSchema, EntitySchema, parseOptions, type ChatKitOptions } from '../../src/schemas/index.js';

const authorizedFetch: typeof fetch = (input, init) => fetch(input, init);
const onTagSearch = (query: string) => Promise.resolve([{ id: 'p1', title: `Ada ${query}` }]);
const onAction = () => Promise.resolve();
const onClick = () => undefined;

/** Every documented option, typed as an app would write it. */
const full: ChatKitOptions = {
  api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev', fetch: authorizedFetch, uploadStrategy: { type: 'two_phase' } },
  locale: 'de-DE',
  theme: {
    colorScheme: 'dark',
    radius: 'round',
    density: 'compact',
    typography: {
      baseSize: 16,
      fontFamily: 'Inter, sans-serif',
      fontFamilyMono: 'monospace',
      fontSources: [{ family: 'Inter', src: '/inter.woff2', weight: 400, style: 'normal', display: 'swap' }],
    },
    color: {
      accent: { primary: '#0af', level: 1 },
      grayscale: { hue: 220, tint: 6, shade: -1 },
      surface: { background: '#111', foreground: '#eee' },
    },
  },
  frameTitle: 'Support chat',
  initialThread: null,
  onClientTool: ({ name }) => ({ ok: name }),
  header: { enabled: true, title: { enabled: true, text: 'Help' }, leftAction: { icon: 'sidebar-left', onClick } },
  history: { enabled: true, showDelete: false, showRename: true },
  startScreen: {
    greeting: 'Hi!',
    prompts: [
      { label: 'Plain', prompt: 'Say hi', icon: 'sparkle' },
      { label: 'Tagged', prompt: [{ type: 'input_text', text: 'About ' }, { type: 'input_tag', id: 'p1', text: 'Ada' }] },
    ],
  },
  threadItemActions: { feedback: true, retry: true },
  composer: {
    placeholder: 'Ask anything…',
    attachments: { enabled: true, maxSize: { 'image/*': 5_000_000, '*': 1_000_000 }, maxCount: 3, accept: { 'image/*': ['.png'] } },
    tools: [{ id: 'search', label: 'Search', icon: 'search', shortLabel: 'S', placeholderOverride: 'Search…', pinned: true, persistent: false }],
    models: [{ id: 'fast', label: 'Fast', description: 'Quick', disabled: false, default: true }],
    dictation: { enabled: true },
  },
  disclaimer: { text: 'AI can make **mistakes**.', highContrast: true },
  entities: { onTagSearch, onClick, onRequestPreview: () => Promise.resolve({ preview: null }), showComposerMenu: true },
  widgets: { onAction },
  thread: { autoScroll: true },
};

function messageOf(value: unknown): string {
  const result = parseOptions(value);
  expect(result.ok, 'should be rejected').to.equal(false);
  return result.ok ? '' : result.message;
}

describe('options schema', () => {
  it('accepts a complete options object and keeps the functions', () => {
    const result = parseOptions(full);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const api = result.options.api;
    expect('url' in api && api.fetch).to.equal(authorizedFetch);
    expect(result.options.entities?.onTagSearch).to.equal(onTagSearch);
    expect(result.options.widgets?.onAction).to.equal(onAction);
    expect(result.options.composer?.tools?.[0]?.id).to.equal('search');
  });

  it('accepts the minimal forms: hosted api and a bare colour scheme', () => {
    expect(parseOptions({ api: { url: '/chatkit' } }).ok).to.equal(true);
    expect(parseOptions({ api: { getClientSecret: () => Promise.resolve('s') }, theme: 'dark' }).ok).to.equal(true);
    expect(parseOptions({ api: { url: '/chatkit' }, theme: { colorScheme: 'light' } }).ok).to.equal(true);
  });

  it('names a missing nested field by its path', () => {
    expect(messageOf({ api: { url: '/c' }, composer: { tools: [{ label: 'Search', icon: 'search' }] } })).to.equal(
      'composer.tools[0].id: required',
    );
    expect(messageOf({})).to.equal('api: required');
    expect(messageOf({ api: { url: '/c' }, disclaimer: {} })).to.equal('disclaimer.text: required');
  });

  it('says "invalid input" when api matches neither shape', () => {
    expect(messageOf({ api: 'https://example.com/chatkit' })).to.equal('api: invalid input');
    expect(messageOf({ api: {} })).to.equal('api: invalid input');
  });

  it('descends into the api shape that was evidently meant', () => {
    expect(messageOf({ api: { url: 42 } })).to.equal('api.url: expected string');
    expect(messageOf({ api: { url: '/c', domainkey: 'x' } })).to.equal('api: unrecognized key "domainkey"');
    expect(messageOf({ api: { getClientSecret: 'secret' } })).to.equal('api.getClientSecret: expected function');
  });

  it('accepts the "/" commands option of ChatKit JS 1.9 apps, and checks its shape', () => {
    const onSearch = () => Promise.resolve([{ id: 'summarize', label: 'Summarize' }]);
    const parsed = parseOptions({ api: { url: '/c' }, commands: { enabled: true, onSearch } });
    expect(parsed.ok).to.equal(true);
    expect(parsed.ok && parsed.options.commands?.onSearch).to.equal(onSearch);
    expect(messageOf({ api: { url: '/c' }, commands: { enabled: 'yes' } })).to.match(/^commands\.enabled: /);
  });

  it('rejects unknown keys at the top level and in nested objects', () => {
    expect(messageOf({ api: { url: '/c' }, composer: { foo: 1 } })).to.equal('composer: unrecognized key "foo"');
    expect(messageOf({ api: { url: '/c' }, colour: 'dark' })).to.equal('options: unrecognized key "colour"');
    expect(messageOf({ api: { url: '/c' }, theme: { color: { accent: { primary: '#000', level: 1, hue: 3 } } } })).to.equal(
      'theme.color.accent: unrecognized key "hue"',
    );
  });

  it('explains wrong values and wrong types', () => {
    expect(messageOf({ api: { url: '/c' }, theme: { radius: 'round-ish' } })).to.equal(
      'theme.radius: expected one of "pill", "round", "soft", "sharp"',
    );
    expect(messageOf({ api: { url: '/c' }, theme: 'blue' })).to.equal('theme: invalid input');
    expect(messageOf({ api: { url: '/c' }, entities: { onTagSearch: [] } })).to.equal('entities.onTagSearch: expected function');
    expect(messageOf({ api: { url: '/c' }, composer: { attachments: { enabled: true, accept: { 'image/*': [1] } } } })).to.equal(
      'composer.attachments.accept["image/*"][0]: expected string',
    );
    expect(messageOf('nope')).to.equal('options: expected object');
  });

  it('lists every issue, first one first', () => {
    const result = parseOptions({ api: { url: '/c' }, history: { enabled: 'yes' }, thread: { autoScroll: 1 } });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.deep.equal([
      { path: 'history.enabled', message: 'expected boolean' },
      { path: 'thread.autoScroll', message: 'expected boolean' },
    ]);
  });

  it('accepts undefined for optional keys, as spread objects produce', () => {
    expect(ChatKitOptionsSchema.safeParse({ api: { url: '/c' }, theme: undefined, composer: { placeholder: undefined } }).success).to.equal(
      true,
    );
  });

  it('validates entities returned by onTagSearch', () => {
    expect(EntitySchema.parse({ id: 'p1', title: 'Ada', icon: null, data: { kind: 'person' } })).to.deep.include({
      id: 'p1',
      title: 'Ada',
      data: { kind: 'person' },
    });
    expect(EntitySchema.safeParse({ id: 'p1' }).success).to.equal(false);
  });
});
