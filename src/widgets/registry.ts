import type { TemplateResult } from 'lit';
import type { WidgetContext } from './context.js';

/** How one component type renders. `node` has passed the type's validation (defaults applied). */
export interface WidgetDefinition<N = Record<string, unknown>> {
  /** Validates a node's own props (children are validated one by one when rendered). */
  validate(node: unknown): { ok: true; node: N } | { ok: false; reason: string };
  render(node: N, ctx: WidgetContext): TemplateResult;
}

/** Anything with zod's `safeParse` (zod, `zod/mini`, or a compatible validator). */
export interface SafeParser<N> {
  safeParse(value: unknown):
    | { success: true; data: N }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * An app's own component type. Give a `schema` (or a `validate` function) for its props, and
 * either an `element` — the tag of a custom element you defined, which receives the validated
 * `node` and the widget `ctx` as properties (works with plain `HTMLElement` classes, no Lit
 * needed) — or a `render` function returning a Lit template or a DOM node.
 */
export interface CustomWidgetDefinition<N = Record<string, unknown>> {
  schema?: SafeParser<N>;
  validate?: WidgetDefinition<N>['validate'];
  element?: string;
  render?: (node: N, ctx: WidgetContext) => TemplateResult | Node;
}

/** App registrations; they win over the built-ins, whichever came first. */
const definitions = new Map<string, WidgetDefinition>();
/**
 * Built-in components, registered when the widgets chunk loads: possibly after an app replaced
 * one of them, so they are kept apart rather than overwriting it.
 */
const builtIns = new Map<string, WidgetDefinition>();
let renderCustom: ((definition: CustomWidgetDefinition, node: unknown, ctx: WidgetContext) => TemplateResult) | null = null;

/** Installed by `ck-widget-custom.ts` (kept out of this module so the registry stays Lit-free). */
export function setCustomRenderer(renderer: typeof renderCustom): void {
  renderCustom = renderer;
}

function fromSchema<N>(schema: SafeParser<N>): WidgetDefinition<N>['validate'] {
  return (node) => {
    const result = schema.safeParse(node);
    if (result.success) return { ok: true, node: result.data };
    const issue = result.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    return { ok: false, reason: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}` };
  };
}

const acceptObjects = (node: unknown): { ok: true; node: Record<string, unknown> } => ({ ok: true, node: node as Record<string, unknown> });

function isBuiltIn<N>(definition: WidgetDefinition<N> | CustomWidgetDefinition<N>): definition is WidgetDefinition<N> {
  return typeof definition.validate === 'function' && typeof definition.render === 'function' && !('element' in definition) && !('schema' in definition);
}

/**
 * Registers (or replaces) how a component `type` renders: apps add their own types with a
 * {@link CustomWidgetDefinition} (or a `{validate, render}` {@link WidgetDefinition}), and may
 * replace a built-in type.
 *
 * ```js
 * class PriceTag extends HTMLElement {
 *   set node(node) { this.textContent = `${node.amount} ${node.currency}`; }
 * }
 * customElements.define('price-tag', PriceTag);
 * registerWidget('PriceTag', { element: 'price-tag' });
 * ```
 */
export function registerWidget<N>(type: string, definition: WidgetDefinition<N> | CustomWidgetDefinition<N>): void {
  if (isBuiltIn(definition)) {
    definitions.set(type, definition as unknown as WidgetDefinition);
    return;
  }
  const custom = definition;
  if (custom.element !== undefined && !/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(custom.element)) {
    throw new Error(`chat-kit: registerWidget("${type}"): "${custom.element}" is not a valid custom element name`);
  }
  if (custom.element === undefined && custom.render === undefined) {
    throw new Error(`chat-kit: registerWidget("${type}") needs an element or a render function`);
  }
  const validate = custom.validate ?? (custom.schema ? fromSchema(custom.schema) : acceptObjects);
  definitions.set(type, {
    validate: validate as WidgetDefinition['validate'],
    render: (node, ctx) => {
      if (!renderCustom) throw new Error('custom widget renderer missing');
      return renderCustom(custom as CustomWidgetDefinition, node, ctx);
    },
  });
}

/** Registers a built-in component (its module does, when the widgets chunk is evaluated). */
export function registerBuiltIn<N>(type: string, definition: WidgetDefinition<N>): void {
  builtIns.set(type, definition as unknown as WidgetDefinition);
}

/** The definition for a component type, if any: the app's, else the built-in one. */
export function widgetDefinition(type: string): WidgetDefinition | undefined {
  return definitions.get(type) ?? builtIns.get(type);
}

/** Every registered component type. */
export function widgetTypes(): string[] {
  return [...new Set([...builtIns.keys(), ...definitions.keys()])];
}
