import type { TemplateResult } from 'lit';
import type { WidgetContext } from './context.js';

/** How one component type renders. `node` has passed the type's schema (defaults applied). */
export interface WidgetDefinition<N = Record<string, unknown>> {
  /** Validates a node's own props (children are validated one by one when rendered). */
  validate(node: unknown): { ok: true; node: N } | { ok: false; reason: string };
  render(node: N, ctx: WidgetContext): TemplateResult;
}

const definitions = new Map<string, WidgetDefinition>();

/**
 * Registers (or replaces) how a component `type` renders. Built-in components register
 * themselves; apps add their own types the same way.
 */
export function registerWidget<N>(type: string, definition: WidgetDefinition<N>): void {
  definitions.set(type, definition as unknown as WidgetDefinition);
}

/** The definition for a component type, if any. */
export function widgetDefinition(type: string): WidgetDefinition | undefined {
  return definitions.get(type);
}

/** Every registered component type. */
export function widgetTypes(): string[] {
  return [...definitions.keys()];
}
