import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import type { TitleNode } from '../schemas/widgets/index.js';
import { applyTextAttributes, baseTextStyles } from './ck-widget-text.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * The outline level of a widget Title. A widget cannot know where the host page puts the chat,
 * and a fixed `<h5>`/`<h6>` breaks the page's outline for screen-reader users (chatkit-js #114).
 * Level 3 places it beneath the page's own `h1`/`h2`, at the same depth as a `#` heading in an
 * assistant message (the Markdown renderer's default offset), so a thread reads as one outline.
 * It is a role rather than an `<h3>` so the level is data, not markup, and the element stays the
 * single styled box.
 */
export const TITLE_HEADING_LEVEL = 3;

/**
 * `Title`: a headline. Same text props as Text (`color`, `weight` — default semibold,
 * `textAlign`, `truncate`, `maxLines`) on the title scale (`sm` … `5xl`, default `md`). Exposed
 * as `role="heading"` with `aria-level` {@link TITLE_HEADING_LEVEL}.
 *
 * @tagname ck-widget-title
 */
@element('ck-widget-title')
export class CkWidgetTitle extends WidgetElement<TitleNode> {
  override connectedCallback(): void {
    super.connectedCallback();
    this.setHostAttribute('role', 'heading');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // One below the element's top headings (`<chat-kit heading-level>`), clamped to 1–6.
    const top = this.ctx.headingLevel;
    this.setHostAttribute('aria-level', String(top === undefined ? TITLE_HEADING_LEVEL : Math.min(6, Math.max(1, top + 1))));
    if (!changed.has('node')) return;
    applyTextAttributes(this, this.node);
    this.setHostStyles(baseTextStyles(this.node, 'title', { size: 'md', weight: 'semibold' }));
  }

  protected override render(): TemplateResult {
    return html`${this.node.value}`;
  }
}

registerBuiltIn<TitleNode>('Title', {
  validate: schemaValidator<TitleNode>(),
  render: (node, ctx) => html`<ck-widget-title .node=${node} .ctx=${ctx}></ck-widget-title>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-title': CkWidgetTitle;
  }
}
