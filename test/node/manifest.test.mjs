// Manifest completeness: `custom-elements.json` (written by `npm run analyze`, part of
// `npm run build`) documents everything public that the source declares. Run with
// `node --test test/node/manifest.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);
const manifestPath = new URL('custom-elements.json', root);
const srcDir = new URL('src/', root).pathname;
const skip = existsSync(manifestPath) ? false : 'custom-elements.json is missing: run `npm run build` (or `npm run analyze`) first';

/** Every `.ts` file under `dir`, as paths. */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const read = (path) => readFileSync(path, 'utf8');
const matches = (text, pattern) => [...text.matchAll(pattern)].map((match) => match[1]);

function loadManifest() {
  const manifest = JSON.parse(read(manifestPath));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const chatKit = declarations.find((declaration) => declaration.tagName === 'chat-kit');
  assert.ok(chatKit, 'the manifest declares <chat-kit>');
  return { declarations, chatKit };
}

const chatKitSource = read(join(srcDir, 'chat-kit.ts'));

test('every element registered with @element() is declared with its tag name', { skip }, () => {
  const { declarations } = loadManifest();
  const tags = sourceFiles(srcDir).flatMap((file) => matches(read(file), /@element\(\s*'([^']+)'\s*\)/g));
  assert.ok(tags.includes('chat-kit'), 'the source scan finds <chat-kit>');
  const declared = new Set(declarations.map((declaration) => declaration.tagName).filter(Boolean));
  assert.deepEqual(tags.filter((tag) => !declared.has(tag)), []);
});

test('every public event class is documented as an event of <chat-kit>', { skip }, () => {
  const { chatKit } = loadManifest();
  const eventsDir = join(srcDir, 'events');
  const names = readdirSync(eventsDir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => matches(read(join(eventsDir, name)), /static readonly eventName = '([^']+)'/g))
    .filter((name) => name.startsWith('chatkit.') || ['widget-action', 'entity-click', 'item-action'].includes(name));
  assert.ok(names.length >= 14, `the source scan finds the public events (found ${names.length})`);
  const documented = new Set((chatKit.events ?? []).map((event) => event.name));
  assert.deepEqual(names.filter((name) => !documented.has(name)), []);
});

test('every @csspart of <chat-kit> is in its cssParts', { skip }, () => {
  const { chatKit } = loadManifest();
  const parts = matches(chatKitSource, /^\s*\*\s*@csspart\s+([\w-]+)/gm);
  assert.ok(parts.includes('base'), 'the source scan finds the parts');
  const documented = new Set((chatKit.cssParts ?? []).map((part) => part.name));
  assert.deepEqual(parts.filter((part) => !documented.has(part)), []);
});

test('every @property() of <chat-kit> is an attribute linked to its field', { skip }, () => {
  const { chatKit } = loadManifest();
  const properties = [...chatKitSource.matchAll(/@property\(([^)]*)\)\s+(\w+)/g)].map(([, options, field]) => ({
    field,
    attribute: /attribute:\s*'([^']+)'/.exec(options)?.[1] ?? field.toLowerCase(),
  }));
  assert.ok(properties.some((property) => property.attribute === 'api-url'), 'the source scan finds api-url');
  const documented = (chatKit.attributes ?? []).map((attribute) => ({ field: attribute.fieldName, attribute: attribute.name }));
  assert.deepEqual(properties.filter((property) => !documented.some((entry) => entry.attribute === property.attribute && entry.field === property.field)), []);
});

test('every public method and the options property of <chat-kit> are members', { skip }, () => {
  const { chatKit } = loadManifest();
  // Two-space indent = a class member; private/protected/override/get/set lines do not match.
  const methods = matches(chatKitSource, /^ {2}(?:async )?(\w+)\(/gm).filter((name) => name !== 'constructor');
  for (const name of ['setOptions', 'focusComposer', 'setThreadId', 'sendUserMessage', 'setComposerValue', 'sendCustomAction', 'fetchUpdates', 'showHistory', 'hideHistory']) {
    assert.ok(methods.includes(name), `the source scan finds ${name}()`);
  }
  const members = chatKit.members ?? [];
  const documentedMethods = new Set(members.filter((member) => member.kind === 'method' && member.privacy !== 'private').map((member) => member.name));
  assert.deepEqual(methods.filter((name) => !documentedMethods.has(name)), []);
  assert.ok(members.some((member) => member.kind === 'field' && member.name === 'options'), 'options is documented');
});
