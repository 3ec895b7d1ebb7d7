/**
 * The composer's pending attachments: checks limits, uploads with the configured strategy, tracks
 * progress, and cleans up on removal. DOM-free (no object URLs: the tray creates and revokes its
 * own previews), so it can be tested and reused without an element.
 */
import { en, type Catalogue } from '../i18n/index.js';
import type { ChatKitClient } from '../protocol/client.js';
import { uploadDirect, uploadToDescriptor } from '../protocol/upload.js';
import type { Attachment } from '../schemas/index.js';

/** `api.uploadStrategy`. */
export type UploadStrategy = { type: 'two_phase' } | { type: 'direct'; uploadUrl: string };

/** `composer.attachments` limits. */
export interface AttachmentLimits {
  /** MIME type (or `type/*`) → extensions (`.png`); a file passes when its type or extension is listed. */
  accept?: Record<string, string[]> | undefined;
  /** Bytes: one limit, or MIME pattern (`image/png`, `image/*`, `*`/`''` fallback) → limit. */
  maxSize?: number | Record<string, number> | undefined;
  /** At most this many attachments per message; default 10. */
  maxCount?: number | undefined;
}

/** Options of {@link AttachmentManager}. */
export interface AttachmentManagerOptions {
  /** Used for `attachments.create` and `attachments.delete`. */
  client: Pick<ChatKitClient, 'send'>;
  strategy: UploadStrategy;
  /** The integrator's fetch (`api.fetch`), for the upload itself. */
  fetch?: typeof fetch | undefined;
  limits?: AttachmentLimits | undefined;
  /** UI strings for rejection reasons and upload errors. */
  strings?: Partial<Catalogue> | undefined;
}

/** Upload state of one item. */
export type AttachmentStatus = 'uploading' | 'done' | 'error';

/** One pending attachment; a new object whenever anything about it changes. */
export interface AttachmentItem {
  readonly localId: string;
  readonly file: File;
  readonly name: string;
  readonly mimeType: string;
  /** Whether the tray should show a thumbnail. */
  readonly kind: 'image' | 'file';
  readonly status: AttachmentStatus;
  /** Uploaded fraction, 0–1. */
  readonly progress: number;
  /** The stored attachment, once uploaded. */
  readonly attachment?: Attachment | undefined;
  /** Why the upload failed, ready to show. */
  readonly error?: string | undefined;
}

/** A file `add` refused. */
export interface RejectedFile {
  name: string;
  /** A sentence to show the user, e.g. "photo.png is larger than 5 MB." */
  reason: string;
}

export const DEFAULT_MAX_COUNT = 10;

interface Job {
  controller: AbortController;
  promise: Promise<void>;
}

const UNITS = ['KB', 'MB', 'GB'] as const;

/** "5 MB", "1.5 KB", "900 bytes" (binary units, as file managers and `maxSize` values use). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes;
  let unit: string = UNITS[0];
  for (const next of UNITS) {
    value /= 1024;
    unit = next;
    if (value < 1024) break;
  }
  return `${Number(value.toFixed(1)).toString()} ${unit}`;
}

function mimeOf(file: File): string {
  return file.type || 'application/octet-stream';
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function mimeMatches(pattern: string, mime: string): boolean {
  const p = pattern.toLowerCase();
  if (p === '*' || p === '*/*' || p === '') return true;
  if (p.endsWith('/*')) return mime.toLowerCase().startsWith(p.slice(0, -1));
  return p === mime.toLowerCase();
}

/** The byte limit for `mime`: exact type, then `type/*`, then `*`/`''`; undefined = no limit. */
export function sizeLimitFor(maxSize: AttachmentLimits['maxSize'], mime: string): number | undefined {
  if (maxSize === undefined || typeof maxSize === 'number') return maxSize;
  const entries = Object.entries(maxSize);
  const lower = mime.toLowerCase();
  const exact = entries.find(([pattern]) => pattern.toLowerCase() === lower);
  if (exact) return exact[1];
  const wildcard = entries.find(([pattern]) => pattern.endsWith('/*') && mimeMatches(pattern, lower));
  if (wildcard) return wildcard[1];
  return entries.find(([pattern]) => pattern === '*' || pattern === '' || pattern === '*/*')?.[1];
}

