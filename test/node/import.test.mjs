// @ts-check
/**
 * Every built entry imports in plain Node without a DOM (what server-side rendering frameworks
 * do when a page module imports the package). Run after `npm run build`:
 *   node --test test/node/import.test.mjs
 * Each entry is imported in its own child process, so one entry's globals (Lit's DOM shim) cannot
 * make another one pass.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Built file → the names its module must export (a few, to see the right file was built). */
const ENTRIES = {
  'dist/chat-kit.js': ['ChatKit', 'ChatKitClient', 'defineElement', 'WidgetActionEvent'],
  'dist/define.js': [],
  'dist/openai-chatkit.js': ['OpenAIChatKit', 'ChatKit'],
  // Not the CDN bundles: they inline Lit's browser build for <script> tags and are not meant for
  // Node (SSR imports the npm entries above, where Lit resolves its own Node build).
};

/**
 * Imports `file` in a fresh Node process; resolves with its export names and the globals it saw.
 * @param {string} file
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function importInChild(file) {
  const href = pathToFileURL(`${root}/${file}`).href;
  const script = `
    const hadDom = typeof document !== 'undefined' || typeof window !== 'undefined';
    const m = await import(${JSON.stringify(href)});
    console.log(JSON.stringify({ hadDom, exports: Object.keys(m) }));`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('importing the built package in Node without a DOM', () => {
  for (const [file, names] of Object.entries(ENTRIES)) {
    const missing = !existsSync(`${root}/${file}`);
    it(`${file} imports without throwing`, { skip: missing && `${file} is missing: run \`npm run build\` first` }, async () => {
      const { code, stdout, stderr } = await importInChild(file);
      // The first line of a failure is the error, e.g. "ReferenceError: HTMLElement is not defined".
      const reason = stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? stderr.slice(0, 300);
      assert.equal(code, 0, `importing ${file} threw: ${reason}`);
      const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
      assert.equal(result.hadDom, false, 'the child process had no DOM');
      for (const name of names) assert.ok(result.exports.includes(name), `${file} exports ${name}`);
    });
  }
});
