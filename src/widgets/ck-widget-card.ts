import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { styleProps } from '../styles/style-props.js';
import { element } from '../define-element.js';
import { plural } from '../i18n/index.js';
import type { CardAction, CardNode, WidgetStatus } from '../schemas/widgets/index.js';
import { safeUrl } from '../security/url-policy.js';
import type { WidgetContext } from './context.js';
import { defaultButtonOf, FormScopeHolder, onNativeSubmit } from './form-scope.js';
import { iconSvg } from './icon-set.js';
import { registerBuiltIn } from './registry.js';
import { renderChildren } from './render.js';
import { backgroundColor, borderStyles, spacingSides, type CssProperties } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * The header line shown above a Card or ListView: an icon from the icon set, or a favicon (only
 * when its URL passes the image policy; `frame` draws a small frame around it), then the text.
 */
export function renderWidgetStatus(status: WidgetStatus | undefined): TemplateResult | typeof nothing {
  if (!status) return nothing;
  const favicon = status.favicon ? safeUrl(status.favicon, 'image') : null;
  let lead: TemplateResult | typeof nothing = nothing;
  if (favicon !== null) {
    lead = html`<img
      class="ck-w-status__favicon"
      ?data-frame=${status.frame === true}
      src=${favicon}
      alt=""
      width="16"
      height="16"
      loading="lazy"
      referrerpolicy="no-referrer"
    />`;
  } else if (status.icon) {
    lead = html`<span class="ck-w-status__icon">${iconSvg(status.icon)}</span>`;
  }
  return html`<div class="ck-w-status" part="status">${lead}<span class="ck-w-status__text">${status.text}</span></div>`;
}

type CardBinding = 'confirm' | 'cancel';

let nextId = 0;

/**
 * `Card` root: one self-contained piece of UI (summary, confirmation, form). Renders an optional
 * status line, then the card surface with its children stacked vertically and, when the node has
 * `confirm`/`cancel`, a footer with those two buttons. After `confirm` completes a `collapsed` card
 * folds its body behind a "Show details" toggle. `theme` forces a colour scheme on the surface
 * (not on the status line, which sits on the thread's own background).
 *
 * `asForm` makes the body a form (a `<form novalidate>` that never navigates): every action
 * fired inside, and `confirm`/`cancel`, carry the values of its named fields; `confirm` (and a
 * submit `Button` or Enter in a single-line field, which run `confirm` with binding `submit`)
 * first checks `required`/`pattern` and, when they block it, shows an announced message at the
 * end of the body; `cancel` is never blocked.
 *
 * @tagname ck-widget-card
 * @csspart status - The status line above the card.
 * @cssprop --ck-w-card-padding - Padding when the node sets none.
 * @cssprop --ck-w-flush-top - (and `-right`, `-bottom`, `-left`) Published padding per side, which
 *   flush children bleed over.
 */
@element('ck-widget-card')
export class CkWidgetCard extends WidgetElement<CardNode> {
  /** Which footer action shows its own spinner (`loadingBehavior: "self"`). */
  @state() private loadingAction: CardBinding | null = null;
  /** The main action has completed (decides `collapsed`). */
  @state() private confirmed = false;
  /** The user reopened a collapsed body. */
  @state() private expanded = false;

  /** Why the last confirm was blocked by validation (`asForm`); cleared once one passes. */
  @state() private invalidMessage: string | null = null;

  private readonly bodyId = `ck-w-card-body-${String((nextId += 1))}`;

  private readonly form = new FormScopeHolder(() => this.node.confirm?.action, {
    invalid: (error) => {
      this.invalidMessage = plural(this.ctx.strings, 'widgetFormInvalid', error.count);
    },
    valid: () => {
      this.invalidMessage = null;
    },
    submitted: () => {
      this.confirmed = true;
    },
    defaultButton: () => defaultButtonOf(this.querySelector<HTMLFormElement>(`form#${this.bodyId}`)),
  });

  /** What the body and the footer actions run with: the form scope's context with `asForm`. */
  private get bodyContext(): WidgetContext {
    return this.node.asForm === true ? this.form.contextFor(this.ctx) : this.ctx;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    this.setHostAttribute('data-size', this.node.size ?? 'md');
  }

