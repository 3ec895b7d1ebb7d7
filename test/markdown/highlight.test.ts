import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { highlight } from '../../src/markdown/highlight/highlight.js';
import { languageOf, type LanguageId } from '../../src/markdown/highlight/languages.js';
import { TOKEN_KINDS, type Token, type TokenKind } from '../../src/markdown/highlight/types.js';

const LANGUAGES: readonly LanguageId[] = [
  'js', 'jsx', 'ts', 'tsx', 'json', 'python', 'bash', 'markup', 'css', 'scss', 'sql', 'go', 'rust', 'java', 'c', 'cpp', 'yaml', 'diff',
];

function tokensOf(code: string, name: string): Token[] {
  const language = languageOf(name);
  expect(language, name).not.to.equal(null);
  return highlight(code, language!);
}

/** The kinds given to tokens whose text is exactly `text`. */
function kindsOf(tokens: readonly Token[], text: string): TokenKind[] {
  return tokens.filter((token) => token.text === text).map((token) => token.kind);
}

/** The kinds of the tokens covering the first occurrence of `text` in the source. */
function kindsCovering(tokens: readonly Token[], text: string): TokenKind[] {
  const start = tokens.map((token) => token.text).join('').indexOf(text);
  expect(start, text).to.be.at.least(0);
  const kinds: TokenKind[] = [];
  let offset = 0;
  for (const token of tokens) {
    const end = offset + token.text.length;
    if (end > start && offset < start + text.length) kinds.push(token.kind);
    offset = end;
  }
  return kinds;
}

/** Checks what a caller relies on: valid kinds, no empty tokens, and the exact source back. */
function expectRoundTrip(code: string, language: LanguageId): void {
  const tokens = highlight(code, language);
  const what = `${language}: ${JSON.stringify(code.slice(0, 80))}`;
  // One assertion per input: chai per token would dominate the time on 100 KB inputs.
  expect(tokens.map((token) => token.text).join('') === code, `${what} round trip`).to.equal(true);
  const kinds: readonly string[] = TOKEN_KINDS;
  expect(tokens.filter((token) => !kinds.includes(token.kind) || token.text === ''), what).to.deep.equal([]);
}

