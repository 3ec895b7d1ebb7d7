/**
 * Fuzzing widget validation and rendering: random trees over every component type (valid and
 * invalid props, deep nesting, huge strings, unknown types) and mutations of real widget trees
 * go through the validator and a real `<ck-widget-item>`. Nothing may throw out of validation or
 * rendering; a bad root shows the contained fallback; a component given props its own schema
 * accepted never fails to render.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { WIDGET_NODE_SCHEMAS, WIDGET_ROOT_TYPES, validateWidgetNode } from '../../src/schemas/index.js';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import '../../src/widgets/ck-widget-item.js';
import { captureEvents, fixtureNames } from '../helpers/fixtures.js';
import { qa, settleWidget, widgetItem } from '../widgets/helpers.js';
import { fuzzParams, fuzzTimeout } from './config.js';
import { mutate, mutation } from './mutate.js';

type Node = Record<string, unknown>;

const TYPES = Object.keys(WIDGET_NODE_SCHEMAS);
const ODD_TYPES = ['Unknown', 'script', '__proto__', 'constructor', 'toString', '', 'card', 'Table.Nope'];

/** Values a prop might hold: plausible ones, wrong types, hostile strings, a huge string. */
const propValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('sm', 'md', 'lg', 'xl', 'full', 'start', 'center', 'end', 'row', 'column', 'secondary', 'blue-500', 'primary', 'solid', 'outline'),
  fc.constantFrom(0, 1, -1, 4, 12, 0.5, 1e9, -1e9, true, false, null),
  fc.constantFrom('javascript:alert(1)', '<img src=x onerror=alert(1)>', '{{ value }}', 'url(javascript:x)', 'red;background:url(x)', 'data:text/html,<script>1</script>'),
  fc.constantFrom({ type: 'act', payload: { id: 1 } }, { light: '#fff', dark: '#000' }, { top: 2, x: 'sm' }, { size: 1, color: 'red' }, [], {}),
  fc.constant('x'.repeat(20000)),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const propName = fc.constantFrom(
  'value', 'src', 'alt', 'label', 'title', 'size', 'color', 'weight', 'gap', 'padding', 'margin', 'direction', 'align',
  'justify', 'name', 'options', 'defaultValue', 'placeholder', 'onClickAction', 'onSubmitAction', 'iconStart', 'variant',
  'width', 'height', 'radius', 'background', 'border', 'flush', 'streaming', 'editable', 'data', 'series', 'xAxis',
  'icon', 'spacing', 'status', 'confirm', 'cancel', 'theme', 'textAlign', 'maxLines', 'rows', 'fit', 'position', 'key',
);

const nodeType = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...TYPES) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_TYPES) });

const props = fc.dictionary(propName, propValue, { maxKeys: 5 });

/** A random tree: containers nest up to `maxDepth`, `children` may be a list, one node or junk. */
const { tree } = fc.letrec<{ tree: Node; children: unknown }>((tie) => ({
  tree: fc.record({ type: nodeType, props, children: fc.option(tie('children'), { nil: undefined, freq: 3 }), id: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }) }).map(({ type, props: rest, children, id }) => {
    const node: Node = { ...rest, type };
    if (children !== undefined) node['children'] = children;
    if (id !== undefined) node['id'] = id;
    return node;
  }),
  children: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: fc.array(tie('tree'), { maxLength: 4 }) },
    { weight: 1, arbitrary: tie('tree') },
    { weight: 1, arbitrary: fc.constantFrom(null, 'text', 3, [null, 'x', 1], { no: 'type' }) },
  ),
}));

/** A chain `depth` levels deep of single-child containers, the innermost a Text. */
function deepTree(depth: number, container: string): Node {
  let node: Node = { type: 'Text', value: 'deep' };
  for (let i = 0; i < depth; i++) node = { type: container, children: [node] };
  return { type: 'Card', children: [node] };
}

/** The widget trees the server sent in the captures (final `thread.item.done` copies). */
const names = await fixtureNames('.sse');
const realTrees: Node[] = (await Promise.all(names.map((name) => captureEvents(name))))
  .flat()
  .flatMap((event) => {
    const item = (event as { item?: { type?: string; widget?: Node } }).item;
    return event.type === 'thread.item.done' && item?.type === 'widget' && item.widget ? [item.widget] : [];
  });

