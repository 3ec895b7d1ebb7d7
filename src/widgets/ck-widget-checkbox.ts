import { html, nothing, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { CheckboxNode } from '../schemas/widgets/index.js';
import { FieldController } from './field-base.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Checkbox`: a native `<input type="checkbox">` carrying the node's `name`, inside a `<label>`
 * with the node's `label` (a `Label` widget can name it too). Its value is a boolean; each
 * toggle fires `onChangeAction` (binding `change`). A `required` checkbox must be checked to
 * submit. The user's choice survives re-renders: only a new `defaultChecked` replaces it.
 *
 * @tagname ck-widget-checkbox
 */
@element('ck-widget-checkbox')
export class CkWidgetCheckbox extends WidgetElement<CheckboxNode> {
  private readonly field = new FieldController(this, {
    name: () => this.node.name,
    value: () => this.input?.checked ?? this.node.defaultChecked === true,
    check: () =>
      this.node.required === true && this.node.disabled !== true && this.input?.checked !== true
        ? this.ctx.strings.widgetRequiredCheck
        : null,
    focus: () => this.input?.focus(),
  });

  private get input(): HTMLInputElement | null {
    return this.querySelector('input.ck-w-checkbox__input');
  }

  private readonly onChange = (): void => {
    this.field.revalidate();
    void this.field.change(this.node.onChangeAction);
  };

  protected override render(): TemplateResult {
    const node = this.node;
    const field = this.field;
    const label = node.label ?? '';
    // `.checked` is only written when `defaultChecked` changes, like Input's value.
    const input = html`<input
      type="checkbox"
      class="ck-w-checkbox__input"
      id=${field.controlId}
      name=${node.name}
      .checked=${node.defaultChecked === true}
      ?disabled=${node.disabled === true}
      aria-required=${node.required === true ? 'true' : nothing}
      aria-invalid=${field.ariaInvalid}
      aria-describedby=${field.describedBy}
      aria-busy=${field.loading ? 'true' : nothing}
      aria-label=${field.fallbackLabel(null, label !== '')}
      @change=${this.onChange}
    />`;
    // Without text of its own, no wrapping <label>: an empty one would be a second, blank label.
    return html`${label
        ? html`<label class="ck-w-checkbox" ?data-disabled=${node.disabled === true}
            >${input}<span class="ck-w-checkbox__label">${label}</span></label
          >`
        : html`<span class="ck-w-checkbox" ?data-disabled=${node.disabled === true}>${input}</span>`}
      ${field.renderMessage()}`;
  }
}

registerBuiltIn<CheckboxNode>('Checkbox', {
  validate: schemaValidator<CheckboxNode>(),
  render: (node, ctx) => html`<ck-widget-checkbox .node=${node} .ctx=${ctx}></ck-widget-checkbox>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-checkbox': CkWidgetCheckbox;
  }
}
