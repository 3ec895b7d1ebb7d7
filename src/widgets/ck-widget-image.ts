import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import type { ImageNode } from '../schemas/widgets/index.js';
import { safeUrl } from '../security/url-policy.js';
import { iconSvg } from './icon-set.js';
import { registerBuiltIn } from './registry.js';
import { backgroundColor, blockStyles, radius } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

const FITS = new Set(['cover', 'contain', 'fill', 'scale-down', 'none']);
const POSITIONS = new Set(['top left', 'top', 'top right', 'left', 'center', 'right', 'bottom left', 'bottom', 'bottom right']);
const SIZE_PROPS = ['size', 'width', 'height', 'minSize', 'minWidth', 'minHeight'] as const;

/**
 * `Image`: a picture whose element is the box (sizes, `aspectRatio`, `radius`, `margin`,
 * `background`, `flex` via the shared tokens); the `<img>` fills it with `fit` (object-fit,
 * default `cover`) at `position` (object-position, default centre). `frame` draws a thin border
 * and inset; `flush` bleeds the image over the enclosing Card's padding to its edges.
 *
 * `src` must pass the image URL allow-list (`https:`, `http:`, relative, base64 raster
 * `data:image/*`). An unsafe `src` never reaches an `<img>`: the element shows a neutral
 * placeholder with the alt text instead, as it does when the image fails to load. Images load
 * lazily, decode off the main thread and send no referrer.
 *
 * @tagname ck-widget-image
 * @cssprop --ck-w-image-fit - object-fit (set from `fit`).
 * @cssprop --ck-w-image-position - object-position (set from `position`).
 */
@element('ck-widget-image')
export class CkWidgetImage extends WidgetElement<ImageNode> {
  /** The current `src` failed to load. */
  @state() private broken = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('node')) return;
    const node = this.node;
    // A new source gets a fresh chance to load.
    if (changed.get('node')?.src !== node.src) this.broken = false;
    this.toggleAttribute('data-frame', node.frame === true);
    this.toggleAttribute('data-flush', node.flush === true);
    // An image with a set size keeps it in a Row instead of being squeezed.
    this.toggleAttribute('data-sized', SIZE_PROPS.some((prop) => node[prop] !== undefined));
    this.setHostStyles({
      ...blockStyles(node),
      background: backgroundColor(node.background),
      '--ck-w-image-radius': radius(node.radius),
      '--ck-w-image-fit': node.fit !== undefined && FITS.has(node.fit) ? node.fit : undefined,
      '--ck-w-image-position': node.position !== undefined && POSITIONS.has(node.position) ? node.position : undefined,
    });
  }

  private readonly onError = (): void => {
    this.broken = true;
  };

  protected override render(): TemplateResult {
    const alt = this.node.alt ?? '';
    const src = safeUrl(this.node.src, 'image');
    if (src === null || this.broken) {
      // Without alt text the placeholder says nothing worth hearing; with it, it stands in for the image.
      return html`<div
        class="ck-w-image__placeholder"
        role=${alt ? 'img' : nothing}
        aria-label=${alt || nothing}
        aria-hidden=${alt ? nothing : 'true'}
        data-unsafe=${src === null ? '' : nothing}
      >
        ${iconSvg('square-image')}${alt ? html`<span class="ck-w-image__alt">${alt}</span>` : nothing}
      </div>`;
    }
    return html`<img
      class="ck-w-image__img"
      src=${src}
      alt=${alt}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${this.onError}
    />`;
  }
}

registerBuiltIn<ImageNode>('Image', {
  validate: schemaValidator<ImageNode>(),
  render: (node, ctx) => html`<ck-widget-image .node=${node} .ctx=${ctx}></ck-widget-image>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-image': CkWidgetImage;
  }
}
