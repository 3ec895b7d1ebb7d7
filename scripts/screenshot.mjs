// Screenshots of the demo as a user sees it: `node scripts/screenshot.mjs [outDir]`.
// Light, dark and narrow (mobile) widths, before and after a conversation.
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

process.env.CHROME_PATH = ensureChromium();
process.env.NO_OPEN = '1';
const { launch } = await import('../test/e2e/browser.mjs');
const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0, open: false }, logLevel: 'silent' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await launch();

const shots = [
  { name: 'light', width: 1200, height: 800, dark: false },
  { name: 'dark', width: 1200, height: 800, dark: true },
  { name: 'narrow', width: 390, height: 844, dark: false },
];
for (const shot of shots) {
  const page = await browser.newPage();
  await page.setViewportSize({ width: shot.width, height: shot.height });
  await page.emulateMedia({ colorScheme: shot.dark ? 'dark' : 'light' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('chat-kit [part="editor"]').waitFor();
  await page.screenshot({ path: `${out}/${shot.name}-start.png` });
  await page.locator('chat-kit [part="editor"]').fill(process.env.SHOT_PROMPT ?? 'Show me the demo card');
  await page.locator('chat-kit [part="editor"]').press('Enter');
  await page.locator('#log li', { hasText: 'chatkit.response.end' }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${shot.name}-chat.png` });
  await page.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}/`);
