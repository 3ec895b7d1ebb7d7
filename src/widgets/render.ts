import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { format, type Catalogue } from '../i18n/index.js';
import type { WidgetContext } from './context.js';
import { widgetDefinition } from './registry.js';

type Validated = { ok: true; type: string; node: Record<string, unknown> } | { ok: false; type: string | null; reason: string };

/**
 * Validation results by node object. The store patches widget trees immutably, so an unchanged
 * node keeps its identity and is validated (and reported) once, however often it re-renders.
 */
const validated = new WeakMap<object, Validated>();

function validate(node: unknown, ctx: WidgetContext): Validated {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    // Not cacheable by identity: reported on every render of its parent, which is rare.
    ctx.log('widget.invalid_node', { type: null, reason: 'not a widget node' });
    return { ok: false, type: null, reason: 'not a widget node' };
  }
  const cached = validated.get(node);
  if (cached) return cached;
  const type = (node as { type?: unknown }).type;
  let result: Validated;
  if (typeof type !== 'string') {
    result = { ok: false, type: null, reason: 'not a widget node (no type)' };
  } else {
    const definition = widgetDefinition(type);
    if (!definition) {
      result = { ok: false, type, reason: `unknown component type "${type}"` };
    } else {
      const parsed = definition.validate(node);
      result = parsed.ok ? { ok: true, type, node: parsed.node } : { ok: false, type, reason: parsed.reason };
    }
  }
  if (!result.ok) ctx.log('widget.invalid_node', { type: result.type, reason: result.reason });
  validated.set(node, result);
  return result;
}

/** The small, contained stand-in for a node that cannot be shown. */
function fallback(type: string | null, reason: string, strings: Catalogue): TemplateResult {
  const label = type ? `${type}: ${reason}` : reason;
  return html`<span class="ck-w-fallback" role="note" data-widget-error=${label}>⚠ ${format(strings.widgetPartUnavailable, { reason: label })}</span>`;
}

/** Renders one widget node, or a contained fallback when its type or props are invalid. */
export function renderNode(node: unknown, ctx: WidgetContext): TemplateResult {
  const result = validate(node, ctx);
  if (!result.ok) return fallback(result.type, result.reason, ctx.strings);
  const definition = widgetDefinition(result.type);
  if (!definition) return fallback(result.type, 'not registered', ctx.strings);
  try {
    return definition.render(result.node, ctx);
  } catch (error) {
    // A bug in one component must not take the thread down.
    ctx.log('widget.render_error', { type: result.type, message: error instanceof Error ? error.message : String(error) });
    return fallback(result.type, 'failed to render', ctx.strings);
  }
}

/** A child's identity for keyed rendering: `key`, then `id`, then type and position. */
export function keyOf(node: unknown, index: number): string {
  if (typeof node === 'object' && node !== null) {
    const { key, id, type } = node as { key?: unknown; id?: unknown; type?: unknown };
    if (typeof key === 'string') return `k:${key}`;
    if (typeof id === 'string') return `i:${id}`;
    if (typeof type === 'string') return `${type}:${String(index)}`;
  }
  return `#${String(index)}`;
}

/**
 * Renders children keyed by `key`, then `id`, then type and position, so a patched tree keeps
 * the DOM (focus, typed text) of nodes that did not change.
 */
export function renderChildren(children: readonly unknown[] | null | undefined, ctx: WidgetContext): TemplateResult {
  return html`${repeat(children ?? [], keyOf, (child) => renderNode(child, ctx))}`;
}
