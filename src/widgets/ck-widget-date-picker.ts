import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { element } from '../define-element.js';
import type { DatePickerNode } from '../schemas/widgets/index.js';
import { FieldController } from './field-base.js';
import { iconSvg } from './icon-set.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The calendar date of an ISO date or date-time string (`2026-03-09T14:00:00Z` → `2026-03-09`),
 * or `null` when it is not one (`2026-02-30`, `tomorrow`). The date is taken as written, not
 * moved to the user's time zone: a server writing a date means that day.
 */
export function isoDate(value: string | null | undefined): string | null {
  const match = ISO.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year > 0 ? `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}` : null;
}

/** Marks "no default applied yet" (a node's `defaultValue` may itself be `undefined`). */
const UNSET = Symbol('unset');

/**
 * `DatePicker`: a labelled native `<input type="date">` carrying the node's `name`, with the
 * browser's own calendar and keyboard entry. `defaultValue`, `min` and `max` are ISO date or
 * date-time strings (their date part is used; invalid ones are ignored). Its value is the ISO
 * date `YYYY-MM-DD`, `null` while empty; every change fires `onChangeAction` (binding
 * `change`). `clearable` adds a clear button while a date is set. The user's date survives
 * re-renders: only a new `defaultValue` replaces it.
 *
 * Appearance: `variant`, `size`, `pill`, `block` as for `Select`. `side` and `align` (placement of
 * a custom calendar popup) do not apply to the native calendar.
 *
 * @tagname ck-widget-date-picker
 */
@element('ck-widget-date-picker')
export class CkWidgetDatePicker extends WidgetElement<DatePickerNode> {
  /** The date shown, `YYYY-MM-DD` or `''`. */
  @state() private current = '';

  private appliedDefault: string | undefined | typeof UNSET = UNSET;

  private readonly field = new FieldController(this, {
    name: () => this.node.name,
    value: () => isoDate(this.input?.value) ?? null,
    // DatePicker has no `required` or `pattern`.
    check: () => null,
    focus: () => this.input?.focus(),
  });

  private get input(): HTMLInputElement | null {
    return this.querySelector('input.ck-w-date-picker');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    this.toggleAttribute('data-block', this.node.block === true);
    if (this.node.defaultValue !== this.appliedDefault) {
      this.appliedDefault = this.node.defaultValue;
      this.current = isoDate(this.node.defaultValue) ?? '';
    }
  }

  private readonly onInput = (): void => {
    this.current = this.input?.value ?? '';
  };

  private readonly onChange = (): void => {
    this.current = this.input?.value ?? '';
    void this.field.change(this.node.onChangeAction);
  };

  private readonly onClear = (): void => {
    this.current = '';
    this.input?.focus();
    void this.field.change(this.node.onChangeAction);
  };

  protected override render(): TemplateResult {
    const node = this.node;
    const field = this.field;
    const clearable = node.clearable === true && node.disabled !== true;
    return html`<div class="ck-w-field__box ck-w-date-picker__box" data-size=${node.size ?? 'md'} ?data-clearable=${clearable}>
        <input
          type="date"
          class="ck-w-control ck-w-date-picker"
          id=${field.controlId}
          name=${node.name}
          .value=${live(this.current)}
          min=${isoDate(node.min) ?? nothing}
          max=${isoDate(node.max) ?? nothing}
          title=${node.placeholder ?? nothing}
          ?disabled=${node.disabled === true}
          data-variant=${node.variant ?? 'outline'}
          data-size=${node.size ?? 'md'}
          ?data-pill=${node.pill === true}
          ?data-empty=${this.current === ''}
          aria-busy=${field.loading ? 'true' : nothing}
          aria-invalid=${field.ariaInvalid}
          aria-describedby=${field.describedBy}
          aria-label=${field.fallbackLabel(node.placeholder)}
          @input=${this.onInput}
          @change=${this.onChange}
        />
        <span class="ck-w-field__icon" aria-hidden="true">${iconSvg('calendar')}</span>
        ${clearable && this.current !== ''
          ? html`<button type="button" class="ck-w-field__clear" aria-label=${this.ctx.strings.widgetClear} @click=${this.onClear}>
              ${iconSvg('close')}
            </button>`
          : nothing}
      </div>
      ${field.renderMessage()}`;
  }
}

registerBuiltIn<DatePickerNode>('DatePicker', {
  validate: schemaValidator<DatePickerNode>(),
  render: (node, ctx) => html`<ck-widget-date-picker .node=${node} .ctx=${ctx}></ck-widget-date-picker>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-date-picker': CkWidgetDatePicker;
  }
}
