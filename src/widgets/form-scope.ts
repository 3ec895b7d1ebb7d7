import type { ActionConfig } from '../schemas/index.js';
import type { ActionSource, WidgetContext } from './context.js';

/** A named control inside a `Form` (or a `Card` with `asForm`). */
export interface FormField {
  /** The key of its value in the action payload; dotted names nest (`order.quantity`). */
  readonly name: string;
  /** The current value: a string (Input, Textarea, Select, RadioGroup, DatePicker, editable Text), a boolean (Checkbox), or `null` when empty. */
  value(): unknown;
  /** Checks `required`/`pattern`, shows (or clears) the field's message, and returns it (`null` = valid). */
  validate(): string | null;
  focus(): void;
}

/** What a form container offers the controls below it (through their `WidgetContext`). */
export interface FormScope {
  /** Adds a field; call the returned function when the field goes away. */
  register(field: FormField): () => void;
  /**
   * Submits the form: runs its submit action (`Form.onSubmitAction`, or a Card's `confirm`) with
   * binding `submit`, so validation runs and values are merged. Used by `Button submit` and by
   * Enter in a single-line field. Resolves at once when the form has no submit action.
   */
  submit(source: ActionSource): Promise<void>;
}

/** Bindings whose action submits the form (validation blocks them); change actions only read values. */
const SUBMITTING: ReadonlySet<ActionSource['binding']> = new Set(['submit', 'confirm']);

/** Thrown (and shown by the item) when validation blocks a submission. */
export class FormInvalidError extends Error {
  constructor(readonly count: number) {
    super(count === 1 ? 'Please fix the highlighted field.' : `Please fix the ${String(count)} highlighted fields.`);
    this.name = 'FormInvalidError';
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): boolean {
  let node = target;
  for (const [index, key] of path.entries()) {
    // Prototype keys from server-chosen names must never reach Object.prototype.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false;
    if (index === path.length - 1) {
      if (Object.hasOwn(node, key)) return false;
      node[key] = value;
      return true;
    }
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined) {
      const child: Record<string, unknown> = {};
      node[key] = child;
      node = child;
    } else if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else {
      return false;
    }
  }
  return false;
}

/**
 * Merges field values into an action payload: dotted names nest, and on a collision with a key
 * the payload already has, the form value is dropped (the payload wins) and reported.
 */
export function mergeFormValues(
  payload: unknown,
  fields: Iterable<FormField>,
  onCollision: (name: string) => void,
): Record<string, unknown> {
  const base = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload : {};
  const merged = structuredClone(base) as Record<string, unknown>;
  for (const field of fields) {
    if (!field.name) continue;
    if (!setPath(merged, field.name.split('.'), field.value())) onCollision(field.name);
  }
  return merged;
}

/**
 * A form container's scope, and the context its children render with: every action fired
 * inside gets the fields' values merged into its payload, and submitting actions are blocked
 * (with messages on the fields, focus on the first) while a field is invalid.
 */
export function createFormScope(
  parent: WidgetContext,
  /** The container's submit action, read when submitting (it may change with the node). */
  submitAction: () => ActionConfig | undefined,
): { scope: FormScope; context: WidgetContext; fields: ReadonlySet<FormField> } {
  const fields = new Set<FormField>();
  const scope: FormScope = {
    register(field) {
      fields.add(field);
      return () => fields.delete(field);
    },
    submit(source) {
      const action = submitAction();
      return action ? context.action(action, { ...source, binding: 'submit' }) : Promise.resolve();
    },
  };
  const context: WidgetContext = {
    ...parent,
    form: scope,
    action: (action: ActionConfig, source: ActionSource) => {
      if (SUBMITTING.has(source.binding)) {
        const invalid = [...fields].filter((field) => field.validate() !== null);
        if (invalid.length) {
          invalid[0]?.focus();
          return Promise.reject(new FormInvalidError(invalid.length));
        }
      }
      const payload = mergeFormValues(action.payload, fields, (name) => {
        parent.log('widget.form_value_collision', { name, action: action.type });
      });
      return parent.action({ ...action, payload }, source);
    },
  };
  return { scope, context, fields };
}
