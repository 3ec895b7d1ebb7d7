/**
 * Running one client tool call (protocol §5.3): the host's handler computes a result that goes back
 * with `threads.add_client_tool_output`. DOM-free.
 */
import type { ClientToolCallItem } from '../schemas/index.js';

/** What the host's handler receives (ChatKit JS `onClientTool({name, params})`). */
export interface ClientToolCall {
  name: string;
  params: Record<string, unknown>;
}

/** The host's client tool handler; its (JSON-serialisable) result goes back to the server. */
export type ClientToolHandler = (call: ClientToolCall) => Promise<Record<string, unknown>>;

/**
 * How a tool call ended. `failed` still carries a result to send: the protocol recommends an
 * error-shaped result so the thread is not stuck on a pending call (the agent sees the error).
 */
export type ClientToolOutcome =
  | { readonly status: 'done'; readonly result: unknown }
  | { readonly status: 'failed'; readonly result: { error: string }; readonly error: Error }
  | { readonly status: 'stopped' };

/** `value` as an Error (thrown non-errors become their string form). */
export function asError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'string') return new Error(value);
  try {
    return new Error(value === undefined ? 'unknown error' : JSON.stringify(value));
  } catch {
    return new Error('unknown error');
  }
}

/**
 * Calls `handler` for `item`. Resolves `stopped` as soon as `signal` aborts (the handler keeps
 * running, but its result is dropped: the user stopped the response). Never rejects.
 */
export async function runClientTool(
  handler: ClientToolHandler | undefined,
  item: ClientToolCallItem,
  signal: AbortSignal,
): Promise<ClientToolOutcome> {
  if (signal.aborted) return { status: 'stopped' };
  if (handler === undefined) {
    const error = new Error(`chat-kit: no client tool handler for "${item.name}"`);
    return { status: 'failed', result: { error: error.message }, error };
  }
  let onAbort: () => void = () => undefined;
  const stopped = new Promise<ClientToolOutcome>((resolve) => {
    onAbort = () => {
      resolve({ status: 'stopped' });
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const ran = (async (): Promise<ClientToolOutcome> => {
    try {
      // Handlers are page code: one returning nothing means "success, no data" (ChatKit JS documents `{}`).
      const returned: unknown = await handler({ name: item.name, params: item.arguments });
      return { status: 'done', result: returned ?? {} };
    } catch (thrown) {
      const error = asError(thrown);
      return { status: 'failed', result: { error: error.message }, error };
    }
  })();
  try {
    return await Promise.race([ran, stopped]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
