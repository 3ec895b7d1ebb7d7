/**
 * Threads and pages (protocol §1.8, §3.1).
 */
import * as z from 'zod/mini';
import { JsonObjectSchema, TimestampSchema, emptyObject, nullish, withDefault } from './common.js';
import { ThreadItemSchema, type ThreadItem } from './items.js';

/** `locked` disables the composer (reason as placeholder); `closed` replaces it. UI-only. */
export const ThreadStatusSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('active') }),
  z.object({ type: z.literal('locked'), reason: nullish(z.string()) }),
  z.object({ type: z.literal('closed'), reason: nullish(z.string()) }),
]);
export type ThreadStatus = z.output<typeof ThreadStatusSchema>;

/** A page of results; `after` (the last element's id) is present only when `has_more`. */
export interface Page<T> {
  data: T[];
  has_more: boolean;
  after?: string | undefined;
}

/** Schema of `Page<T>` for a given element schema. */
export function pageSchema<S extends z.ZodMiniType>(item: S) {
  return z.object({
    data: withDefault(z.array(item), () => []),
    has_more: withDefault(z.boolean(), () => false),
    after: nullish(z.string()),
  });
}

/** A thread without its items. `metadata` is server-only and always `{}` on the wire. */
export const ThreadMetadataSchema = z.object({
  id: z.string(),
  title: nullish(z.string()),
  created_at: TimestampSchema,
  status: withDefault(ThreadStatusSchema, () => ({ type: 'active' as const })),
  allowed_image_domains: nullish(z.array(z.string())),
  metadata: withDefault(JsonObjectSchema, emptyObject),
});
export type ThreadMetadata = z.output<typeof ThreadMetadataSchema>;

/** Page of thread items, as embedded in a thread. */
export const ThreadItemPageSchema = pageSchema(ThreadItemSchema);

/** A thread with its first page of items (empty in lists and `thread.updated`). */
export const ThreadSchema = z.object({
  ...ThreadMetadataSchema.def.shape,
  items: withDefault(ThreadItemPageSchema, (): Page<ThreadItem> => ({ data: [], has_more: false })),
});
export type Thread = z.output<typeof ThreadSchema>;

/** Page of threads (`threads.list`). */
export const ThreadPageSchema = pageSchema(ThreadSchema);
