import { expect } from '@open-wc/testing';
import { WIDGET_NODE_SCHEMAS, validateWidgetNode, type AnyWidgetNode } from '../../../src/schemas/widgets/index.js';
import { fixtureNames, loadFixture, sseCapturePayloads } from '../../helpers/fixtures.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Widget roots inside any capture payload: widget items, `widget.root.updated`, `widget.component.updated`. */
function widgetRoots(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) {
    for (const v of value) widgetRoots(v, out);
  } else if (isObject(value)) {
    if (value.type === 'widget' && 'widget' in value) out.push(value.widget);
    if (value.type === 'widget.root.updated') out.push(value.widget);
    if (value.type === 'widget.component.updated') out.push(value.component);
    for (const v of Object.values(value)) widgetRoots(v, out);
  }
  return out;
}

/** Every node of a tree, children included (`Transition.children` is a single node). */
function nodes(root: unknown, out: unknown[] = []): unknown[] {
  out.push(root);
  if (isObject(root)) {
    const { children } = root;
    if (Array.isArray(children)) for (const child of children) nodes(child, out);
    else if (isObject(children)) nodes(children, out);
  }
  return out;
}

async function widgetFixtureTrees(): Promise<{ source: string; tree: unknown }[]> {
  const res = await fetch(new URL('../../fixtures/manifest.json', import.meta.url));
  const { widgets } = (await res.json()) as { widgets: string[] };
  const trees: { source: string; tree: unknown }[] = [];
  for (const name of widgets.filter((n) => n.endsWith('.json'))) {
    const file = (await (await fetch(new URL(`../../fixtures/widgets/${name}`, import.meta.url))).json()) as Json;
    // `.widget` files carry the rendered tree in `outputJsonPreview`; plain captures are the tree.
    trees.push({ source: name, tree: 'outputJsonPreview' in file ? file.outputJsonPreview : file });
  }
  return trees;
}

async function captureTrees(): Promise<{ source: string; tree: unknown }[]> {
  const trees: { source: string; tree: unknown }[] = [];
  for (const name of await fixtureNames('.sse')) {
    for (const payload of sseCapturePayloads(await loadFixture(name))) {
      for (const tree of widgetRoots(JSON.parse(payload))) trees.push({ source: name, tree });
    }
  }
  for (const name of await fixtureNames('.json')) {
    for (const tree of widgetRoots(JSON.parse(await loadFixture(name)))) trees.push({ source: name, tree });
  }
  return trees;
}

function expectAllValid(trees: { source: string; tree: unknown }[]): AnyWidgetNode[] {
  const parsed: AnyWidgetNode[] = [];
  for (const { source, tree } of trees) {
    for (const raw of nodes(tree)) {
      const result = validateWidgetNode(raw);
      if (!result.ok) expect.fail(`${source}: ${String(result.type)}: ${result.reason}`);
      // Every prop a real server sent is one the schemas know: nothing is silently stripped.
      for (const key of Object.keys(raw as Json)) {
        expect(result.node, `${source}: ${result.node.type}.${key}`).to.have.property(key);
      }
      parsed.push(result.node);
    }
  }
  return parsed;
}

describe('widget node schemas against real widget trees', () => {
  it('validates every node of the .widget template outputs', async () => {
    const trees = await widgetFixtureTrees();
    expect(trees.length).to.be.greaterThan(0);
    const parsed = expectAllValid(trees);
    expect(parsed.length).to.be.greaterThan(30);
    expect([...new Set(parsed.map((n) => n.type))]).to.include.members(['Basic', 'Card', 'ListView', 'ListViewItem', 'Image']);
  });

  it('validates every node of every widget in the server captures', async () => {
    const trees = await captureTrees();
    expect(trees.length).to.be.greaterThan(10);
    const parsed = expectAllValid(trees);
    expect(parsed.length).to.be.greaterThan(100);
    const types = new Set(parsed.map((n) => n.type));
    expect([...types].every((t) => t in WIDGET_NODE_SCHEMAS)).to.equal(true);
    expect([...types]).to.include.members(['Card', 'ListView', 'Form', 'Select', 'Input', 'Textarea', 'Label', 'Button', 'Markdown']);
  });

  it('applies action defaults the templates leave out', async () => {
    const parsed = expectAllValid(await widgetFixtureTrees());
    const actions = parsed.flatMap((n) => ('onClickAction' in n && n.onClickAction ? [n.onClickAction] : []));
    expect(actions.length).to.be.greaterThan(0);
    for (const action of actions) {
      expect(action).to.include({ handler: 'server', loadingBehavior: 'auto', streaming: true });
    }
  });

  it('keeps the action settings a server wrote', async () => {
    const parsed = expectAllValid(await captureTrees());
    const handlers = new Set(
      parsed.flatMap((n) => ('onClickAction' in n && n.onClickAction ? [`${n.onClickAction.handler}/${String(n.onClickAction.streaming)}`] : [])),
    );
    // The demo card has a server button, a client button and a non-streaming (sync) one.
    expect([...handlers]).to.include.members(['server/true', 'client/true', 'server/false']);
  });
});
