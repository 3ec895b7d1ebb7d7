// @ts-check
// The README's reference (Attributes, Options, Methods, Events and the parts list under
// "Theming") kept in sync with what `<chat-kit>` really has, both ways: the custom-elements
// manifest (written by `npm run analyze`, part of `npm run build`) for attributes, methods,
// events and parts, and the zod options schema for option keys. A missing row and a row for
// something that does not exist both fail. Run with `node --test test/node/readme-reference.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from '../../demo/mock-server/load.mjs';

const root = new URL('../../', import.meta.url);
const manifestPath = new URL('custom-elements.json', root);
const skip = existsSync(manifestPath) ? false : 'custom-elements.json is missing: run `npm run build` (or `npm run analyze`) first';

const read = (/** @type {URL | string} */ path) => readFileSync(path, 'utf8');
const readme = read(new URL('README.md', root));
const theming = read(new URL('docs/theming.md', root));

/** Lit/DOM lifecycle hooks: public on every element, never part of chat-kit's API. */
const LIFECYCLE = new Set([
  'render', 'update', 'updated', 'firstUpdated', 'willUpdate', 'shouldUpdate', 'performUpdate', 'scheduleUpdate',
  'requestUpdate', 'getUpdateComplete', 'createRenderRoot', 'connectedCallback', 'disconnectedCallback',
  'attributeChangedCallback', 'adoptedCallback',
]);
/**
 * Public only so the element's own controllers (chat-kit-composer.ts, chat-kit-history.ts,
 * chat-kit-requests.ts) can call them; not API, so they must stay out of the README. Tagging
 * them `@internal` in src/chat-kit.ts drops them from the manifest and makes this list moot.
 */
const INTERNAL_METHODS = new Set(['send', 'openThread', 'newThread', 'reportError']);

// ——— Markdown helpers ———

/**
 * The text under the first heading whose title starts with `title`, up to the next heading of
 * the same or a higher level. Lines inside fenced code blocks are never headings.
 * @param {string} markdown
 * @param {string} title
 */
function section(markdown, title) {
  const lines = markdown.split('\n');
  let fenced = false;
  let level = 0;
  /** @type {string[]} */
  const body = [];
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (level === 0) {
      if (heading?.[2]?.startsWith(title)) level = heading[1]?.length ?? 0;
      continue;
    }
    if (heading && (heading[1]?.length ?? 0) <= level) break;
    body.push(line);
  }
  assert.ok(level > 0, `the document has a "${title}" heading`);
  return body.join('\n');
}

/**
 * Body rows of the first Markdown table in `text` (header and delimiter rows dropped), as
 * cells; `\|` inside a cell is not a separator.
 * @param {string} text
 */
function tableRows(text) {
  const lines = text.split('\n').map((line) => line.trim());
  const start = lines.findIndex((line) => line.startsWith('|'));
  assert.ok(start >= 0, 'the section has a table');
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  return lines
    .slice(start + 2, end === -1 ? undefined : end)
    .map((line) => line.slice(1, line.endsWith('|') ? -1 : undefined).split(/(?<!\\)\|/).map((cell) => cell.trim()));
}

/** @param {string} text */
const codeSpans = (text) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

/** @param {Iterable<string>} values */
const sorted = (values) => [...new Set(values)].sort();

/**
 * Asserts two name lists are the same set, naming what only one side has.
 * @param {{ documented: Iterable<string>, actual: Iterable<string>, what: string }} sides
 */
function assertSameSet({ documented, actual, what }) {
  const doc = new Set(documented);
  const real = new Set(actual);
  assert.deepEqual(
    { missingFromReadme: sorted([...real].filter((name) => !doc.has(name))), notInElement: sorted([...doc].filter((name) => !real.has(name))) },
    { missingFromReadme: [], notInElement: [] },
    `${what}: the README and <chat-kit> disagree`,
  );
}

// ——— The manifest ———

/** The manifest's declarations and `<chat-kit>`'s. */
function loadManifest() {
  const manifest = JSON.parse(read(manifestPath));
  /** @type {any[]} */
  const declarations = manifest.modules.flatMap((/** @type {any} */ module) => module.declarations ?? []);
  const chatKit = declarations.find((declaration) => declaration.tagName === 'chat-kit');
  assert.ok(chatKit, 'the manifest declares <chat-kit>');
  return { declarations, chatKit };
}

/** Public, own, non-static methods of `<chat-kit>` in the manifest, minus lifecycle hooks and internals. */
function manifestMethods() {
  const { chatKit } = loadManifest();
  /** @type {any[]} */
  const members = chatKit.members ?? [];
  return members
    .filter((member) => member.kind === 'method' && (member.privacy ?? 'public') === 'public' && !member.static && !member.inheritedFrom)
    .map((member) => /** @type {string} */ (member.name))
    .filter((name) => !LIFECYCLE.has(name) && !INTERNAL_METHODS.has(name));
}

