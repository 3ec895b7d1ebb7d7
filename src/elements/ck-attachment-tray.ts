import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AttachmentItem } from '../controller/attachments.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import { base } from '../styles/tokens.js';
import { attachmentTrayStyles } from './ck-attachment-tray.styles.js';
import { icon } from './icons.js';
import { styleProps } from '../styles/style-props.js';

/** Asks the owner to remove an attachment (`AttachmentManager.remove(localId)`). */
export class AttachmentRemoveEvent extends CustomEvent<{ localId: string }> {
  static readonly eventName = 'ck-attachment-remove';
  constructor(localId: string) {
    super(AttachmentRemoveEvent.eventName, { detail: { localId }, bubbles: true, composed: false });
  }
}

/** Asks the owner to retry a failed upload (`AttachmentManager.retry(localId)`). */
export class AttachmentRetryEvent extends CustomEvent<{ localId: string }> {
  static readonly eventName = 'ck-attachment-retry';
  constructor(localId: string) {
    super(AttachmentRetryEvent.eventName, { detail: { localId }, bubbles: true, composed: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-attachment-remove': AttachmentRemoveEvent;
    'ck-attachment-retry': AttachmentRetryEvent;
  }
}

const fill = (template: string, name: string): string => template.replace('{name}', name);

/**
 * Pending attachments above the composer field: image thumbnails and file chips with upload
 * progress, an error state with Retry, and a Remove button each. Renders the snapshot it is given
 * (`AttachmentManager.items`) and only reports clicks, so the manager stays the single owner of
 * the uploads. Thumbnails use object URLs made here and revoked when their item leaves or the tray
 * disconnects.
 *
 * The composer wires input sources to `manager.add(files)`:
 * - button: `manager.add(await pickFiles(acceptString(options.accept)))`;
 * - drag and drop: on `dragover` call `preventDefault()` when `event.dataTransfer.types`
 *   includes `'Files'`; on `drop` call `preventDefault()` and add `[...event.dataTransfer.files]`;
 * - paste: on `paste`, when `event.clipboardData.files.length > 0`, `preventDefault()` and add them
 *   (plain-text pastes keep their default behaviour).
 *
 * @tagname ck-attachment-tray
 * @fires ck-attachment-remove - `{localId}`
 * @fires ck-attachment-retry - `{localId}`
 * @csspart item - One attachment.
 */
@element('ck-attachment-tray')
export class CkAttachmentTray extends LitElement {
  static override styles = [base, attachmentTrayStyles];

  /** The manager's snapshot. */
  @property({ attribute: false }) items: readonly AttachmentItem[] = [];
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  private previews = new Map<string, { file: File; url: string }>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const { url } of this.previews.values()) URL.revokeObjectURL(url);
    this.previews.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('items')) return;
    const live = new Set(this.items.map((item) => item.localId));
    for (const [localId, { url }] of this.previews) {
      if (!live.has(localId)) {
        URL.revokeObjectURL(url);
        this.previews.delete(localId);
      }
    }
  }

  private previewUrl(item: AttachmentItem): string {
    const existing = this.previews.get(item.localId);
    if (existing?.file === item.file) return existing.url;
    if (existing) URL.revokeObjectURL(existing.url);
    const url = URL.createObjectURL(item.file);
    this.previews.set(item.localId, { file: item.file, url });
    return url;
  }

  private renderStatus(item: AttachmentItem): TemplateResult | typeof nothing {
    if (item.status === 'uploading') {
      const percent = Math.round(item.progress * 100);
      return html`<div
        class="bar"
        role="progressbar"
        aria-label=${fill(this.strings.attachmentUploading, item.name)}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
      >
        <span style=${styleProps({ width: `${percent}%` })}></span>
      </div>`;
    }
    if (item.status === 'error') return html`<span class="message" role="alert">${item.error ?? fill(this.strings.attachmentUploadFailed, item.name)}</span>`;
    return nothing;
  }

  private renderItem(item: AttachmentItem): TemplateResult {
    const retry =
      item.status === 'error'
        ? html`<button
            type="button"
            class="retry"
            aria-label=${fill(this.strings.attachmentRetry, item.name)}
            title=${this.strings.retry}
            @click=${() => this.dispatchEvent(new AttachmentRetryEvent(item.localId))}
          >
            ${icon('retry')}
          </button>`
        : nothing;
    return html`<li part="item" class=${item.status} data-local-id=${item.localId}>
      ${item.kind === 'image' ? html`<img src=${this.previewUrl(item)} alt="" />` : nothing}
      <div class="info">
        <span class="name" title=${item.name}>${item.name}</span>
        ${this.renderStatus(item)}
      </div>
      ${retry}
      <button
        type="button"
        class="remove"
        aria-label=${fill(this.strings.attachmentRemove, item.name)}
        @click=${() => this.dispatchEvent(new AttachmentRemoveEvent(item.localId))}
      >
        ${icon('close')}
      </button>
    </li>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    return html`<ul aria-label=${this.strings.attachmentsLabel}>
      ${repeat(
        this.items,
        (item) => item.localId,
        (item) => this.renderItem(item),
      )}
    </ul>`;
  }
}

// The composer needs these before the tray's chunk is in (a picker must open during the click).
export { acceptString, pickFiles } from './attachment-files.js';
