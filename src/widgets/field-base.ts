/**
 * What every form control shares: the messages, deterministic ids (so a `Label` can point at its
 * control with `for`), `required`/`pattern` checks, and {@link FieldController}, which joins the
 * nearest form scope, shows the validation message and fires change actions.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { en, type Catalogue } from '../i18n/index.js';
import type { ActionConfig } from '../schemas/index.js';
import type { WidgetContext } from './context.js';
import type { FormField, FormScope } from './form-scope.js';

// The English messages; fields show the catalogue's (`ctx.strings.widgetRequired`, …).
/** Shown under a `required` text field (Input, Textarea, editable Text, Select, DatePicker) left empty. */
export const MESSAGE_REQUIRED = en.widgetRequired;
/** Shown under a `required` RadioGroup with no choice. */
export const MESSAGE_REQUIRED_CHOICE = en.widgetRequiredChoice;
/** Shown under a `required` Checkbox left unchecked. */
export const MESSAGE_REQUIRED_CHECK = en.widgetRequiredCheck;
/** Shown when a value does not match the field's `pattern`. */
export const MESSAGE_PATTERN = en.widgetPattern;
/** Accessible name of the clear button of Select and DatePicker. */
export const LABEL_CLEAR = en.widgetClear;

/** Id-safe spelling of any string: letters and digits stay, every other code point becomes `_<hex>_`. */
function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9]/gu, (char) => `_${(char.codePointAt(0) ?? 0).toString(16)}_`);
}

/**
 * The id of the native control of the field `name` in the item `itemId`. All widget elements of an
 * item render in light DOM under one shadow root, so `<label for>` resolves there; the encoding is
 * one-to-one, so two different names never share an id.
 */
export function fieldId(itemId: string, name: string): string {
  return `ck-f-${idPart(itemId)}-${idPart(name)}`;
}

/** The id of the `<label>` a `Label` widget renders for the field `name`. */
export function labelId(itemId: string, name: string): string {
  return `${fieldId(itemId, name)}-label`;
}

/** A name a screen reader can say: `order.quantity` → `order quantity`. */
export function readableName(name: string): string {
  return name.replace(/[._-]+/g, ' ').trim() || name;
}

/**
 * `pattern` as HTML reads it: the whole value must match. Compiled with the `v` flag like
 * browsers do, falling back to `u` and then no flag, since servers write patterns for older
 * regex dialects (`[a-z-]` is invalid with `v`). `null` when it does not compile at all.
 */
export function patternRegExp(pattern: string): RegExp | null {
  for (const flags of ['v', 'u', '']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      // Try the next, more lenient dialect.
    }
  }
  return null;
}

/** The rules a text field checks. */
export interface TextRules {
  required?: boolean | null | undefined;
  pattern?: string | null | undefined;
}

/**
 * The message for a text value, or `null` when it is valid. An empty optional value is valid
 * whatever the pattern (as in HTML); a pattern that does not compile is ignored.
 */
export function textMessage(value: string, rules: TextRules, strings: Catalogue = en): string | null {
  if (value === '') return rules.required === true ? strings.widgetRequired : null;
  if (rules.pattern) {
    const pattern = patternRegExp(rules.pattern);
    if (pattern !== null && !pattern.test(value)) return strings.widgetPattern;
  }
  return null;
}

/**
 * The attributes that keep password managers away from a field (`allowAutofillExtensions`
 * absent or false, as in ChatKit): no browser autofill, no 1Password or LastPass overlay.
 */
export function autofillAttributes(allow: boolean | null | undefined): {
  autocomplete: string | typeof nothing;
  ignore: boolean;
} {
  return allow === true ? { autocomplete: nothing, ignore: false } : { autocomplete: 'off', ignore: true };
}

/** The element a controller serves: a Lit widget element (`ctx` comes from the item). */
export interface FieldHost extends HTMLElement {
  ctx: WidgetContext;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** What a control tells its {@link FieldController}. */
export interface FieldHooks {
  /** The field's name; `null` while the element is not a field (a Text that is not editable). */
  name(): string | null;
  /** The current value, per the form protocol (`null` when empty). */
  value(): unknown;
  /** The message for the current value, `null` when valid. */
  check(): string | null;
  /** Moves focus to the native control (the first invalid field gets focus on submit). */
  focus(): void;
}

/** Hosts that render a field, marked so a `Label` can ask them to re-check their name. */
export const FIELD_HOST_ATTRIBUTE = 'data-ck-field';

/**
 * The form side of a control: registers a {@link FormField} with `ctx.form` (again when the
 * scope changes, and away when the element leaves the DOM), keeps the shown message, and runs
 * change actions with their `self` loading state.
 */
export class FieldController implements ReactiveController {
  /** The message shown under the control; `null` = valid (or not checked yet). */
  error: string | null = null;
  /** A change action with the `self` loading state is running. */
  loading = false;

  private readonly field: FormField;
  private scope: FormScope | undefined;
  private unregister: (() => void) | null = null;
  private reportedPattern: string | null = null;