/**
 * Event names of `<chat-kit>`. Besides the `@fires` tags, the analyzer lists the events it sees
 * dispatched, named after the constructor's first argument (`new ChatKitErrorEvent(error)`
 * becomes "error") or not at all; those are resolved through the event class's static
 * `eventName`.
 */
function manifestEvents() {
  const { declarations, chatKit } = loadManifest();
  /** @type {Map<string, string>} */
  const eventNameOf = new Map();
  for (const declaration of declarations) {
    /** @type {any} */
    const field = (declaration.members ?? []).find((/** @type {any} */ member) => member.static && member.name === 'eventName');
    const name = /^'([^']+)'$/.exec(field?.default ?? '')?.[1];
    if (name) eventNameOf.set(declaration.name, name);
  }
  /** @type {any[]} */
  const events = chatKit.events ?? [];
  return events.map((event) => eventNameOf.get(event.type?.text) ?? event.name).filter(Boolean);
}

/** `@csspart` names of `<chat-kit>`, plus the parts its descriptions name (`message-user`…). */
function manifestParts() {
  const { chatKit } = loadManifest();
  /** @type {any[]} */
  const parts = chatKit.cssParts ?? [];
  return parts.flatMap((part) => [part.name, ...codeSpans(part.description ?? '').filter((span) => /^[a-z][a-z0-9-]*$/.test(span))]);
}

/** Parts `<chat-kit>`'s shadow root exposes, from the source: `part="x"` and `exportparts` targets. */
function exportedParts() {
  const src = new URL('src/', root).pathname;
  const files = readdirSync(src).filter((name) => /^chat-kit.*\.ts$/.test(name));
  return files.flatMap((name) => {
    const text = read(join(src, name));
    const own = [...text.matchAll(/\spart="([\w-]+)"/g)].map((match) => match[1] ?? '');
    const forwarded = [...text.matchAll(/exportparts="([^"]+)"/g)].flatMap((match) =>
      (match[1] ?? '').split(',').map((entry) => (entry.split(':').at(-1) ?? '').trim()),
    );
    return [...own, ...forwarded];
  });
}

// ——— The options schema (zod 4 mini: every schema carries its definition in `.def`) ———

const { ChatKitOptionsSchema } = await importTs('src/schemas/options.ts');

/**
 * The object shapes a schema stands for, looking through wrappers, unions (both `api`
 * variants, `theme` as a string or an object) and arrays (the items of `composer.tools`).
 * @param {any} schema
 * @returns {Record<string, any>[]}
 */
function objectShapes(schema) {
  const def = schema?.def ?? schema?._zod?.def;
  switch (def?.type) {
    case 'object':
      return [def.shape];
    case 'optional':
    case 'nullable':
    case 'nonoptional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return objectShapes(def.innerType);
    case 'union':
      return def.options.flatMap(objectShapes);
    case 'array':
      return objectShapes(def.element);
    case 'pipe':
      return objectShapes(def.in);
    case 'lazy':
      return objectShapes(def.getter());
    default:
      return [];
  }
}

/** @param {any} schema */
const keysOf = (schema) => sorted(objectShapes(schema).flatMap((shape) => Object.keys(shape)));

/**
 * Whether `path` (`composer.tools[0].id`, `header.*Action.label`) names a key of the schema.
 * @param {string} path
 */
function inSchema(path) {
  /** @type {any[]} */
  let current = [ChatKitOptionsSchema];
  for (const segment of path.replace(/\[\d*\]/g, '').split('.')) {
    const pattern = new RegExp(`^${segment.replace(/\*/g, '[\\w$]*')}$`);
    current = current.flatMap((schema) =>
      objectShapes(schema).flatMap((shape) => Object.keys(shape).filter((key) => pattern.test(key)).map((key) => shape[key])),
    );
    if (current.length === 0) return false;
  }
  return true;
}

/**
 * Expands `a.{b,c}.d` into `a.b.d`, `a.c.d`.
 * @param {string} text
 * @returns {string[]}
 */
function expandBraces(text) {
  const match = /\{([^{}]*)\}/.exec(text);
  if (!match) return [text];
  const head = text.slice(0, match.index);
  const tail = text.slice(match.index + match[0].length);
  return (match[1] ?? '').split(',').flatMap((choice) => expandBraces(`${head}${choice.trim()}${tail}`));
}

const PATH = /^[A-Za-z_$][\w$]*(?:\[\d*\])?(?:\.[\w$*]+(?:\[\d*\])?)+$/;

/** The README's event names (first column of the Events table), `x.start` / `.end` expanded. */
function readmeEvents() {
  return tableRows(section(readme, 'Events')).flatMap(([first = '']) => {
    /** @type {string[]} */
    const names = [];
    for (const span of codeSpans(first)) {
      const previous = names.at(-1);
      if (span.startsWith('.') && previous) {
        // `.end` after `chatkit.response.start`: replaces as many trailing segments as it has.
        const tail = span.slice(1).split('.');
        names.push([...previous.split('.').slice(0, -tail.length), ...tail].join('.'));
      } else names.push(span);
    }
    return names;
  });
}

// ——— The tests ———

