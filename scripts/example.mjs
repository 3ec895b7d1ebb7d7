#!/usr/bin/env node
// @ts-check
/**
 * `npm run example <app>` — runs one example of demo/ with a single command on a fresh clone:
 * builds the package if dist/ is missing, installs the app's own dependencies (from its lockfile)
 * if they are missing, starts the mock ChatKit server on 127.0.0.1:8787 (the endpoint every example
 * defaults to) and then the app's own dev server. Ctrl+C stops both.
 *
 *   npm run example vue        (also: react, svelte, angular, chatkit-react, vanilla)
 *
 * Set CHATKIT_API_URL to skip the mock server when the app should talk to your own ChatKit server
 * (the app must be told that URL too; see its README).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Example → the built file it needs. Apps with a package.json also get `npm ci` + `npm run dev`. */
const EXAMPLES = {
  vue: 'dist/chat-kit.js',
  react: 'dist/chat-kit.js',
  svelte: 'dist/chat-kit.js',
  angular: 'dist/chat-kit.js',
  'chatkit-react': 'dist/openai-chatkit.js',
  vanilla: 'dist/cdn/chat-kit.iife.js',
};
const MOCK_PORT = 8787;

const app = process.argv[2];
if (!app || !(app in EXAMPLES)) {
  console.error(`Usage: npm run example <app>   where <app> is one of: ${Object.keys(EXAMPLES).join(', ')}`);
  process.exit(2);
}
const appDir = `${root}demo/${app}`;
const hasPackage = existsSync(`${appDir}/package.json`);

/**
 * Runs a command to completion, inheriting the terminal; exits this script if it fails.
 * @param {string} what - how the failure message names the step
 * @param {string[]} args - npm arguments
 */
async function npm(what, args) {
  console.log(`\n> npm ${args.join(' ')}`);
  const code = await new Promise((resolve) => {
    spawn('npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).on('exit', resolve);
  });
  if (code !== 0) {
    console.error(`${what} failed (exit code ${code}).`);
    process.exit(typeof code === 'number' ? code : 1);
  }
}

if (!existsSync(`${root}${EXAMPLES[/** @type {keyof typeof EXAMPLES} */ (app)]}`)) {
  await npm('Building chat-kit', ['run', 'build']);
}
if (hasPackage && !existsSync(`${appDir}/node_modules`)) {
  await npm(`Installing demo/${app}`, ['ci', '--prefix', `demo/${app}`]);
}

/** @type {{ endpoint: string, close(): Promise<void> } | undefined} */
let server;
if (process.env.CHATKIT_API_URL) {
  console.log(`Using the ChatKit server at ${process.env.CHATKIT_API_URL} (no mock server).`);
} else {
  const { importMockServer } = await import('../demo/mock-server/load.mjs');
  const { startMockServer } = await importMockServer();
  try {
    server = await startMockServer({ port: MOCK_PORT, host: '127.0.0.1' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Could not start the mock ChatKit server on port ${MOCK_PORT} (${reason}). Is another example still running?`);
    process.exit(1);
  }
  console.log(`Mock ChatKit server: ${server.endpoint}`);
}

const stop = async (/** @type {number} */ code) => {
  await server?.close();
  process.exit(code);
};

if (!hasPackage) {
  // The vanilla example is a plain HTML file: no dev server, open it straight from disk.
  console.log(`\nOpen ${pathToFileURL(`${appDir}/index.html`).href} in your browser. Ctrl+C stops the mock server.`);
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
} else {
  console.log(`\n> npm run dev --prefix demo/${app}`);
  const dev = spawn('npm', ['run', 'dev', '--prefix', `demo/${app}`], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  // Ctrl+C reaches the dev server through the shared terminal; we only wait for it to end.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => dev.kill('SIGTERM'));
  dev.on('exit', (code) => void stop(typeof code === 'number' ? code : 0));
}
