import { html, type PropertyValues, type TemplateResult } from 'lit';
import { element } from '../define-element.js';
import { IncrementalMarkdown, renderMarkdown } from '../markdown/index.js';
import type { MarkdownNode } from '../schemas/widgets/index.js';
import { registerBuiltIn } from './registry.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

/**
 * `Markdown`: untrusted Markdown rendered as Lit templates (never `innerHTML`; raw HTML in the
 * source stays text, and links and images pass the URL allow-list inside the renderer).
 *
 * The element keeps one {@link IncrementalMarkdown} for its lifetime: when a stream grows
 * `value` (`widget.streaming_text.value_delta`), only the open tail is re-parsed and finished
 * blocks keep their DOM. While `streaming` is true a caret follows the last block and the element
 * is `aria-busy`.
 *
 * `chatkit-link://` deeplinks need nothing here: the renderer marks them and `<chat-kit>` turns
 * their clicks into `chatkit.deeplink`.
 *
 * @tagname ck-widget-markdown
 */
@element('ck-widget-markdown')
export class CkWidgetMarkdown extends WidgetElement<MarkdownNode> {
  private readonly parser = new IncrementalMarkdown();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const streaming = this.node.streaming === true;
    this.toggleAttribute('data-streaming', streaming);
    if (streaming) this.setHostAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  protected override render(): TemplateResult {
    const offset = this.ctx.headingLevel;
    return renderMarkdown(this.parser.update(this.node.value), offset === undefined ? undefined : { headingLevelOffset: offset });
  }
}

registerBuiltIn<MarkdownNode>('Markdown', {
  validate: schemaValidator<MarkdownNode>(),
  render: (node, ctx) => html`<ck-widget-markdown .node=${node} .ctx=${ctx}></ck-widget-markdown>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-markdown': CkWidgetMarkdown;
  }
}
