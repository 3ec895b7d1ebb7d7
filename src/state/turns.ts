/**
 * Turns: the run of items that answers one user message. Item actions (copy, feedback, retry)
 * apply to a whole turn, so the view groups items this way. Pure and DOM-free.
 */
import type { ThreadItem } from '../schemas/index.js';

/** The non-user items that follow one user message (or open the thread, before any user message). */
export interface Turn {
  /** The user message this turn answers; null for items before the first user message. */
  readonly userMessageId: string | null;
  /** Ids of the turn's items (never the user message itself), oldest first. */
  readonly itemIds: readonly string[];
  /** The turn's items, in the same order as `itemIds`. */
  readonly items: readonly ThreadItem[];
}

function sameItems(a: readonly ThreadItem[], b: readonly ThreadItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Splits items (display order, hidden items already removed) into turns. A user message starts a
 * new turn even when the previous one is empty, so every user message has its own turn.
 *
 * Pass the previous result as `previous` to get the very same `Turn` objects back for turns whose
 * items did not change: a view can then skip re-rendering the actions of finished turns while
 * the last one streams.
 */
export function turnsOf(items: readonly ThreadItem[], previous: readonly Turn[] = []): Turn[] {
  const reuse = new Map<string | null, Turn>();
  for (const turn of previous) reuse.set(turnKey(turn), turn);

  const turns: Turn[] = [];
  let userMessageId: string | null = null;
  let run: ThreadItem[] = [];
  let started = false;
  const close = (): void => {
    if (!started) return;
    const fresh: Turn = { userMessageId, itemIds: run.map((item) => item.id), items: run };
    const old = reuse.get(turnKey(fresh));
    turns.push(old !== undefined && old.userMessageId === userMessageId && sameItems(old.items, run) ? old : fresh);
  };
  for (const item of items) {
    if (item.type === 'user_message') {
      close();
      userMessageId = item.id;
      run = [];
      started = true;
    } else {
      run.push(item);
      started = true;
    }
  }
  close();
  return turns;
}

/** A key that stays the same while a turn grows: its user message, or its first item. */
export function turnKey(turn: Turn): string | null {
  return turn.userMessageId ?? turn.itemIds[0] ?? null;
}

/** Whether a turn has something to act on: an assistant message or a widget. */
export function hasResponse(turn: Turn): boolean {
  return turn.items.some((item) => item.type === 'assistant_message' || item.type === 'widget');
}

/**
 * What the Copy button copies: the assistant messages' text and the widgets' `copy_text`, in
 * order, separated by blank lines. Widgets without `copy_text` contribute nothing (their visual
 * content has no faithful plain-text form).
 */
export function copyText(turn: Turn): string {
  const parts: string[] = [];
  for (const item of turn.items) {
    if (item.type === 'assistant_message') {
      const text = item.content
        .map((part) => part.text)
        .join('\n\n')
        .trim();
      if (text !== '') parts.push(text);
    } else if (item.type === 'widget') {
      const text = item.copy_text?.trim() ?? '';
      if (text !== '') parts.push(text);
    }
  }
  return parts.join('\n\n');
}
