import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { SseWriter } from './stream.js';
import type { StreamEvent } from './types.js';

/*
 * Fault injection: a user message whose text starts with `/fault <kind>` makes that turn fail
 * in a chosen way, once, so a client's error handling and Retry can be tried by hand and in
 * end-to-end tests. Keep this list in sync with README.md.
 *
 *   cut       the user item and a few assistant deltas, then half an event and the connection drops
 *   500       HTTP 500 with a JSON error body, before any stream (nothing is saved)
 *   drip      the normal answer, written in small pieces every ~30 ms
 *   badjson   a `data:` line that is not JSON in the middle of the stream, then the rest
 *   empty     200 `text/event-stream` with an empty body (nothing is saved)
 */
export const FAULT_KINDS = ['cut', '500', 'drip', 'badjson', 'empty'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const FAULT_PATTERN = /^\s*\/fault\s+(\S+)/i;
/** Text deltas written before `cut` and `badjson` strike, so the answer has visibly started. */
export const DELTAS_BEFORE_FAULT = 3;
/** Size (in characters) and pace of `drip` pieces. */
export const DRIP_CHARS = 200;
export const DRIP_INTERVAL_MS = 30;
export const BAD_JSON_LINE = 'data: {"type": "thread.item.updated", "item_id": <not json>\n\n';

/** The fault a message asks for, if its text starts with `/fault <known kind>`. */
export function parseFault(text: string): FaultKind | undefined {
  const kind = FAULT_PATTERN.exec(text)?.[1]?.toLowerCase();
  return FAULT_KINDS.find((known) => known === kind);
}

/**
 * Remembers which message texts already failed, so the same text sent again (a client's Retry
 * re-sends it, or the user does) gets a normal answer. `threads.retry_after_item` never faults.
 */
export class FaultSwitch {
  private readonly fired = new Set<string>();

  /** The fault to apply to a new user message with this text, consuming it; undefined = answer normally. */
  take(text: string): FaultKind | undefined {
    const kind = parseFault(text);
    if (!kind || this.fired.has(text)) return undefined;
    this.fired.add(text);
    return kind;
  }

  clear(): void {
    this.fired.clear();
  }
}

const isTextDelta = (event: StreamEvent): boolean =>
  event.type === 'thread.item.updated' && event.update.type === 'assistant_message.content_part.text_delta';

/** An {@link SseWriter} that breaks the stream the way `kind` says (`cut`, `drip`, `badjson`). */
export class FaultWriter extends SseWriter {
  private deltas = 0;

  constructor(
    res: ServerResponse,
    delayMs: number,
    private readonly kind: Exclude<FaultKind, '500' | 'empty'>,
  ) {
    super(res, delayMs);
  }

  override async send(event: StreamEvent): Promise<boolean> {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    const strike = isTextDelta(event) && ++this.deltas === DELTAS_BEFORE_FAULT + 1;
    if (this.kind === 'cut' && strike) {
      // Half a frame, then the socket goes: the client is left mid-event.
      await this.raw(frame.slice(0, Math.ceil(frame.length / 2)));
      this.cut();
      return false;
    }
    if (this.kind === 'badjson' && strike && !(await this.raw(BAD_JSON_LINE))) return false;
    if (this.kind !== 'drip') return super.send(event);
    for (let offset = 0; offset < frame.length; offset += DRIP_CHARS) {
      await sleep(DRIP_INTERVAL_MS);
      if (!(await this.raw(frame.slice(offset, offset + DRIP_CHARS)))) return false;
    }
    return true;
  }
}
