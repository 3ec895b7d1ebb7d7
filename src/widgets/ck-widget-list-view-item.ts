import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { styleProps } from '../styles/style-props.js';
import { element } from '../define-element.js';
import type { ListViewItemNode } from '../schemas/widgets/index.js';
import { registerBuiltIn } from './registry.js';
import { renderChildren } from './render.js';
import { boxStyles } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * One row of a ListView: its children laid out in a row (`gap`, `align`, default centred). With
 * an `onClickAction` the whole row is a real `<button type="button">` (click, Enter and Space
 * fire the action, with `binding: "click"`); while its own loading state runs it shows a spinner
 * and is `aria-busy`. Rows without an action are plain.
 *
 * @tagname ck-widget-list-view-item
 */
@element('ck-widget-list-view-item')
export class CkWidgetListViewItem extends WidgetElement<ListViewItemNode> {
  /** The row's own loading state (`loadingBehavior: "self"`, the default for a row click). */
  @state() private loading = false;

  private async activate(): Promise<void> {
    const action = this.node.onClickAction;
    if (!action || this.loading) return;
    try {
      await this.ctx.action(action, {
        binding: 'click',
        element: this,
        setLoading: (on) => {
          this.loading = on;
        },
      });
    } catch {
      // The item shows the error; the row becomes usable again.
    }
  }

  protected override render(): TemplateResult {
    const { onClickAction, gap, align } = this.node;
    const layout = styleProps(boxStyles({ gap, align }));
    const children = renderChildren(this.node.children, this.ctx);
    if (!onClickAction) {
      return html`<div class="ck-w-list-item__row" data-axis="row" style=${layout}>${children}</div>`;
    }
    return html`<button
      type="button"
      class="ck-w-list-item__row"
      data-axis="row"
      style=${layout}
      aria-busy=${this.loading ? 'true' : 'false'}
      aria-disabled=${this.loading ? 'true' : nothing}
      @click=${() => void this.activate()}
    >
      ${children}${this.loading ? html`<span class="ck-w-list-item__spinner" aria-hidden="true"></span>` : nothing}
    </button>`;
  }
}

registerBuiltIn<ListViewItemNode>('ListViewItem', {
  validate: schemaValidator<ListViewItemNode>(),
  render: (node, ctx) => html`<ck-widget-list-view-item .node=${node} .ctx=${ctx}></ck-widget-list-view-item>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-list-view-item': CkWidgetListViewItem;
  }
}
