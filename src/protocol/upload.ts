/**
 * File uploads for both ChatKit upload strategies. Progress needs `XMLHttpRequest` (fetch has no
 * upload progress), so it is used when the integrator did not pass a custom `fetch`; a custom
 * fetch is always honoured (it may add auth), and then progress jumps from 0 to 1.
 */
import { AttachmentSchema, type Attachment, type UploadDescriptor } from '../schemas/index.js';
import { summarizeIssues } from './decode.js';
import { AbortedError, HttpError, InvalidJsonError, NetworkError, SchemaError } from './errors.js';

/** Options shared by the upload functions. */
export interface UploadOptions {
  /** A custom fetch; when set, it is used instead of `XMLHttpRequest` (no fine-grained progress). */
  fetch?: typeof fetch | undefined;
  signal?: AbortSignal | undefined;
  /** Called with the uploaded fraction, 0–1. */
  onProgress?: ((fraction: number) => void) | undefined;
}

/** Options of {@link uploadDirect}. */
export interface DirectUploadOptions extends UploadOptions {
  /** The integrator's upload endpoint (`api.uploadStrategy.uploadUrl`). */
  url: string;
}

/** What the transport got back. */
interface RawReply {
  status: number;
  statusText: string;
  text: string;
}

interface RawRequest {
  url: string;
  method: 'POST' | 'PUT';
  headers: Record<string, string>;
  body: FormData | Blob;
}

// Errors name this pseudo request type so logs tell uploads apart from ChatKit requests.
const REQUEST_TYPE = 'upload';

function multipart(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

function detailOf(text: string): string | undefined {
  try {
    const json = JSON.parse(text) as unknown;
    if (json !== null && typeof json === 'object') {
      for (const key of ['error', 'detail', 'message']) {
        const value = (json as Record<string, unknown>)[key];
        if (typeof value === 'string') return value;
      }
    }
  } catch {
    // Not JSON: no detail.
  }
  return undefined;
}

function viaXhr(Xhr: typeof XMLHttpRequest, request: RawRequest, options: UploadOptions): Promise<RawReply> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    const xhr = new Xhr();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    const onAbort = (): void => {
      xhr.abort();
    };
    const cleanup = (): void => signal?.removeEventListener('abort', onAbort);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(1, event.loaded / event.total));
    });
    xhr.addEventListener('load', () => {
      cleanup();
      resolve({ status: xhr.status, statusText: xhr.statusText, text: xhr.responseText });
    });
    xhr.addEventListener('error', () => {
      cleanup();
      reject(new NetworkError({ requestType: REQUEST_TYPE }));
    });
    xhr.addEventListener('abort', () => {
      cleanup();
      reject(new AbortedError({ cause: signal?.reason, requestType: REQUEST_TYPE }));
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(request.body);
  });
}

async function viaFetch(fetcher: typeof fetch, request: RawRequest, options: UploadOptions): Promise<RawReply> {
  const { signal } = options;
  const init: RequestInit = { method: request.method, headers: { ...request.headers }, body: request.body };
  if (signal) init.signal = signal;
  const aborted = (cause: unknown): boolean => signal?.aborted === true || (cause instanceof DOMException && cause.name === 'AbortError');
  try {
    const response = await fetcher(request.url, init);
    const text = await response.text();
    return { status: response.status, statusText: response.statusText, text };
  } catch (cause) {
    if (aborted(cause)) throw new AbortedError({ cause: signal?.reason ?? cause, requestType: REQUEST_TYPE });
    throw new NetworkError({ cause, requestType: REQUEST_TYPE });
  }
}

async function transmit(request: RawRequest, options: UploadOptions): Promise<RawReply> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new AbortedError({ cause: signal.reason, requestType: REQUEST_TYPE });
  onProgress?.(0);
  const Xhr = (globalThis as { XMLHttpRequest?: typeof XMLHttpRequest }).XMLHttpRequest;
  const reply =
    options.fetch === undefined && Xhr !== undefined
      ? await viaXhr(Xhr, request, options)
      : // The global fetch throws "Illegal invocation" when called as a method of another object.
        await viaFetch(options.fetch ?? ((input, init) => globalThis.fetch(input, init)), request, options);
  if (reply.status < 200 || reply.status >= 300) {
    throw new HttpError(reply.status, { statusText: reply.statusText, detail: detailOf(reply.text), requestType: REQUEST_TYPE });
  }
  onProgress?.(1);
  return reply;
}

/**
 * The `direct` strategy: POSTs `multipart/form-data` with a `file` field to `url`; the reply is
 * the stored `Attachment`.
 *
 * @throws {HttpError} | {NetworkError} | {AbortedError} | {InvalidJsonError} | {SchemaError}
 */
export async function uploadDirect(file: File, options: DirectUploadOptions): Promise<Attachment> {
  const reply = await transmit({ url: options.url, method: 'POST', headers: {}, body: multipart(file) }, options);
  let json: unknown;
  try {
    json = JSON.parse(reply.text);
  } catch (cause) {
    throw new InvalidJsonError(reply.text, { cause, requestType: REQUEST_TYPE });
  }
  const parsed = AttachmentSchema.safeParse(json);
  if (!parsed.success) {
    throw new SchemaError('upload reply', summarizeIssues(parsed.error.issues), { cause: parsed.error, requestType: REQUEST_TYPE });
  }
  return parsed.data;
}

/**
 * The second step of `two_phase`: sends the bytes where `attachments.create` said. `POST` sends
 * `multipart/form-data` with a `file` field (the documented form); `PUT` sends the raw bytes, as
 * pre-signed object-store URLs expect. The reply body is ignored.
 *
 * @throws {HttpError} | {NetworkError} | {AbortedError}
 */
export async function uploadToDescriptor(file: File, descriptor: UploadDescriptor, options: UploadOptions = {}): Promise<void> {
  const headers: Record<string, string> = { ...descriptor.headers };
  const put = descriptor.method === 'PUT';
  if (put && file.type && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['Content-Type'] = file.type;
  await transmit({ url: descriptor.url, method: descriptor.method, headers, body: put ? file : multipart(file) }, options);
}