/** Records uncaught errors and component render failures while a tree renders. */
function watch(item: CkWidgetItem): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    errors.push(`unhandledrejection: ${String(event.reason)}`);
  };
  const onLog = (event: Event): void => {
    const { name, data } = (event as CustomEvent<{ name: string; data?: Record<string, unknown> }>).detail;
    if (name === 'widget.render_error') errors.push(`render_error: ${JSON.stringify(data)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  item.addEventListener('ck-widget-log', onLog);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      item.removeEventListener('ck-widget-log', onLog);
    },
  };
}

let runId = 0;

/** Roots that render every child of their `children` list. */
const CONTAINERS = new Set(['Card', 'Box', 'Row', 'Col', 'Basic']);

/** Renders `root` in the shared item and checks what any tree must satisfy. */
async function renderAndCheck(item: CkWidgetItem, root: Node): Promise<void> {
  const watcher = watch(item);
  try {
    item.item = widgetItem(root, `msg_${++runId}`);
    await settleWidget(item);
    // Errors thrown in a later task (e.g. a ResizeObserver callback) surface here.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    watcher.stop();
  }
  expect(watcher.errors, 'no uncaught error, no component failed to render').to.deep.equal([]);
  const rootEl = item.shadowRoot?.querySelector('.root');
  expect(rootEl, 'the tree container').to.exist;
  const verdict = validateWidgetNode(root);
  const first = rootEl?.firstElementChild;
  if (!verdict.ok) {
    // A bad root is contained: one fallback naming it, nothing else from the tree.
    expect(first?.getAttribute('data-widget-error') ?? '', 'fallback for a bad root').to.include(verdict.reason);
  } else {
    expect(first, 'a valid root renders').to.exist;
    expect(first?.hasAttribute('data-widget-error'), `valid ${String(root['type'])} is not a fallback`).to.equal(false);
    // A container shows each bad direct child as its own fallback, beside the good ones.
    const children = (verdict.node as { children?: unknown }).children;
    if (CONTAINERS.has(verdict.node.type) && Array.isArray(children)) {
      const bad = children.filter((child) => !validateWidgetNode(child).ok).length;
      expect(qa(item, '[data-widget-error]').length, 'fallbacks for the bad children').to.be.at.least(bad);
    }
  }
}

describe('fuzz: widget validation and rendering', function () {
  this.timeout(fuzzTimeout(30000));
  let item: CkWidgetItem;

  beforeEach(async () => {
    item = await fixture<CkWidgetItem>(html`<ck-widget-item style="width: 600px" .item=${widgetItem({ type: 'Card', children: [] }, 'msg_0')}></ck-widget-item>`);
    await settleWidget(item);
  });

  it('validates any value without throwing, and accepts only known types', () => {
    fc.assert(
      fc.property(fc.oneof(tree, fc.jsonValue()), (value) => {
        const verdict = validateWidgetNode(value);
        if (verdict.ok) expect(Object.hasOwn(WIDGET_NODE_SCHEMAS, verdict.node.type)).to.equal(true);
        else expect(verdict.reason).to.be.a('string').and.not.equal('');
      }),
      fuzzParams('widgets.validate', 500),
    );
  });

  it('has real widget trees, and renders them with no fallback at all', async () => {
    expect(realTrees.length).to.be.greaterThan(3);
    for (const root of realTrees) {
      await renderAndCheck(item, root);
      expect(qa(item, '[data-widget-error]').map((el) => el.getAttribute('data-widget-error'))).to.deep.equal([]);
    }
  });

  it('renders random trees with no uncaught error, containing the invalid parts', async () => {
    const rooted = fc.tuple(tree, fc.constantFrom(...WIDGET_ROOT_TYPES), fc.boolean()).map(([node, rootType, keep]) =>
      keep ? node : { ...node, type: rootType },
    );
    await fc.assert(
      fc.asyncProperty(rooted, (root) => renderAndCheck(item, root)),
      fuzzParams('widgets.random-trees', 40, 0.05),
    );
  });

  it('renders mutated real trees with no uncaught error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: realTrees.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) =>
        renderAndCheck(item, mutate(realTrees[index], mutations) as Node),
      ),
      fuzzParams('widgets.mutated', 30, 0.05),
    );
  });

  it('renders deeply nested trees', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 60 }), fc.constantFrom('Box', 'Row', 'Col', 'Card', 'Transition', 'Nope'), async (depth, container) => {
        await renderAndCheck(item, deepTree(depth, container));
        if (container === 'Box' || container === 'Row' || container === 'Col') expect(item.shadowRoot?.textContent).to.include('deep');
      }),
      fuzzParams('widgets.deep', 6, 0.01),
    );
  });
});