  private surfaceStyles(): CssProperties {
    const { padding, background, border, theme } = this.node;
    const out: CssProperties = { ...borderStyles(border) };
    // With data-color-scheme (below) this forces the scheme on the subtree: the attribute picks
    // the token values, color-scheme makes light-dark() values follow.
    if (theme) out['color-scheme'] = theme;
    const bg = backgroundColor(background);
    if (bg !== null) out['background'] = bg;
    if (padding !== undefined) {
      const sides = spacingSides(padding);
      for (const [side, value] of Object.entries(sides)) {
        out[`padding-${side}`] = value;
        // Flush children (Divider, Image) cancel exactly this padding.
        out[`--ck-w-flush-${side}`] = value;
      }
    }
    return out;
  }

  private async run(binding: CardBinding, event: Event): Promise<void> {
    const cardAction = this.node[binding];
    if (!cardAction || this.loadingAction !== null) return;
    const button = event.currentTarget as HTMLButtonElement;
    try {
      await this.bodyContext.action(cardAction.action, {
        binding,
        element: button,
        setLoading: (on) => {
          this.loadingAction = on ? binding : null;
        },
      });
      if (binding === 'confirm') this.confirmed = true;
    } catch {
      // The item shows the error next to the widget; the card simply stays usable.
    }
  }

  private renderButton(binding: CardBinding, cardAction: CardAction | undefined): TemplateResult | typeof nothing {
    if (!cardAction) return nothing;
    const loading = this.loadingAction === binding;
    return html`<button
      type="button"
      class="ck-w-card__action"
      data-binding=${binding}
      aria-busy=${loading ? 'true' : 'false'}
      aria-disabled=${loading ? 'true' : nothing}
      @click=${(event: Event) => void this.run(binding, event)}
    >
      ${loading ? html`<span class="ck-w-card__spinner" aria-hidden="true"></span>` : nothing}
      <span>${cardAction.label}</span>
    </button>`;
  }

  private renderBody(hidden: boolean): TemplateResult {
    const ctx = this.bodyContext;
    const children = renderChildren(this.node.children, ctx);
    return this.node.asForm === true
      ? html`<form
          class="ck-w-card__body"
          id=${this.bodyId}
          novalidate
          ?hidden=${hidden}
          @submit=${(event: SubmitEvent) => {
            onNativeSubmit(event, ctx, this);
          }}
        >
          ${children}
          ${this.invalidMessage === null
            ? nothing
            : html`<p class="ck-w-form__error" part="form-error" role="alert">${this.invalidMessage}</p>`}
        </form>`
      : html`<div class="ck-w-card__body" id=${this.bodyId} ?hidden=${hidden}>${children}</div>`;
  }

  protected override render(): TemplateResult {
    const { confirm, cancel, status } = this.node;
    const folded = this.node.collapsed === true && this.confirmed;
    const hidden = folded && !this.expanded;
    const footer = !folded && (confirm || cancel);
    return html`
      ${renderWidgetStatus(status)}
      <div
        class="ck-w-card__surface"
        data-color-scheme=${this.node.theme ?? nothing}
        style=${styleProps(this.surfaceStyles())}
      >
        ${this.renderBody(hidden)}
        ${folded
          ? html`<button
              type="button"
              class="ck-w-card__toggle"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls=${this.bodyId}
              @click=${() => (this.expanded = !this.expanded)}
            >
              ${this.expanded ? this.ctx.strings.hideDetails : this.ctx.strings.showDetails}
            </button>`
          : nothing}
        ${footer
          ? html`<div class="ck-w-card__footer">
              ${this.renderButton('cancel', cancel)}${this.renderButton('confirm', confirm)}
            </div>`
          : nothing}
      </div>
    `;
  }
}

registerBuiltIn<CardNode>('Card', {
  validate: schemaValidator<CardNode>(),
  render: (node, ctx) => html`<ck-widget-card .node=${node} .ctx=${ctx}></ck-widget-card>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-card': CkWidgetCard;
  }
}
