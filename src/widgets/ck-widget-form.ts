import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { styleProps } from '../styles/style-props.js';
import { element } from '../define-element.js';
import { plural } from '../i18n/index.js';
import type { FormNode } from '../schemas/widgets/index.js';
import { defaultButtonOf, FormScopeHolder, onNativeSubmit, type FormInvalidError } from './form-scope.js';
import { registerBuiltIn } from './registry.js';
import { renderChildren } from './render.js';
import { blockStyles, boxStyles, flushVars, spacingSides } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Form`: a flex container (axis from `direction`, default column; every box prop) whose
 * actions carry the values of the named fields inside it. It renders a real `<form novalidate>`
 * (we validate, so the browser's own bubbles stay off) that never navigates: submitting it — a
 * submit `Button`, or Enter in a single-line field — runs `onSubmitAction` with binding
 * `submit`, after `required`/`pattern` checks. When they block it, a short announced message
 * (`role="alert"`) appears at the end of the form, next to the usual submit button, and the
 * fields show their own.
 *
 * The element is the flex item among its siblings (size, margin, `flex`) and stacks the `<form>`
 * (the flex box: gap, padding, border, background, radius, alignment) above that message, so the
 * message gets its own line under a row form. Children that follow their parent's axis (Spacer,
 * Divider) see the form's through `data-axis`.
 *
 * @tagname ck-widget-form
 * @csspart form - The `<form>`.
 * @csspart form-error - The message shown when validation blocked a submission.
 */
@element('ck-widget-form')
export class CkWidgetForm extends WidgetElement<FormNode> {
  /** Why the last submission was blocked; cleared once one passes validation. */
  @state() private invalidMessage: string | null = null;

  private readonly scope = new FormScopeHolder(() => this.node.onSubmitAction ?? undefined, {
    invalid: (error: FormInvalidError) => {
      this.invalidMessage = plural(this.ctx.strings, 'widgetFormInvalid', error.count);
    },
    valid: () => {
      this.invalidMessage = null;
    },
    defaultButton: () => defaultButtonOf(this.querySelector('form.ck-w-form')),
  });

  private formStyles: Record<string, string> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const node = this.node;
    // The element is the flex item (its size, margin and flex among its siblings); the <form>
    // inside it is the box (gap, padding, border, background, radius, alignment).
    const outer = blockStyles(node);
    delete outer['border-radius'];
    this.setHostStyles(outer);
    const box = boxStyles(node);
    for (const property of Object.keys(outer)) Reflect.deleteProperty(box, property);
    this.formStyles = { ...box, ...flushVars(spacingSides(node.padding)) };
  }

  protected override render(): TemplateResult {
    const ctx = this.scope.contextFor(this.ctx);
    return html`<form
      class="ck-w-form"
      part="form"
      novalidate
      data-axis=${this.node.direction ?? 'col'}
      style=${styleProps(this.formStyles)}
      @submit=${(event: SubmitEvent) => {
        onNativeSubmit(event, ctx, this);
      }}
    >
      ${renderChildren(this.node.children, ctx)}
    </form>${this.invalidMessage === null
      ? nothing
      : html`<p class="ck-w-form__error" part="form-error" role="alert">${this.invalidMessage}</p>`}`;
  }
}

registerBuiltIn<FormNode>('Form', {
  validate: schemaValidator<FormNode>(),
  render: (node, ctx) => html`<ck-widget-form .node=${node} .ctx=${ctx}></ck-widget-form>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-form': CkWidgetForm;
  }
}
