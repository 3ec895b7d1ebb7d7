// Copies the reference captures from ../shared/fixtures into test/fixtures (so a clone without
// shared/ still tests and demos) and writes manifest.json, which browser tests use to list them.
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = `${root}../shared/fixtures`;
const local = `${root}test/fixtures`;
if (existsSync(shared)) cpSync(shared, local, { recursive: true });
const manifest = {
  chatkitServer: readdirSync(`${local}/chatkit-server`).sort(),
  widgets: readdirSync(`${local}/widgets`).sort(),
};
writeFileSync(`${local}/manifest.json`, JSON.stringify(manifest, null, 2) + '\n');
console.log(`fixtures: ${manifest.chatkitServer.length} captures, ${manifest.widgets.length} widget trees`);
