import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import type { ButtonNode } from '../schemas/widgets/index.js';
import { iconSvg } from './icon-set.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

type ButtonColor = NonNullable<ButtonNode['color']>;
type ButtonVariant = NonNullable<ButtonNode['variant']>;

/**
 * The paint of a button: an explicit `color`/`variant` wins; otherwise the `style` preset
 * decides — `secondary` is a neutral outline, `primary` (and no preset at all) the solid accent.
 */
export function buttonAppearance(node: Pick<ButtonNode, 'style' | 'color' | 'variant'>): {
  color: ButtonColor;
  variant: ButtonVariant;
} {
  const secondary = node.style === 'secondary';
  return {
    color: node.color ?? (secondary ? 'secondary' : 'primary'),
    variant: node.variant ?? (secondary ? 'outline' : 'solid'),
  };
}

/**
 * `Button`: a real `<button>` that reports `onClickAction` (binding `click`) to the widget item.
 *
 * Appearance: `style` preset or `color` × `variant` (see {@link buttonAppearance}), `size` on the
 * control height scale (default `md`), `pill`, `uniform` (a square, icon-only button whose label
 * becomes its `aria-label`), `block` (full width), `iconStart`/`iconEnd` at `iconSize`.
 *
 * While its action runs with the `self` loading state (the default for buttons) the button is
 * disabled and `aria-busy`, and a spinner takes the place of its start icon; it is usable again
 * when the action settles, also when it failed (the item shows the error). If it had focus, it
 * gets it back.
 *
 * `submit`: inside a `Form` (or a `Card` with `asForm`) it is the form's submit button (so Enter
 * in a single-line field presses it) and submits the form — `onSubmitAction` (the Card's
 * `confirm`) with binding `submit`: fields are validated first, and `loadingBehavior: "auto"`
 * dims the whole widget. A submit button with its own `onClickAction` sends that action instead
 * of the form's (never both), still as a validated `submit` with the values merged. Outside any
 * form a submit button sends its `onClickAction` as a plain click, and without one does nothing
 * (reported once as `widget.submit_outside_form`).
 *
 * @tagname ck-widget-button
 */
@element('ck-widget-button')
export class CkWidgetButton extends WidgetElement<ButtonNode> {
  /** The action runs with the `self` loading state. */
  @state() private loading = false;

  /** The inner button had focus when loading started (disabling it drops focus). */
  private refocus = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    this.toggleAttribute('data-block', this.node.block === true);
    this.toggleAttribute('data-uniform', this.node.uniform === true);
  }

  private get button(): HTMLButtonElement | null {
    return this.querySelector('button.ck-w-button');
  }

  private readonly setLoading = (on: boolean): void => {
    if (on) {
      const root = this.getRootNode() as Document | ShadowRoot;
      this.refocus = this.button !== null && root.activeElement === this.button;
    }
    this.loading = on;
    if (!on && this.refocus) {
      this.refocus = false;
      void this.updateComplete.then(() => {
        const root = this.getRootNode() as Document | ShadowRoot;
        // Only if focus did not move somewhere else meanwhile.
        if (root.activeElement === null || root.activeElement === document.body) this.button?.focus();
      });
    }
  };

  /** `widget.submit_outside_form` was reported (once per element is enough). */
  private reportedNoForm = false;

  private readonly onClick = async (event: Event): Promise<void> => {
    const { onClickAction, disabled, submit } = this.node;
    const form = submit === true ? this.ctx.form : undefined;
    // A submit button submits through the scope, never natively (no navigation, no second submit).
    if (form) event.preventDefault();
    if (disabled === true || this.loading) return;
    const source = { element: this, setLoading: this.setLoading };
    try {
      if (form) {
        await (onClickAction
          ? this.ctx.action(onClickAction, { ...source, binding: 'submit' })
          : form.submit({ ...source, binding: 'submit' }));
      } else if (onClickAction) {
        await this.ctx.action(onClickAction, { ...source, binding: 'click' });
      } else if (submit === true && !this.reportedNoForm) {
        this.reportedNoForm = true;
        this.ctx.log('widget.submit_outside_form', { label: this.node.label ?? null });
      }
    } catch {
      // The item (or the form, for invalid fields) shows what went wrong; the button only has
      // to become usable again.
    }
  };

  private icon(name: string | undefined): TemplateResult | typeof nothing {
    return name ? html`<span class="ck-w-button__icon">${iconSvg(name)}</span>` : nothing;
  }

  protected override render(): TemplateResult {
    const node = this.node;
    const { color, variant } = buttonAppearance(node);
    const label = node.label ?? '';
    const iconOnly = node.uniform === true && Boolean(node.iconStart || node.iconEnd);
    const showLabel = label !== '' && !iconOnly;
    // An icon-only button still needs a name: its label, else its icon's name ("check-circle" → "check circle").
    const name = showLabel ? undefined : label || (node.iconStart ?? node.iconEnd ?? '').replace(/-/g, ' ') || undefined;
    const inForm = node.submit === true && this.ctx.form !== undefined;
    const spinner = html`<span class="ck-w-button__spinner" aria-hidden="true"></span>`;
    const content = iconOnly
      ? (this.loading ? spinner : this.icon(node.iconStart ?? node.iconEnd))
      : html`${this.loading ? spinner : this.icon(node.iconStart)}${showLabel
          ? html`<span class="ck-w-button__label">${label}</span>`
          : nothing}${this.icon(node.iconEnd)}`;
    return html`<button
      type=${inForm ? 'submit' : 'button'}
      class="ck-w-button"
      data-color=${color}
      data-variant=${variant}
      data-size=${node.size ?? 'md'}
      data-icon-size=${node.iconSize ?? nothing}
      ?data-pill=${node.pill === true}
      ?data-uniform=${node.uniform === true}
      ?disabled=${node.disabled === true || this.loading}
      aria-busy=${this.loading ? 'true' : nothing}
      aria-label=${name ?? nothing}
      @click=${this.onClick}
    >${content}</button>`;
  }
}

registerBuiltIn<ButtonNode>('Button', {
  validate: schemaValidator<ButtonNode>(),
  render: (node, ctx) => html`<ck-widget-button .node=${node} .ctx=${ctx}></ck-widget-button>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-button': CkWidgetButton;
  }
}