test('the README Methods table lists exactly the public methods of <chat-kit>', { skip }, () => {
  const rows = tableRows(section(readme, 'Methods'));
  const documented = rows.flatMap(([first = '']) => codeSpans(first).map((span) => /^(\w+)\(/.exec(span)?.[1] ?? span));
  const actual = manifestMethods();
  assert.ok(actual.includes('setOptions') && actual.includes('sendUserMessage'), 'the manifest lists the methods');
  assertSameSet({ documented, actual, what: 'methods' });
  const internal = documented.filter((name) => INTERNAL_METHODS.has(name));
  assert.deepEqual(internal, [], 'internal helpers are not documented as API');
});

test('the README Events table lists exactly the events of <chat-kit>', { skip }, () => {
  const documented = readmeEvents();
  assert.ok(documented.includes('chatkit.response.end'), 'the `chatkit.response.start` / `.end` row counts as two events');
  const actual = manifestEvents();
  assert.ok(actual.includes('chatkit.ready') && actual.includes('widget-action'), 'the manifest lists the events');
  assertSameSet({ documented, actual, what: 'events' });
});

test('the README Attributes table lists exactly the attributes of <chat-kit>, mapped to real options', { skip }, () => {
  const rows = tableRows(section(readme, 'Attributes'));
  const documented = rows.flatMap(([first = '']) => codeSpans(first));
  const { chatKit } = loadManifest();
  /** @type {string[]} */
  const actual = (chatKit.attributes ?? []).map((/** @type {any} */ attribute) => attribute.name);
  assert.ok(actual.includes('api-url'), 'the manifest lists the attributes');
  assertSameSet({ documented, actual, what: 'attributes' });
  // "option it maps to": the first code span, unless the cell says there is none (—).
  const mapped = rows.map(([, option = '']) => option).map((cell) => codeSpans(cell)[0]).filter((span) => span !== undefined);
  assert.ok(mapped.length >= 5, 'the table maps attributes to options');
  assert.deepEqual(mapped.filter((path) => !inSchema(path)), [], 'every mapped option exists');
});

test('every part of <chat-kit> is documented, and every documented part exists', { skip }, () => {
  const theme = section(readme, 'Theming');
  const paragraph = /^Parts:[\s\S]*?(?=\n\s*\n|(?![\s\S]))/m.exec(theme)?.[0];
  assert.ok(paragraph, 'the Theming section has a "Parts:" list');
  const kebab = (/** @type {string} */ span) => /^[a-z][a-z0-9-]*$/.test(span);
  const readmeParts = codeSpans(paragraph).filter(kebab);
  const themingParts = tableRows(section(theming, 'Parts')).flatMap(([first = '']) => codeSpans(first)).filter(kebab);
  const documented = new Set([...readmeParts, ...themingParts]);
  const declared = manifestParts();
  assert.ok(declared.includes('base') && declared.includes('message-user'), 'the manifest lists the parts');
  assert.deepEqual(declared.filter((part) => !documented.has(part)), [], 'manifest parts missing from the README and docs/theming.md');
  const exported = new Set([...exportedParts(), ...declared]);
  assert.ok(exported.has('composer-send'), 'the source scan finds forwarded parts');
  assert.deepEqual(sorted([...documented].filter((part) => !exported.has(part))), [], 'documented parts <chat-kit> does not expose');
});

test('the README Options table has a row for exactly the top-level options', () => {
  const rows = tableRows(section(readme, 'Options'));
  const documented = rows.flatMap(([first = '']) => codeSpans(first));
  const actual = keysOf(ChatKitOptionsSchema);
  assert.ok(actual.includes('api') && actual.includes('composer'), 'the schema walk finds the options');
  assertSameSet({ documented, actual, what: 'top-level options' });
});

test('every second-level option key is named in the README Options section', () => {
  const options = section(readme, 'Options');
  const mentioned = codeSpans(options).flatMap(expandBraces).map((span) => /^[\w$.[\]]*/.exec(span)?.[0] ?? '');
  const named = (/** @type {string} */ path) =>
    mentioned.some((span) => span === path || span.startsWith(`${path}.`) || span.startsWith(`${path}[`));
  const paths = keysOf(ChatKitOptionsSchema).flatMap((key) =>
    keysOf(ChatKitOptionsSchema.def.shape[key]).map((sub) => `${key}.${sub}`),
  );
  assert.ok(paths.includes('api.url') && paths.includes('theme.colorScheme'), 'the schema walk finds nested keys');
  assert.deepEqual(paths.filter((path) => !named(path)), []);
});

test('every option path the README Options section names exists in the schema', () => {
  const options = section(readme, 'Options');
  // Event names (`chatkit.error`) are dotted too; they are checked against the manifest above.
  const events = new Set(readmeEvents());
  const paths = codeSpans(options)
    .flatMap(expandBraces)
    .filter((span) => PATH.test(span) && !events.has(span));
  assert.ok(paths.length >= 20, `the README names option paths (found ${paths.length})`);
  assert.deepEqual(paths.filter((path) => !inSchema(path)), []);
});
