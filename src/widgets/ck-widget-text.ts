import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { EditableProps, FontWeight, TextAlign, TextNode } from '../schemas/widgets/index.js';
import { autofillAttributes, FieldController, textMessage } from './field-base.js';
import { registerBuiltIn } from './registry.js';
import { size, textColor, type CssProperties } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/** Which type scale of `styles/widget-tokens.ts` a text element uses. */
export type TypeScale = 'text' | 'title' | 'caption';

const SCALES: Readonly<Record<TypeScale, readonly string[]>> = {
  text: ['xs', 'sm', 'md', 'lg', 'xl'],
  title: ['sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl'],
  caption: ['sm', 'md', 'lg'],
};
const WEIGHTS: readonly FontWeight[] = ['normal', 'medium', 'semibold', 'bold'];
const ALIGNS: readonly TextAlign[] = ['start', 'center', 'end'];

/** The props Text, Title and Caption share (`BaseTextProps` plus their `size`). */
export interface BaseTextProps {
  color?: unknown;
  weight?: FontWeight | undefined;
  textAlign?: TextAlign | undefined;
  truncate?: boolean | undefined;
  maxLines?: number | undefined;
  size?: string | undefined;
}

/** Defaults a text component applies where the node leaves a prop out. */
export interface TextDefaults {
  size: string;
  weight?: FontWeight;
  /** A text colour token or CSS colour; absent = inherit from the container. */
  color?: string;
}

/** A positive whole number of lines, or `null` for anything else. */
export function lineCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : null;
}

/**
 * The inline styles of Text, Title and Caption: the type scale step (`--ck-w-<scale>-<size>-*`),
 * weight, colour (through {@link textColor}, so hostile strings are dropped), alignment and the
 * line clamp count. Structural rules (truncation, clamping) live in each element's CSS and are
 * switched by {@link applyTextAttributes}.
 */
export function baseTextStyles(node: BaseTextProps, scale: TypeScale, defaults: TextDefaults): CssProperties {
  const out: CssProperties = {};
  const step = node.size !== undefined && SCALES[scale].includes(node.size) ? node.size : defaults.size;
  out['font-size'] = `var(--ck-w-${scale}-${step}-font-size)`;
  out['line-height'] = `var(--ck-w-${scale}-${step}-line-height)`;
  const weight = node.weight !== undefined && WEIGHTS.includes(node.weight) ? node.weight : defaults.weight;
  if (weight !== undefined) out['font-weight'] = `var(--ck-w-font-weight-${weight})`;
  // A colour that does not pass the token check falls back to the default, as if absent.
  const color = textColor(node.color) ?? (defaults.color === undefined ? null : textColor(defaults.color));
  if (color !== null) out['color'] = color;
  if (node.textAlign !== undefined && ALIGNS.includes(node.textAlign)) out['text-align'] = node.textAlign;
  const lines = lineCount(node.maxLines);
  if (lines !== null) out['--ck-w-max-lines'] = String(lines);
  return out;
}

/** Reflects `truncate` and `maxLines` as the attributes the text CSS keys on. */
export function applyTextAttributes(host: HTMLElement, node: BaseTextProps): void {
  const lines = lineCount(node.maxLines);
  host.toggleAttribute('data-truncate', node.truncate === true && lines === null);
  host.toggleAttribute('data-clamp', lines !== null);
}

/**
 * `Text`: a run of plain text. The element itself is the text box: size, weight, colour,
 * alignment, italic, line-through, `width`, `truncate` (one line with an ellipsis), `maxLines`
 * (line clamp) and `minLines` (reserved height) all land on its own style. While `streaming` is
 * true a soft caret pulses after the text (a steady caret under reduced motion) and the
 * element is `aria-busy`.
 *
 * The value only ever reaches the DOM as a text node; line breaks in it are kept.
 *
 * With `editable` the value is the starting text of an inline `<input>` styled like the text:
 * a form field named `editable.name` (a string, `null` when empty), checked for `required` and
 * `pattern`, submitting its form on Enter, as an `Input` does.
 *
 * @tagname ck-widget-text
 * @cssprop --ck-w-max-lines - Line clamp count (set from `maxLines`).
 */
@element('ck-widget-text')
export class CkWidgetText extends WidgetElement<TextNode> {
  private readonly field = new FieldController(this, {
    name: () => this.editable?.name ?? null,
    value: () => this.input?.value || null,
    check: () => textMessage(this.input?.value ?? '', this.editable ?? {}, this.ctx.strings),
    focus: () => this.input?.focus(),
  });

  private get editable(): EditableProps | null {
    return this.node.editable || null;
  }

  private get input(): HTMLInputElement | null {
    return this.querySelector('input.ck-w-text__input');
  }

  protected override firstUpdated(): void {
    if (this.editable?.autoFocus === true) this.input?.focus();
  }

  protected override updated(): void {
    this.field.checkPattern(this.editable?.pattern);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const node = this.node;
    applyTextAttributes(this, node);
    this.toggleAttribute('data-editable', this.editable !== null);
    this.toggleAttribute('data-streaming', node.streaming === true);
    if (node.streaming === true) this.setHostAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const minLines = lineCount(node.minLines);
    this.setHostStyles({
      ...baseTextStyles(node, 'text', { size: 'md' }),
      'font-style': node.italic === true ? 'italic' : undefined,
      'text-decoration-line': node.lineThrough === true ? 'line-through' : undefined,
      width: size(node.width),
      'min-height': minLines === null ? undefined : `calc(${String(minLines)} * 1lh)`,
    });
  }

  private renderEditable(editable: EditableProps): TemplateResult {
    const field = this.field;
    const autofill = autofillAttributes(editable.allowAutofillExtensions);
    // `.value` is rewritten only when the node's value changes, so what the user typed survives
    // re-renders of an equal node.
    return html`<input
        type="text"
        class="ck-w-text__input"
        id=${field.controlId}
        name=${editable.name}
        .value=${this.node.value}
        placeholder=${editable.placeholder ?? nothing}
        autocomplete=${editable.autoComplete ?? autofill.autocomplete}
        ?data-1p-ignore=${autofill.ignore}
        data-lpignore=${autofill.ignore ? 'true' : nothing}
        aria-required=${editable.required === true ? 'true' : nothing}
        aria-invalid=${field.ariaInvalid}
        aria-describedby=${field.describedBy}
        aria-label=${field.fallbackLabel(editable.placeholder)}
        @input=${() => {
          field.revalidate();
        }}
        @keydown=${(event: KeyboardEvent) => {
          field.submitOnEnter(event);
        }}
        @focus=${() => {
          if (editable.autoSelect === true) this.input?.select();
        }}
      />${field.renderMessage()}`;
  }

  protected override render(): TemplateResult {
    const editable = this.editable;
    return editable ? this.renderEditable(editable) : html`${this.node.value}`;
  }
}

registerBuiltIn<TextNode>('Text', {
  validate: schemaValidator<TextNode>(),
  render: (node, ctx) => html`<ck-widget-text .node=${node} .ctx=${ctx}></ck-widget-text>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-text': CkWidgetText;
  }
}
