import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { LabelNode } from '../schemas/widgets/index.js';
import { baseTextStyles } from './ck-widget-text.js';
import { FIELD_HOST_ATTRIBUTE, fieldId, labelId } from './field-base.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Label`: a `<label>` for the form field named `fieldName` in the same widget. Its `for` points
 * at that control's id (see `fieldId`), so clicking it focuses (or toggles) the control and
 * screen readers announce it as the control's name; a RadioGroup takes it as its
 * `aria-labelledby`, and clicking it focuses the group's choice. Text styles as `Text` (`size`
 * `sm` and weight `medium` by default, `weight`, `color`, `textAlign`).
 *
 * @tagname ck-widget-label
 */
@element('ck-widget-label')
export class CkWidgetLabel extends WidgetElement<LabelNode> {
  /** The tree it lives in, kept to notify the field after it left it. */
  private root: (Document | ShadowRoot) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.root = this.getRootNode() as Document | ShadowRoot;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The field may need its fallback `aria-label` back.
    this.notifyField();
    this.root = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    this.setHostStyles(baseTextStyles(this.node, 'text', { size: 'sm', weight: 'medium' }));
  }

  protected override updated(): void {
    // The field may have rendered first, with a fallback `aria-label` that now must go.
    this.notifyField();
  }

  private get target(): HTMLElement | null {
    return this.root?.getElementById(fieldId(this.ctx.itemId, this.node.fieldName)) ?? null;
  }

  private notifyField(): void {
    const host = this.target?.closest<HTMLElement & { requestUpdate?: () => void }>(`[${FIELD_HOST_ATTRIBUTE}]`);
    host?.requestUpdate?.();
  }

  private readonly onClick = (): void => {
    // A fieldset is not labelable: move focus into the group by hand.
    const group = this.target?.closest('ck-widget-radio-group');
    group?.focusChoice();
  };

  protected override render(): TemplateResult {
    const { itemId } = this.ctx;
    const { fieldName, value } = this.node;
    return html`<label class="ck-w-label" id=${labelId(itemId, fieldName)} for=${fieldId(itemId, fieldName)} @click=${this.onClick}
      >${value}</label
    >`;
  }
}

registerBuiltIn<LabelNode>('Label', {
  validate: schemaValidator<LabelNode>(),
  render: (node, ctx) => html`<ck-widget-label .node=${node} .ctx=${ctx}></ck-widget-label>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-label': CkWidgetLabel;
  }
}
