import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { element } from '../define-element.js';
import type { RadioGroupNode, RadioOption } from '../schemas/widgets/index.js';
import { FieldController, labelId, readableName } from './field-base.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `RadioGroup`: native `<input type="radio">`s sharing the node's `name`, each in its own
 * `<label>`, inside a `<fieldset role="radiogroup">` named by `ariaLabel` (else by a `Label`
 * widget for this field, else by its name). Arrow keys move the choice, as with any radio group.
 * Options may be `disabled`; `direction` lays them out in a row (default) or a column.
 *
 * Its value is the checked option's `value`, `null` while none is; each change fires
 * `onChangeAction` (binding `change`). A `required` group needs a choice to submit. The user's
 * choice survives re-renders: only a new `defaultValue` replaces it.
 *
 * @tagname ck-widget-radio-group
 */
@element('ck-widget-radio-group')
export class CkWidgetRadioGroup extends WidgetElement<RadioGroupNode> {
  private readonly field = new FieldController(this, {
    name: () => this.node.name,
    value: () => this.checked?.value ?? null,
    check: () =>
      this.node.required === true && this.node.disabled !== true && this.checked === null
        ? this.ctx.strings.widgetRequiredChoice
        : null,
    focus: () => {
      this.focusChoice();
    },
  });

  private get radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input.ck-w-radio__input')];
  }

  private get checked(): HTMLInputElement | null {
    return this.radios.find((radio) => radio.checked) ?? null;
  }

  /** Focuses the checked radio, else the first enabled one (where Tab would land). */
  focusChoice(): void {
    (this.checked ?? this.radios.find((radio) => !radio.disabled))?.focus();
  }

  private readonly onChange = (): void => {
    this.field.revalidate();
    void this.field.change(this.node.onChangeAction);
  };

  private renderOption(option: RadioOption, index: number): TemplateResult {
    const node = this.node;
    // `.checked` is only written when `defaultValue` (or the option's value) changes.
    return html`<label class="ck-w-radio" ?data-disabled=${option.disabled === true || node.disabled === true}>
      <input
        type="radio"
        class="ck-w-radio__input"
        id=${`${this.field.controlId}-${String(index)}`}
        name=${node.name}
        value=${option.value}
        .checked=${option.value === node.defaultValue}
        ?disabled=${option.disabled === true}
      /><span class="ck-w-radio__label">${option.label}</span>
    </label>`;
  }

  protected override render(): TemplateResult {
    const node = this.node;
    const field = this.field;
    const labelled = !node.ariaLabel && field.hasLabelWidget;
    return html`<fieldset
        class="ck-w-radio-group"
        id=${field.controlId}
        role="radiogroup"
        data-direction=${node.direction ?? 'row'}
        ?disabled=${node.disabled === true}
        aria-label=${node.ariaLabel || (labelled ? nothing : readableName(node.name))}
        aria-labelledby=${labelled ? labelId(this.ctx.itemId, node.name) : nothing}
        aria-required=${node.required === true ? 'true' : nothing}
        aria-invalid=${field.ariaInvalid}
        aria-describedby=${field.describedBy}
        aria-busy=${field.loading ? 'true' : nothing}
        @change=${this.onChange}
      >
        ${repeat(node.options ?? [], (option) => option.value, (option, index) => this.renderOption(option, index))}
      </fieldset>
      ${field.renderMessage()}`;
  }
}

registerBuiltIn<RadioGroupNode>('RadioGroup', {
  validate: schemaValidator<RadioGroupNode>(),
  render: (node, ctx) => html`<ck-widget-radio-group .node=${node} .ctx=${ctx}></ck-widget-radio-group>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-radio-group': CkWidgetRadioGroup;
  }
}