describe('languageOf', () => {
  it('maps the names written after fences to grammars, case-insensitively', () => {
    const names: Record<string, LanguageId> = {
      js: 'js', JavaScript: 'js', jsx: 'jsx', ts: 'ts', TypeScript: 'ts', tsx: 'tsx', json: 'json', python: 'python', py: 'python',
      bash: 'bash', sh: 'bash', shell: 'bash', zsh: 'bash', html: 'markup', xml: 'markup', svg: 'markup', css: 'css', sql: 'sql',
      go: 'go', rust: 'rust', rs: 'rust', java: 'java', c: 'c', cpp: 'cpp', 'c++': 'cpp', yaml: 'yaml', yml: 'yaml', diff: 'diff',
    };
    for (const [name, id] of Object.entries(names)) expect(languageOf(name), name).to.equal(id);
  });

  it('knows nothing else, not even Object.prototype names', () => {
    for (const name of ['brainfuck', 'text', 'math', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', null, undefined]) {
      expect(languageOf(name), String(name)).to.equal(null);
    }
  });
});

describe('highlight: tokens per language', () => {
  const cases: { lang: string; code: string; expect: [string, TokenKind][] }[] = [
    {
      lang: 'js',
      code: 'import { x } from "./y.js";\n// note\nconst re = /a[/]b/g, t = `a${b + 1}c`;\nfunction go(n) { return n / 2 / 3; }\nconsole.log(null, 0x1F, this.prop);',
      expect: [['import', 'keyword'], ['"./y.js"', 'string'], ['// note', 'comment'], ['const', 'keyword'], ['/a[/]b/g', 'string'], ['`a', 'string'], ['c`', 'string'], ['go', 'function'], ['return', 'keyword'], ['log', 'function'], ['null', 'constant'], ['0x1F', 'number'], ['prop', 'property'], ['console', 'plain']],
    },
    {
      lang: 'ts',
      code: '@Component()\nexport class Foo<T> implements Bar {\n  private readonly n: number = 1.5e3;\n  /* block */\n}',
      expect: [['@Component', 'attr'], ['export', 'keyword'], ['class', 'keyword'], ['Foo', 'type'], ['implements', 'keyword'], ['Bar', 'type'], ['private', 'keyword'], ['number', 'type'], ['1.5e3', 'number'], ['/* block */', 'comment']],
    },
    {
      lang: 'tsx',
      code: 'const App = () => (<div className="x" onClick={() => go(1)}>Hi {name}<br /></div>);\nconst less = a < b;',
      expect: [['div', 'tag'], ['className', 'attr'], ['"x"', 'string'], ['onClick', 'attr'], ['go', 'function'], ['br', 'tag'], ['Hi ', 'plain'], ['<', 'operator']],
    },
    {
      lang: 'json',
      code: '{"name": "chat-kit", "n": -1.5, "ok": true, "none": null}',
      expect: [['"name"', 'property'], ['"chat-kit"', 'string'], ['-1.5', 'number'], ['true', 'constant'], ['null', 'constant']],
    },
    {
      lang: 'python',
      code: '@dataclass\nclass Point(Base):\n    """Doc."""\n    def norm(self) -> float:  # length\n        return f"{self.x}" if True else None',
      expect: [['@dataclass', 'attr'], ['class', 'keyword'], ['Point', 'type'], ['"""Doc."""', 'string'], ['def', 'keyword'], ['norm', 'function'], ['float', 'type'], ['# length', 'comment'], ['f"{self.x}"', 'string'], ['True', 'constant'], ['None', 'constant']],
    },
    {
      lang: 'bash',
      code: '# install\nnpm install --save-dev chat-kit\nexport TOKEN="abc $USER"\nif [ -f x ]; then echo ok | grep -v 1; fi',
      expect: [['# install', 'comment'], ['npm', 'function'], ['--save-dev', 'attr'], ['export', 'keyword'], ['TOKEN', 'variable'], ['$USER', 'variable'], ['if', 'keyword'], ['echo', 'function'], ['grep', 'function'], ['fi', 'keyword']],
    },
    {
      lang: 'html',
      code: '<!DOCTYPE html>\n<a href="/x" title=\'t\'>A &amp; B</a><!-- c -->\n<script>let a = 1;</script>',
      expect: [['<!DOCTYPE html>', 'keyword'], ['a', 'tag'], ['href', 'attr'], ['"/x"', 'string'], ['&amp;', 'constant'], ['<!-- c -->', 'comment'], ['script', 'tag'], ['let', 'keyword'], ['1', 'number']],
    },
    {
      lang: 'css',
      code: '@media (max-width: 600px) {\n  .card:hover > a { color: #0a7; margin: 0 auto !important; --gap: 4px; width: calc(100% - 2px); }\n}',
      expect: [['@media', 'keyword'], ['600px', 'number'], ['.card', 'attr'], [':hover', 'keyword'], ['a', 'tag'], ['color', 'property'], ['#0a7', 'number'], ['!important', 'keyword'], ['--gap', 'variable'], ['calc', 'function']],
    },
    {
      lang: 'sql',
      code: "SELECT name, COUNT(*) FROM users -- all\nWHERE id = 'it''s' AND x IS NOT NULL;",
      expect: [['SELECT', 'keyword'], ['COUNT', 'function'], ['FROM', 'keyword'], ['-- all', 'comment'], ["'it''s'", 'string'], ['NULL', 'constant']],
    },
    {
      lang: 'go',
      code: 'package main\n\nfunc main() {\n\ts := `raw`\n\tfmt.Println(len(s), nil)\n}',
      expect: [['package', 'keyword'], ['func', 'keyword'], ['main', 'function'], ['`raw`', 'string'], ['Println', 'function'], ['len', 'function'], ['nil', 'constant']],
    },
    {
      lang: 'rust',
      code: "#[derive(Debug)]\nfn first<'a>(s: &'a str) -> Option<u8> {\n    let c = 'c'; /* a /* nested */ b */\n    println!(\"{}\", s);\n    None\n}",
      expect: [['#[derive', 'attr'], ['fn', 'keyword'], ["'a", 'variable'], ['str', 'type'], ['Option', 'type'], ["'c'", 'string'], ['/* a /* nested */ b */', 'comment'], ['println!', 'function'], ['None', 'constant']],
    },
    {
      lang: 'java',
      code: '@Override\npublic String toString() { return "x" + MAX_SIZE; } // done',
      expect: [['@Override', 'attr'], ['public', 'keyword'], ['String', 'type'], ['toString', 'function'], ['"x"', 'string'], ['MAX_SIZE', 'constant'], ['// done', 'comment']],
    },
    {
      lang: 'c',
      code: '#include <stdio.h>\nint main(void) { printf("%d\\n", 42); return 0; }',
      expect: [['#include', 'keyword'], [' <stdio.h>', 'string'], ['int', 'type'], ['main', 'function'], ['"%d\\n"', 'string'], ['42', 'number'], ['return', 'keyword']],
    },
    {
      lang: 'c++',
      code: 'template <typename T>\nstd::vector<T> v; auto s = R"x(raw ")x"; nullptr;',
      expect: [['template', 'keyword'], ['typename', 'keyword'], ['vector', 'type'], ['auto', 'keyword'], ['R"x(raw ")x"', 'string'], ['nullptr', 'constant']],
    },
    {
      lang: 'yaml',
      code: '# config\nname: chat-kit\nport: 8080\nenabled: true\nlist:\n  - "quoted"\nscript: |\n  echo one\n  echo two\nafter: x',
      expect: [['# config', 'comment'], ['name', 'property'], ['8080', 'number'], ['true', 'constant'], ['"quoted"', 'string'], ['  echo one\n  echo two', 'string'], ['after', 'property']],
    },
    {
      lang: 'diff',
      code: 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old line\n+new line\n context',
      expect: [['--- a/x', 'comment'], ['@@ -1 +1 @@', 'keyword'], ['-old line', 'deleted'], ['+new line', 'inserted'], [' context', 'plain']],
    },
  ];

  for (const { lang, code, expect: expected } of cases) {
    it(`recognizes ${lang}`, () => {
      const tokens = tokensOf(code, lang);
      expect(tokens.map((token) => token.text).join('')).to.equal(code);
      for (const [text, kind] of expected) {
        // Plain text merges with the whitespace around it; every other kind is a whole token.
        if (kind === 'plain') expect(kindsCovering(tokens, text), `${lang}: ${text}`).to.deep.equal(['plain']);
        else expect(kindsOf(tokens, text), `${lang}: ${text}`).to.include(kind);
      }
    });
  }

  it('does not colour keywords inside strings and comments', () => {
    const tokens = tokensOf('const s = "return if"; // while for', 'js');
    expect(kindsOf(tokens, '"return if"')).to.deep.equal(['string']);
    expect(kindsOf(tokens, '// while for')).to.deep.equal(['comment']);
    expect(tokens.filter((token) => token.kind === 'keyword').map((token) => token.text)).to.deep.equal(['const']);
  });

  it('ends an unterminated string at the line end and an unterminated comment at the end', () => {
    const str = tokensOf('x = "open\ny = 1', 'python');
    expect(kindsOf(str, '"open')).to.deep.equal(['string']);
    expect(kindsOf(str, '1')).to.deep.equal(['number']);
    const comment = tokensOf('a /* never closed\nb = 2', 'c');
    expect(kindsOf(comment, '/* never closed\nb = 2')).to.deep.equal(['comment']);
  });
});

/** Inputs that break naive highlighters: markup in code, unterminated constructs, odd characters. */
const HOSTILE = [
  '</code><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"unterminated string',
  "'unterminated\nnext line",
  '/* unterminated comment',
  '<!-- unterminated',
  '`template ${ nested ` deeper ${ 1 + `x',
  '/unterminated regex',
  'a = b / c / d; x = /[/]/.test(y)',
  '"""never closed triple\n\n',
  "r#\"raw never closed",
  'R"delim(never closed',
  '<div attr="x" {expr} <<< >>> </',
  '<script>const x = "</script>"</script><style>a{color:red',
  '<<EOF\nheredoc never closed',
  'key: |\n  block\n    deeper\nnext: 1',
  '@@ -1 +1 @@\n+\n-\n',
  '\\',
  '\\\\\\"',
  '\u0000\u0001\r\n\r\t\v\f',
  '\ud83d\ude00 emoji \ud83d lone high \ude00 lone low',
  'مرحبا \u202e override \u200b zero width',
  '${{{{{{}}}}',
  ')))]]]}}}',
  '',
];

describe('highlight: round trip', () => {
  it('gives back exactly the input for every language and hostile sample', () => {
    for (const language of LANGUAGES) for (const code of HOSTILE) expectRoundTrip(code, language);
  });

  it('gives back exactly the input for random mixes of syntax', () => {
    const pieces = [
      '"', "'", '`', '${', '}', '{', '/', '*', '/*', '*/', '//', '#', '--', '<', '>', '</', '/>', '<!--', '-->', '\\', '\n', ' ', '\t',
      '=', ':', ';', ',', '.', '(', ')', '[', ']', '@', '$', '&', '!', '|', '<<EOF', 'EOF', 'r#"', '"#', "'''", '"""', 'R"x(', ')x"',
      'a', 'if', 'return', 'class', 'x1', '0x1f', '1.5', '-', '+', '@@', '- ', 'key: ', '|', '&amp;', 'ü', '\ud83d\ude00', '\ud800',
    ];
    const code = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(code, fc.constantFrom(...LANGUAGES), (source, language) => {
        expectRoundTrip(source, language);
      }),
      { numRuns: 500 },
    );
  });
});

