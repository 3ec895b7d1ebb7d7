import { validateWidgetNode } from '../schemas/widgets/index.js';
import type { WidgetDefinition } from './registry.js';

/** The `validate` of a built-in component: its zod schema, with readable reasons. */
export function schemaValidator<N>(): WidgetDefinition<N>['validate'] {
  return (node) => {
    const result = validateWidgetNode(node);
    return result.ok ? { ok: true, node: result.node as N } : { ok: false, reason: result.reason };
  };
}