  constructor(
    private readonly host: FieldHost,
    private readonly hooks: FieldHooks,
  ) {
    host.addController(this);
    this.field = {
      get name() {
        return hooks.name() ?? '';
      },
      value: () => hooks.value(),
      validate: () => this.validate(),
      focus: () => {
        hooks.focus();
      },
      // Lets the form order its fields as the document does.
      element: host,
    };
  }

  hostConnected(): void {
    this.join();
  }

  hostUpdated(): void {
    this.join();
  }

  hostDisconnected(): void {
    this.unregister?.();
    this.unregister = null;
    this.scope = undefined;
  }

  /** Joins the current form scope (or leaves it when the element stops being a field). */
  private join(): void {
    // Connected before its node arrived (not how the renderer does it): wait for the update.
    if ((this.host as Partial<{ node: unknown }>).node === undefined) return;
    const isField = this.hooks.name() !== null;
    // Not in the constructor: a custom element may not gain attributes while being created.
    if (this.host.hasAttribute(FIELD_HOST_ATTRIBUTE) !== isField) this.host.toggleAttribute(FIELD_HOST_ATTRIBUTE, isField);
    const scope = isField ? this.host.ctx.form : undefined;
    if (scope === this.scope && (scope === undefined || this.unregister !== null)) return;
    this.unregister?.();
    this.unregister = null;
    this.scope = scope;
    if (scope) this.unregister = scope.register(this.field);
  }

  /** Checks the value, shows or clears the message, and returns it. */
  validate(): string | null {
    const message = this.hooks.name() === null ? null : this.hooks.check();
    if (message !== this.error) {
      this.error = message;
      this.host.requestUpdate();
    }
    return message;
  }

  /** After an edit: a shown message updates (and goes away) as soon as the value is fixed. */
  revalidate(): void {
    if (this.error !== null) this.validate();
  }

  /** Reports a `pattern` that does not compile (once per pattern); it is then ignored. */
  checkPattern(pattern: string | null | undefined): void {
    if (!pattern || pattern === this.reportedPattern) return;
    if (patternRegExp(pattern) === null) {
      this.reportedPattern = pattern;
      this.host.ctx.log('widget.invalid_pattern', { name: this.hooks.name(), pattern });
    }
  }

  /** The id of the native control. */
  get controlId(): string {
    return fieldId(this.host.ctx.itemId, this.hooks.name() ?? '');
  }

  /** The id of the message element. */
  get messageId(): string {
    return `${this.controlId}-message`;
  }

  /** `aria-invalid` while a message shows. */
  get ariaInvalid(): 'true' | typeof nothing {
    return this.error === null ? nothing : 'true';
  }

  /** `aria-describedby` pointing at the message while it shows. */
  get describedBy(): string | typeof nothing {
    return this.error === null ? nothing : this.messageId;
  }

  /**
   * Whether a `Label` widget names this field. Its element is looked up rather than its
   * `<label>`, because the Label may render after this control; it then asks us to update.
   */
  get hasLabelWidget(): boolean {
    const name = this.hooks.name();
    if (name === null) return false;
    const root = this.host.getRootNode() as ParentNode;
    for (const label of root.querySelectorAll('ck-widget-label')) {
      if ((label as Partial<{ node: { fieldName?: unknown } }>).node?.fieldName === name) return true;
    }
    return false;
  }

  /**
   * `aria-label` of last resort, for a control with no visible label at all: its placeholder,
   * else its name. Never set while a label exists, since `aria-label` would override it.
   */
  fallbackLabel(placeholder: string | null | undefined, ownLabel = false): string | typeof nothing {
    if (ownLabel || this.hasLabelWidget) return nothing;
    return placeholder || readableName(this.hooks.name() ?? '') || nothing;
  }

  /** The message element (only while there is a message). */
  renderMessage(): TemplateResult | typeof nothing {
    return this.error === null
      ? nothing
      : html`<p class="ck-w-field__message" id=${this.messageId}>${this.error}</p>`;
  }

  /**
   * Runs a change action (binding `change`: no loading state unless the action asks for one).
   * A failure is shown by the item; the control stays usable.
   */
  async change(action: ActionConfig | undefined): Promise<void> {
    if (!action) return;
    try {
      await this.host.ctx.action(action, {
        binding: 'change',
        element: this.host,
        setLoading: (on) => {
          this.loading = on;
          this.host.requestUpdate();
        },
      });
    } catch {
      // The item shows the error next to the widget.
    }
  }

  /**
   * Enter in a single-line field submits the enclosing form (and only that: the browser's own
   * implicit submission would also click a submit button).
   */
  submitOnEnter(event: KeyboardEvent): void {
    const form = this.host.ctx.form;
    if (!form || event.key !== 'Enter' || event.isComposing || event.shiftKey || event.altKey) return;
    event.preventDefault();
    form.submit({ binding: 'submit', element: this.host }).catch(() => {
      // Invalid fields show their messages; other failures are shown by the item.
    });
  }
}
