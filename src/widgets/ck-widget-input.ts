import { html, nothing, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { InputNode } from '../schemas/widgets/index.js';
import { autofillAttributes, FieldController, textMessage } from './field-base.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Input`: a labelled, single-line `<input>` carrying the node's `name`, of any `inputType`
 * (its value stays a string, also for `number`). In a form its value is reported as a string,
 * `null` when empty; Enter submits the form.
 *
 * `required` and `pattern` (a full match, as in HTML) are checked when the form submits: the
 * field then shows a message below it, linked with `aria-describedby`, and is `aria-invalid`
 * until the value is fixed. `autoFocus` focuses it when it first renders, `autoSelect` selects
 * its text on focus. What the user typed survives re-renders: only a new `defaultValue` replaces it.
 *
 * Appearance: `variant` (`outline` by default, or `soft`), `size` on the control height scale,
 * `gutterSize` (inline padding), `pill`.
 *
 * @tagname ck-widget-input
 */
@element('ck-widget-input')
export class CkWidgetInput extends WidgetElement<InputNode> {
  private readonly field = new FieldController(this, {
    name: () => this.node.name,
    value: () => this.input?.value || null,
    check: () => (this.node.disabled === true ? null : textMessage(this.input?.value ?? '', this.node, this.ctx.strings)),
    focus: () => this.input?.focus(),
  });

  private get input(): HTMLInputElement | null {
    return this.querySelector('input.ck-w-input');
  }

  protected override firstUpdated(): void {
    if (this.node.autoFocus === true) this.input?.focus();
  }

  protected override updated(): void {
    this.field.checkPattern(this.node.pattern);
  }

  private readonly onFocus = (): void => {
    if (this.node.autoSelect === true) this.input?.select();
  };

  protected override render(): TemplateResult {
    const node = this.node;
    const field = this.field;
    const autofill = autofillAttributes(node.allowAutofillExtensions);
    // `.value` is only written when `defaultValue` changes (Lit compares with the last value it
    // wrote), so a re-render with an equal node keeps what the user typed.
    return html`<input
        class="ck-w-control ck-w-input"
        id=${field.controlId}
        name=${node.name}
        type=${node.inputType ?? 'text'}
        .value=${node.defaultValue ?? ''}
        placeholder=${node.placeholder ?? nothing}
        ?disabled=${node.disabled === true}
        autocomplete=${autofill.autocomplete}
        ?data-1p-ignore=${autofill.ignore}
        data-lpignore=${autofill.ignore ? 'true' : nothing}
        data-variant=${node.variant ?? 'outline'}
        data-size=${node.size ?? 'md'}
        data-gutter=${node.gutterSize ?? nothing}
        ?data-pill=${node.pill === true}
        aria-required=${node.required === true ? 'true' : nothing}
        aria-invalid=${field.ariaInvalid}
        aria-describedby=${field.describedBy}
        aria-label=${field.fallbackLabel(node.placeholder)}
        @input=${() => {
          field.revalidate();
        }}
        @keydown=${(event: KeyboardEvent) => {
          field.submitOnEnter(event);
        }}
        @focus=${this.onFocus}
      />${field.renderMessage()}`;
  }
}

registerBuiltIn<InputNode>('Input', {
  validate: schemaValidator<InputNode>(),
  render: (node, ctx) => html`<ck-widget-input .node=${node} .ctx=${ctx}></ck-widget-input>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-input': CkWidgetInput;
  }
}
