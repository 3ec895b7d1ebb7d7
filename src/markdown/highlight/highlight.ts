/**
 * The highlighter chunk: every grammar, behind one function. Only `lazy.ts` imports this, with a
 * dynamic `import()`, so bundlers put it (and every keyword list) in a chunk of its own.
 */
import { tokenizeC, tokenizeCpp, tokenizeGo, tokenizeJava, tokenizeRust } from './lang-c.js';
import { tokenizeCss, tokenizeScss } from './lang-css.js';
import { tokenizeDiff } from './lang-diff.js';
import { tokenizeJavaScript, tokenizeJsx, tokenizeTsx, tokenizeTypeScript } from './lang-js.js';
import { tokenizeJson } from './lang-json.js';
import { tokenizeMarkup } from './lang-markup.js';
import { tokenizePython } from './lang-python.js';
import { tokenizeShell } from './lang-shell.js';
import { tokenizeSql } from './lang-sql.js';
import { tokenizeYaml } from './lang-yaml.js';
import type { LanguageId } from './languages.js';
import type { Tokenize } from './scanner.js';
import type { Token } from './types.js';

const TOKENIZERS: Readonly<Record<LanguageId, Tokenize>> = {
  js: tokenizeJavaScript,
  jsx: tokenizeJsx,
  ts: tokenizeTypeScript,
  tsx: tokenizeTsx,
  json: tokenizeJson,
  python: tokenizePython,
  bash: tokenizeShell,
  markup: tokenizeMarkup,
  css: tokenizeCss,
  scss: tokenizeScss,
  sql: tokenizeSql,
  go: tokenizeGo,
  rust: tokenizeRust,
  java: tokenizeJava,
  c: tokenizeC,
  cpp: tokenizeCpp,
  yaml: tokenizeYaml,
  diff: tokenizeDiff,
};

/**
 * Splits `code` into coloured tokens. The token texts, concatenated, are exactly `code`, and
 * the time taken is linear in its length whatever it contains.
 */
export function highlight(code: string, language: LanguageId): Token[] {
  return TOKENIZERS[language](code);
}