describe('highlight: linear time', () => {
  const SIZE = 100_000;
  const repeat = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));
  /** A realistic line, for every language. */
  const FILE = 'function f(a, b) { return a + "s" /* c */ + `t${b}`; } // x\n';
  /**
   * Per language, 100 KB inputs that would make a backtracking regex or a rescanning tokenizer
   * quadratic: unterminated constructs, a construct opened on every character, lookaheads that
   * fail late.
   */
  const UNITS: Record<LanguageId, string[]> = {
    js: ['"\\', '(/', '`${', 'a.'],
    jsx: ['<a ', '(<a>{', '</'],
    ts: ['/*', '@a', 'a<'],
    tsx: ['(<a b={', '<'],
    json: ['"\\', 'a ', '{"a":'],
    python: ["'''", '"\\', 'rb'],
    bash: ['"$', '<<A ', '${', 'a=', '#a '],
    markup: ['<a ', '&a', '<script>', 'a="'],
    css: ['/*', '.a:', 'a{b:'],
    scss: ['$a', '//'],
    sql: ["'", '"', '@a'],
    go: ['`', "'a"],
    rust: ["'a", 'r#', 'a!', '/*'],
    java: ['"""', '@a'],
    c: ['#', '"\\'],
    cpp: ['R"(', "'a"],
    yaml: ['- ', 'a: ', 'a: |\n', '&a '],
    diff: ['+', '@@ '],
  };

  for (const language of LANGUAGES) {
    it(`tokenizes 100 KB pathological ${language} inputs`, function () {
      // Not a timing assertion: quadratic behaviour on 100 KB would blow the test timeout.
      this.timeout(30_000);
      for (const unit of [...UNITS[language], 'a', FILE]) expectRoundTrip(repeat(unit), language);
    });
  }
});
