/**
 * Copy-on-write patches of a widget tree, addressed by node `id`.
 *
 * Only `children` is walked (a list, or a single node for `Transition`): that is the only prop
 * holding nodes, and walking other props could match an action payload that happens to carry an
 * `id`. Nodes off the patched path keep their identity, so a keyed renderer leaves them alone.
 */

/** The parts of a widget node the patcher relies on; everything else passes through untouched. */
export interface WidgetNodeLike {
  readonly type: string;
  readonly id?: string | undefined;
  readonly children?: unknown;
  readonly [prop: string]: unknown;
}

/**
 * How deep the patcher looks. The wire schema keeps `children` loose, so a hostile or broken
 * server can send a tree thousands of levels deep; recursing into it would overflow the stack and
 * throw out of the reducer. Real widgets are a handful of levels deep.
 */
export const MAX_WIDGET_DEPTH = 500;

function isNode(value: unknown): value is WidgetNodeLike {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
}

// Returns the same reference when nothing matched, which is how callers detect "no change".
function patchNode(node: unknown, id: string, patch: (node: WidgetNodeLike) => WidgetNodeLike, depth: number): unknown {
  if (!isNode(node) || depth > MAX_WIDGET_DEPTH) return node;
  if (node.id === id) return patch(node);
  const { children } = node;
  if (Array.isArray(children)) {
    for (let i = 0; i < children.length; i++) {
      const child: unknown = children[i];
      const patched = patchNode(child, id, patch, depth + 1);
      if (patched !== child) {
        const next = children.slice();
        next[i] = patched;
        return { ...node, children: next };
      }
    }
    return node;
  }
  if (isNode(children)) {
    const patched = patchNode(children, id, patch, depth + 1);
    return patched === children ? node : { ...node, children: patched };
  }
  return node;
}

/**
 * Replaces the first node (depth-first, the root included) whose `id` equals `id` with
 * `patch(node)`. Returns `root` itself when no node has that id within
 * {@link MAX_WIDGET_DEPTH} levels.
 */
export function patchWidgetNode<T>(root: T, id: string, patch: (node: WidgetNodeLike) => WidgetNodeLike): T {
  return patchNode(root, id, patch, 0) as T;
}

/** Appends streamed text to a `Text`/`Markdown` node's `value` and records whether it still streams. */
export function appendStreamingText<T>(root: T, id: string, delta: string, done: boolean): T {
  return patchWidgetNode(root, id, (node) => ({
    ...node,
    value: (typeof node.value === 'string' ? node.value : '') + delta,
    streaming: !done,
  }));
}

/** Replaces the node with that id by `component` (`widget.component.updated`). */
export function replaceWidgetNode<T>(root: T, id: string, component: unknown): T {
  if (!isNode(component)) return root;
  return patchWidgetNode(root, id, () => component);
}

function findNode(node: unknown, id: string, depth: number): WidgetNodeLike | undefined {
  if (!isNode(node) || depth > MAX_WIDGET_DEPTH) return undefined;
  if (node.id === id) return node;
  const { children } = node;
  if (Array.isArray(children)) {
    for (const child of children as unknown[]) {
      const found = findNode(child, id, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  return findNode(children, id, depth + 1);
}

/**
 * Finds the first node with that id (depth-first through `children`, at most
 * {@link MAX_WIDGET_DEPTH} levels down), or undefined.
 */
export function findWidgetNode(root: unknown, id: string): WidgetNodeLike | undefined {
  return findNode(root, id, 0);
}
