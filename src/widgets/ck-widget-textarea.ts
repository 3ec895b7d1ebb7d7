import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { TextareaNode } from '../schemas/widgets/index.js';
import { autofillAttributes, FieldController, textMessage } from './field-base.js';
import { lineCount } from './ck-widget-text.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

const DEFAULT_ROWS = 3;

/**
 * `Textarea`: a labelled, multi-line `<textarea>` carrying the node's `name`; its value is a
 * string (`null` when empty). `rows` sets its height (3 by default); with `autoResize` it grows
 * with its content, up to `maxRows` lines, then scrolls. Validation, focus and value keeping work
 * as for `Input`; Enter inserts a line break (it does not submit).
 *
 * @tagname ck-widget-textarea
 */
@element('ck-widget-textarea')
export class CkWidgetTextarea extends WidgetElement<TextareaNode> {
  private readonly field = new FieldController(this, {
    name: () => this.node.name,
    value: () => this.textarea?.value || null,
    check: () => (this.node.disabled === true ? null : textMessage(this.textarea?.value ?? '', this.node, this.ctx.strings)),
    focus: () => this.textarea?.focus(),
  });

  private get textarea(): HTMLTextAreaElement | null {
    return this.querySelector('textarea.ck-w-textarea');
  }

  private get rows(): number {
    return lineCount(this.node.rows) ?? DEFAULT_ROWS;
  }

  protected override firstUpdated(): void {
    if (this.node.autoFocus === true) this.textarea?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.field.checkPattern(this.node.pattern);
    if (changed.has('node')) this.resize();
  }

  /** `autoResize`: fits the height to the content, between `rows` and `maxRows` lines. */
  private resize(): void {
    const textarea = this.textarea;
    if (!textarea) return;
    if (this.node.autoResize !== true) {
      textarea.style.removeProperty('height');
      textarea.style.removeProperty('overflow-y');
      return;
    }
    const style = getComputedStyle(textarea);
    const line = parseFloat(style.lineHeight);
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const border = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    const maxRows = lineCount(this.node.maxRows);
    const min = this.rows * line + padding + border;
    const max = maxRows === null ? Infinity : Math.max(maxRows, this.rows) * line + padding + border;
    textarea.style.height = 'auto';
    const wanted = textarea.scrollHeight + border;
    textarea.style.height = `${String(Math.min(Math.max(wanted, min), max))}px`;
    textarea.style.overflowY = wanted > max ? 'auto' : 'hidden';
  }

  private readonly onInput = (): void => {
    this.field.revalidate();
    this.resize();
  };

  private readonly onFocus = (): void => {
    if (this.node.autoSelect === true) this.textarea?.select();
  };

  protected override render(): TemplateResult {
    const node = this.node;
    const field = this.field;
    const autofill = autofillAttributes(node.allowAutofillExtensions);
    // Like Input: `.value` is rewritten only when `defaultValue` changes.
    return html`<textarea
        class="ck-w-control ck-w-textarea"
        id=${field.controlId}
        name=${node.name}
        rows=${this.rows}
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
        ?data-auto-resize=${node.autoResize === true}
        aria-required=${node.required === true ? 'true' : nothing}
        aria-invalid=${field.ariaInvalid}
        aria-describedby=${field.describedBy}
        aria-label=${field.fallbackLabel(node.placeholder)}
        @input=${this.onInput}
        @focus=${this.onFocus}
      ></textarea>${field.renderMessage()}`;
  }
}

registerBuiltIn<TextareaNode>('Textarea', {
  validate: schemaValidator<TextareaNode>(),
  render: (node, ctx) => html`<ck-widget-textarea .node=${node} .ctx=${ctx}></ck-widget-textarea>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-textarea': CkWidgetTextarea;
  }
}
