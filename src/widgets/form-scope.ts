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
  /**
   * The control's element, when it has one: fields are then read, validated and focused in
   * document order rather than in the order they registered (a patched tree can add a field
   * above the others).
   */
  readonly element?: Element;
}

/** What a form container offers the controls below it (through their `WidgetContext`). */
export interface FormScope {
  /** Adds a field; call the returned function when the field goes away. */
  register(field: FormField): () => void;
  /**
   * Submits the form: runs its submit action (`Form.onSubmitAction`, or a Card's `confirm`) with
   * binding `submit`, so validation runs and values are merged. Used by `Button submit` and by
   * Enter in a single-line field. Resolves at once when the form has no submit action. Called
   * from elsewhere than its default (first) submit button, it presses that button instead, as
   * Enter does in an HTML form, and resolves at once.
   */
  submit(source: ActionSource): Promise<void>;
}

/** Bindings whose action submits the form (validation blocks them); change actions only read values. */
const SUBMITTING: ReadonlySet<ActionSource['binding']> = new Set(['submit', 'confirm']);

/**
 * What a submission blocked by validation rejects with. Nothing reached the item (nothing was
 * sent), so the form container shows the message itself, announced, next to the fields.
 */
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

/** The fields in document order where every field has an element, else in registration order. */
function inOrder(fields: ReadonlySet<FormField>): FormField[] {
  const list = [...fields];
  if (!list.every((field) => field.element?.isConnected === true)) return list;
  return list.sort((a, b) => {
    // Both elements exist (checked above); FOLLOWING means b comes after a.
    const position = (a.element as Element).compareDocumentPosition(b.element as Element);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  });
}

/** What a form container wants to hear from its scope (to show or clear its summary message, fold a Card). */
export interface FormScopeHooks {
  /** Validation blocked a submitting action; the fields already show their messages and the first has focus. */
  invalid?(error: FormInvalidError): void;
  /** A submitting action passed validation and is about to be sent. */
  valid?(): void;
  /** {@link FormScope.submit} completed: its action was handled (not called when it failed or was blocked). */
  submitted?(): void;
  /**
   * The form's default button: the first submit button it owns. Submitting from anywhere else
   * (Enter in a field) presses it, as browsers do, so it shows its own loading state and a
   * submit button with its own action sends that one.
   */
  defaultButton?(): HTMLButtonElement | null;
}

/** The first submit button `form` owns (not one of a nested form), if any. */
export function defaultButtonOf(form: HTMLFormElement | null): HTMLButtonElement | null {
  if (!form) return null;
  for (const button of form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')) {
    if (button.form === form) return button;
  }
  return null;
}

/**
 * A form container's scope, and the context its children render with: every action fired
 * inside gets the fields' values merged into its payload, and submitting actions are blocked
 * (with messages on the fields, focus on the first) while a field is invalid.
 *
 * A form nested in another (a `Form` inside a `Card asForm`) passes its actions up through the
 * outer scope, so they carry both forms' values (inner names win a collision) and a submission
 * validates both.
 */
export function createFormScope(
  parent: WidgetContext,
  /** The container's submit action, read when submitting (it may change with the node). */
  submitAction: () => ActionConfig | undefined,
  hooks: FormScopeHooks = {},
): { scope: FormScope; context: WidgetContext; fields: ReadonlySet<FormField> } {
  const fields = new Set<FormField>();
  const scope: FormScope = {
    register(field) {
      fields.add(field);
      return () => fields.delete(field);
    },
    async submit(source) {
      const button = hooks.defaultButton?.();
      // Only for a source that is not a submit button itself (a second submit button submits as is).
      if (button && !source.element.contains(button) && !source.element.querySelector('button[type="submit"]')) {
        // A disabled default button blocks implicit submission, as in HTML.
        button.click();
        return;
      }
      const action = submitAction();
      if (!action) return;
      await context.action(action, { ...source, binding: 'submit' });
      hooks.submitted?.();
    },
  };
  const context: WidgetContext = {
    ...parent,
    form: scope,
    action: (action: ActionConfig, source: ActionSource) => {
      if (SUBMITTING.has(source.binding)) {
        const invalid = inOrder(fields).filter((field) => field.validate() !== null);
        if (invalid.length) {
          invalid[0]?.focus();
          const error = new FormInvalidError(invalid.length);
          hooks.invalid?.(error);
          return Promise.reject(error);
        }
        hooks.valid?.();
      }
      const payload = mergeFormValues(action.payload, inOrder(fields), (name) => {
        parent.log('widget.form_value_collision', { name, action: action.type });
      });
      return parent.action({ ...action, payload }, source);
    },
  };
  return { scope, context, fields };
}

/**
 * Keeps one form scope per container element, recreated only when the parent context object
 * changes: a new scope would make every control re-register, and a new child context would
 * re-render every child.
 */
export class FormScopeHolder {
  private parent: WidgetContext | null = null;
  private scoped: ReturnType<typeof createFormScope> | null = null;

  constructor(
    private readonly submitAction: Parameters<typeof createFormScope>[1],
    private readonly hooks: FormScopeHooks,
  ) {}

  /** The context to render the container's children with. */
  contextFor(parent: WidgetContext): WidgetContext {
    if (this.scoped === null || this.parent !== parent) {
      this.parent = parent;
      this.scoped = createFormScope(parent, this.submitAction, this.hooks);
    }
    return this.scoped.context;
  }
}

/**
 * Handles a native `submit` event of a form container's `<form>`: never navigates, and submits
 * through the scope unless the event came from a nested form (submit events bubble in most
 * browsers). Built-in controls never let the browser submit (a submit `Button` cancels its
 * native submission, Enter in an `Input` submits through the scope), so this covers the rest:
 * an app component's own field, `requestSubmit()`.
 */
export function onNativeSubmit(event: SubmitEvent, ctx: WidgetContext, element: Element): void {
  event.preventDefault();
  if (event.target !== event.currentTarget) return;
  ctx.form?.submit({ binding: 'submit', element }).catch(() => {
    // Invalid fields show their messages; a failed action shows the item's error.
  });
}
