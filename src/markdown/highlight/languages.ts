/**
 * The languages the highlighter knows, by the names people write after a fence. This table is
 * all the main bundle knows about languages: the grammars live in the lazy chunk.
 */

/** A grammar of the highlighter chunk. */
export type LanguageId =
  | 'js'
  | 'jsx'
  | 'ts'
  | 'tsx'
  | 'json'
  | 'python'
  | 'bash'
  | 'markup'
  | 'css'
  | 'scss'
  | 'sql'
  | 'go'
  | 'rust'
  | 'java'
  | 'c'
  | 'cpp'
  | 'yaml'
  | 'diff';

const ALIASES: Readonly<Record<string, LanguageId>> = {
  js: 'js',
  javascript: 'js',
  mjs: 'js',
  cjs: 'js',
  node: 'js',
  jsx: 'jsx',
  ts: 'ts',
  typescript: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'tsx',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  python: 'python',
  py: 'python',
  python3: 'python',
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  ksh: 'bash',
  html: 'markup',
  htm: 'markup',
  xhtml: 'markup',
  xml: 'markup',
  svg: 'markup',
  css: 'css',
  scss: 'scss',
  less: 'scss',
  sql: 'sql',
  mysql: 'sql',
  postgres: 'sql',
  postgresql: 'sql',
  pgsql: 'sql',
  sqlite: 'sql',
  go: 'go',
  golang: 'go',
  rust: 'rust',
  rs: 'rust',
  java: 'java',
  c: 'c',
  h: 'c',
  cpp: 'cpp',
  'c++': 'cpp',
  cc: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  yaml: 'yaml',
  yml: 'yaml',
  diff: 'diff',
  patch: 'diff',
};

/**
 * The grammar for a fence's language name (case-insensitive), or `null` when there is none and
 * the code stays plain text.
 */
export function languageOf(name: string | null | undefined): LanguageId | null {
  if (!name) return null;
  const key = name.toLowerCase();
  return Object.hasOwn(ALIASES, key) ? (ALIASES[key] ?? null) : null;
}
