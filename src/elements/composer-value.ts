/**
 * DOM-free helpers for the composer's value model (`UserMessageContent[]`): normalising parts,
 * plain-text rendering, entity → tag conversion, mention-query detection and result grouping.
 */
import type { Entity, InputTagContent, UserMessageContent } from '../schemas/index.js';

/** Merges adjacent text parts and drops empty text, so equal drafts compare equal. */
export function normalizeContent(parts: readonly UserMessageContent[]): UserMessageContent[] {
  const out: UserMessageContent[] = [];
  for (const part of parts) {
    if (part.type === 'input_text') {
      if (part.text === '') continue;
      const last = out[out.length - 1];
      if (last?.type === 'input_text') out[out.length - 1] = { type: 'input_text', text: last.text + part.text };
      else out.push({ type: 'input_text', text: part.text });
    } else {
      out.push(part);
    }
  }
  return out;
}

/** The text a user reads: tags become `@Title`. Used for `text/plain` copies and previews. */
export function contentToPlainText(parts: readonly UserMessageContent[]): string {
  return parts.map((part) => (part.type === 'input_text' ? part.text : `@${part.text}`)).join('');
}

/** True when there is nothing worth sending: no tag and only whitespace text. */
export function isEmptyContent(parts: readonly UserMessageContent[]): boolean {
  return parts.every((part) => part.type === 'input_text' && part.text.trim() === '');
}

/** The `input_tag` part a chosen entity becomes (the server requires `data`, so it defaults to `{}`). */
export function entityToTag(entity: Entity): InputTagContent {
  const tag: InputTagContent = {
    type: 'input_tag',
    id: entity.id,
    text: entity.title,
    data: { ...(entity.data ?? {}) },
    interactive: entity.interactive ?? false,
  };
  if (entity.group) tag.group = entity.group;
  return tag;
}

/** An `@query` being typed: where the `@` is in the text and what follows it. */
export interface MentionQuery {
  /** Offset of the `@` in the text passed in. */
  start: number;
  /** The characters typed after `@` (may be empty). */
  query: string;
}

/**
 * Finds the `@query` ending at the caret, given the text before the caret. The `@` must start the
 * text or follow whitespace, so e-mail addresses (`a@b.c`) do not open the menu.
 */
export function findMentionQuery(textBeforeCaret: string): MentionQuery | null {
  const match = /(^|\s)@([^\s@]*)$/.exec(textBeforeCaret);
  if (!match) return null;
  const lead = match[1] ?? '';
  return { start: match.index + lead.length, query: match[2] ?? '' };
}

/** Results in display order: grouped by `group` in order of first appearance (ungrouped under `null`). */
export interface EntityGroup {
  group: string | null;
  entities: Entity[];
}

/** Groups search results, keeping each group's first-appearance order and the order within groups. */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const groups = new Map<string | null, Entity[]>();
  for (const entity of entities) {
    const key = entity.group ?? null;
    const list = groups.get(key);
    if (list) list.push(entity);
    else groups.set(key, [entity]);
  }
  return [...groups].map(([group, list]) => ({ group, entities: list }));
}