/** True when `accept` is unset or lists the file's MIME type (patterns allowed) or extension. */
export function isAccepted(accept: AttachmentLimits['accept'], file: File): boolean {
  if (accept === undefined) return true;
  const mime = mimeOf(file);
  const ext = extensionOf(file.name);
  return Object.entries(accept).some(
    ([pattern, extensions]) =>
      (file.type !== '' && mimeMatches(pattern, mime)) ||
      (ext !== '' && extensions.some((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase() === ext)),
  );
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * Pending attachments of one composer.
 *
 * ```ts
 * const attachments = new AttachmentManager({ client, strategy: { type: 'two_phase' }, limits });
 * const { rejected } = attachments.add(files);
 * await attachments.whenSettled();
 * session.sendMessage({ content, attachments: attachments.ids() });
 * attachments.clear();
 * ```
 */
export class AttachmentManager {
  private options: AttachmentManagerOptions;
  private list: AttachmentItem[] = [];
  private jobs = new Map<string, Job>();
  private listeners = new Set<(items: readonly AttachmentItem[]) => void>();
  private counter = 0;

  constructor(options: AttachmentManagerOptions) {
    this.options = { ...options };
  }

  /** Changes strategy, limits, fetch or strings for later uploads. */
  configure(partial: Partial<AttachmentManagerOptions>): void {
    this.options = { ...this.options, ...partial };
  }

  /** The current items (an immutable snapshot, replaced on every change). */
  get items(): readonly AttachmentItem[] {
    return this.list;
  }

  /** True while any upload runs. */
  get uploading(): boolean {
    return this.list.some((item) => item.status === 'uploading');
  }

  /** Calls `listener` with the new snapshot after every change; returns an unsubscribe function. */
  subscribe(listener: (items: readonly AttachmentItem[]) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Checks each file against the limits and starts uploading the accepted ones. */
  add(files: Iterable<File>): { rejected: RejectedFile[] } {
    const { limits = {} } = this.options;
    const maxCount = limits.maxCount ?? DEFAULT_MAX_COUNT;
    const rejected: RejectedFile[] = [];
    const added: AttachmentItem[] = [];
    for (const file of files) {
      const mimeType = mimeOf(file);
      let reason: string | undefined;
      const limit = sizeLimitFor(limits.maxSize, mimeType);
      if (!isAccepted(limits.accept, file)) reason = fill(this.text('attachmentTypeNotAllowed'), { name: file.name });
      else if (limit !== undefined && file.size > limit) reason = fill(this.text('attachmentTooLarge'), { name: file.name, size: formatBytes(limit) });
      else if (this.list.length + added.length >= maxCount) reason = fill(this.text('attachmentTooMany'), { name: file.name, count: maxCount });
      if (reason !== undefined) {
        rejected.push({ name: file.name, reason });
        continue;
      }
      this.counter += 1;
      added.push({
        localId: `local_${this.counter}_${Date.now().toString(36)}`,
        file,
        name: file.name,
        mimeType,
        kind: mimeType.startsWith('image/') ? 'image' : 'file',
        status: 'uploading',
        progress: 0,
      });
    }
    if (added.length > 0) {
      this.list = [...this.list, ...added];
      this.emit();
      for (const item of added) this.start(item.localId);
    }
    return { rejected };
  }

  /** Drops an item: aborts its upload, and deletes it on the server once it exists there. */
  remove(localId: string): void {
    const item = this.find(localId);
    if (!item) return;
    this.jobs.get(localId)?.controller.abort();
    this.jobs.delete(localId);
    this.list = this.list.filter((entry) => entry.localId !== localId);
    this.emit();
    if (item.attachment) {
      // Best effort: a failed delete leaves an orphan on the server, nothing the user can fix.
      this.options.client.send({ type: 'attachments.delete', params: { attachment_id: item.attachment.id } }).catch(() => undefined);
    }
  }

  /** Uploads a failed item again. */
  retry(localId: string): void {
    const item = this.find(localId);
    if (item?.status !== 'error') return;
    this.update(localId, { status: 'uploading', progress: 0, error: undefined });
    this.start(localId);
  }

  /** Resolves once no upload runs (failed ones count as settled). */
  async whenSettled(): Promise<void> {
    while (this.jobs.size > 0) await Promise.allSettled([...this.jobs.values()].map((job) => job.promise));
  }

  /** Ids of the uploaded attachments, for `input.attachments`. */
  ids(): string[] {
    return this.attachments().map((attachment) => attachment.id);
  }

  /** The uploaded attachments (for an optimistic message bubble). */
  attachments(): Attachment[] {
    return this.list.flatMap((item) => (item.status === 'done' && item.attachment ? [item.attachment] : []));
  }

  /** Empties the tray after sending: aborts running uploads but deletes nothing (the message owns them now). */
  clear(): void {
    for (const job of this.jobs.values()) job.controller.abort();
    this.jobs.clear();
    if (this.list.length === 0) return;
    this.list = [];
    this.emit();
  }

  private text(key: 'attachmentTypeNotAllowed' | 'attachmentTooLarge' | 'attachmentTooMany' | 'attachmentUploadFailed'): string {
    return this.options.strings?.[key] ?? en[key];
  }

  private find(localId: string): AttachmentItem | undefined {
    return this.list.find((item) => item.localId === localId);
  }

  private update(localId: string, patch: Partial<AttachmentItem>): void {
    if (!this.find(localId)) return;
    this.list = this.list.map((item) => (item.localId === localId ? { ...item, ...patch } : item));
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener(this.list);
  }

  private start(localId: string): void {
    const controller = new AbortController();
    const promise = this.upload(localId, controller.signal).then(
      (attachment) => {
        if (controller.signal.aborted) return;
        this.update(localId, { status: 'done', progress: 1, attachment, error: undefined });
      },
      () => {
        if (controller.signal.aborted) return;
        this.update(localId, { status: 'error', error: fill(this.text('attachmentUploadFailed'), { name: this.find(localId)?.name ?? '' }) });
      },
    );
    const job = { controller, promise };
    this.jobs.set(localId, job);
    void promise.finally(() => {
      if (this.jobs.get(localId) === job) this.jobs.delete(localId);
    });
  }

  private async upload(localId: string, signal: AbortSignal): Promise<Attachment> {
    const item = this.find(localId);
    if (!item) throw new Error('attachment removed');
    const { strategy, fetch, client } = this.options;
    const onProgress = (fraction: number): void => {
      if (!signal.aborted) this.update(localId, { progress: fraction });
    };
    if (strategy.type === 'direct') {
      return uploadDirect(item.file, { url: strategy.uploadUrl, fetch, signal, onProgress });
    }
    // A retry after a failed byte upload reuses the record `attachments.create` already made.
    let attachment = item.attachment;
    if (!attachment) {
      attachment = await client.send(
        { type: 'attachments.create', params: { name: item.name, size: item.file.size, mime_type: item.mimeType } },
        { signal },
      );
      // Known from here on, so removing the item deletes the server record.
      if (!signal.aborted) this.update(localId, { attachment });
      else this.forget(attachment);
    }
    const descriptor = attachment.upload_descriptor;
    if (descriptor) await uploadToDescriptor(item.file, descriptor, { fetch, signal, onProgress });
    return attachment;
  }

  private forget(attachment: Attachment): void {
    this.options.client.send({ type: 'attachments.delete', params: { attachment_id: attachment.id } }).catch(() => undefined);
  }
}
