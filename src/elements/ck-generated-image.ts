import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../styles/style-props.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import type { GeneratedImageItem } from '../schemas/index.js';
import { safeUrl } from '../security/url-policy.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';
import { spinnerStyles } from './spinner.styles.js';

const styles = css`
  :host {
    display: block;
  }
  .frame {
    position: relative;
    width: min(100%, 320px);
    aspect-ratio: 1;
    overflow: hidden;
    border-radius: var(--ck-radius);
    border: 1px solid var(--ck-color-border);
    background: var(--ck-color-surface-secondary);
  }
  .frame img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .generating img {
    filter: blur(6px);
    opacity: 0.8;
  }
  .overlay {
    position: absolute;
    inset: auto 0 0 0;
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 10px;
    color: var(--ck-color-text-secondary);
    background: color-mix(in srgb, var(--ck-color-surface) 85%, transparent);
    font-size: 0.88em;
  }
  .bar {
    flex: 1;
    height: 4px;
    border-radius: 2px;
    background: var(--ck-color-surface-tertiary);
    overflow: hidden;
  }
  .bar span {
    display: block;
    height: 100%;
    background: var(--ck-color-accent);
    transition: width 0.2s ease;
  }
  @media (prefers-reduced-motion: reduce) {
    .bar span {
      transition: none;
    }
  }
  a {
    display: block;
    width: 100%;
    height: 100%;
  }
  .unavailable {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin: 0;
    color: var(--ck-color-text-tertiary);
    font-size: 0.9em;
  }
`;

/**
 * A `generated_image` item: a placeholder with progress (and the partial image, when the server
 * sends one) while generating, then the image. The URL passes the image allow-list; only an
 * http(s) image gets a link to open it, since browsers refuse to open `data:` URLs in a new tab.
 *
 * @tagname ck-generated-image
 * @csspart frame - The image box.
 */
@element('ck-generated-image')
export class CkGeneratedImage extends LitElement {
  static override styles = [base, spinnerStyles, styles];

  /** The item to show. */
  @property({ attribute: false }) item: GeneratedImageItem | null = null;
  /** Generation progress 0–1 from `generated_image.updated`; `null` once done or when unknown. */
  @property({ attribute: false }) progress: number | null = null;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    const image = item.image;
    const src = image ? safeUrl(image.url, 'image') : null;
    if (this.progress !== null || !image) return this.renderGenerating(src);
    if (!src) {
      return html`<p class="unavailable">${iconSvg('square-image', { size: 16 })}<span>${this.strings.imageUnavailable}</span></p>`;
    }
    const img = html`<img src=${src} alt=${this.strings.imageAlt} referrerpolicy="no-referrer" />`;
    const scheme = /^(https?):/i.exec(src)?.[1];
    return html`<div class="frame" part="frame">
      ${scheme
        ? html`<a href=${src} target="_blank" rel="noopener noreferrer" title=${this.strings.imageOpen}>${img}<span class="visually-hidden">${this.strings.imageOpen}</span></a>`
        : img}
    </div>`;
  }

  private renderGenerating(src: string | null): TemplateResult {
    const progress = this.progress;
    const percent = progress === null ? null : Math.round(Math.min(1, Math.max(0, progress)) * 100);
    return html`<div
      class="frame generating"
      part="frame"
      role="progressbar"
      aria-label=${this.strings.imageGenerating}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${percent ?? nothing}
    >
      ${src ? html`<img src=${src} alt="" referrerpolicy="no-referrer" />` : nothing}
      <div class="overlay">
        <span class="spinner" aria-hidden="true"></span>
        ${percent === null ? html`<span>${this.strings.imageGenerating}</span>` : html`<span class="bar"><span style=${styleProps({ width: `${percent}%` })}></span></span>`}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-generated-image': CkGeneratedImage;
  }
}
