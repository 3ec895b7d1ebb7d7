// @ts-check
/**
 * Issue #8's type tests against the real framework types: demo/react, demo/vue and demo/svelte are
 * TypeScript apps typed with `chat-kit/react`, `chat-kit/vue` and `chat-kit/svelte`, and each one's
 * `npm run typecheck` runs that framework's own checker (tsc, vue-tsc, svelte-check) over the app
 * and over its type-tests/ file of mistakes, whose `@ts-expect-error`s fail the check once the
 * typings stop rejecting them. tsconfig.types-test.json only checks the typings against stand-ins.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
/** The declarations every app's tsconfig maps `chat-kit` to (written by `npm run build`). */
const declarations = 'dist/types/index.d.ts';

/** @type {{ app: string, checker: string, bin: string }[]} */
const apps = [
  { app: 'react', checker: 'tsc', bin: 'typescript/bin/tsc' },
  { app: 'vue', checker: 'vue-tsc', bin: 'vue-tsc/bin/vue-tsc.js' },
  { app: 'svelte', checker: 'svelte-check', bin: 'svelte-check/bin/svelte-check' },
];

/**
 * Why demo/`app` cannot be checked here, or undefined when it can.
 * @param {string} app
 * @param {string} bin - the checker, relative to the app's node_modules
 */
function cannotCheck(app, bin) {
  if (!existsSync(fileURLToPath(new URL(`demo/${app}/node_modules/${bin}`, root)))) {
    return `demo/${app} has no node_modules: run \`npm ci --prefix demo/${app}\` first`;
  }
  if (!existsSync(fileURLToPath(new URL(declarations, root)))) {
    return `${declarations} is missing: run \`npm run build\` first`;
  }
  return undefined;
}

/**
 * Runs `npm run typecheck` in `cwd`; resolves with its exit code and everything it printed.
 * @param {string} cwd
 * @returns {Promise<{ code: number | null, output: string }>}
 */
function typecheck(cwd) {
  return new Promise((resolve, reject) => {
    // Plain text for the failure message: tsc colours its output whenever FORCE_COLOR is set at all.
    const env = { ...process.env, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const child = spawn('npm', ['run', '--silent', 'typecheck'], { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, output });
    });
  });
}

describe('framework typings against the real framework types (demo apps, npm run typecheck)', () => {
  for (const { app, checker, bin } of apps) {
    const skip = cannotCheck(app, bin);
    if (skip) console.log(`# skipping the ${app} type check: ${skip}`);
    it(`demo/${app} passes ${checker}`, { skip: skip ?? false, timeout: 300_000 }, async () => {
      const { code, output } = await typecheck(fileURLToPath(new URL(`demo/${app}/`, root)));
      assert.equal(code, 0, `\`npm run typecheck\` in demo/${app} (${checker}) failed:\n${output}`);
    });
  }
});
