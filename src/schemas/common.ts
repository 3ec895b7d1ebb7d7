/**
 * Building blocks shared by every wire schema.
 *
 * The ChatKit server omits nulls (`exclude_none=True`) but other servers may send them, so
 * "absent" and `null` decode identically everywhere: optional fields become `undefined` and
 * fields with a default get the default.
 */
import * as z from 'zod/mini';

/**
 * Optional field tolerant of `null`: accepts `undefined | null | T` and outputs `T | undefined`,
 * so the key is optional in the output type.
 */
export function nullish<S extends z.ZodMiniType>(schema: S) {
  return z.optional(z.pipe(z.nullable(schema), z.transform((v): z.output<S> | undefined => v ?? undefined)));
}

/**
 * Field with a default applied when the value is absent **or** `null` (Pydantic defaults only
 * cover "absent", but a non-Python server may well write `null`).
 */
export function withDefault<S extends z.ZodMiniType>(
  schema: S,
  fallback: () => NoInfer<z.output<S>>,
): z.ZodMiniType<z.output<S>> {
  // A factory, so every parse gets a fresh (mutable) container.
  const inner = z._default(schema, fallback as () => z.util.NoUndefined<z.output<S>>);
  return z.pipe(z.transform((v: unknown): unknown => v ?? undefined), inner);
}

/**
 * ISO-8601 timestamp kept as a string. Python writes naive times
 * (`2026-11-23T19:02:35.441541`); stores may add `Z` or an offset. The check only rules out
 * things that are clearly not a date so a quirky store cannot break a whole thread.
 */
export const TimestampSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?([Zz]|[+-]\d{2}(:?\d{2})?)?$/),
);
export type Timestamp = z.output<typeof TimestampSchema>;

/**
 * Icon name. Any string is accepted: the known set grows (`lucide:*`, `vendor:*`, names only
 * docs use) and unknown names render a neutral fallback instead of failing the item.
 */
export const IconNameSchema = z.string();
export type IconName = z.output<typeof IconNameSchema>;

/** An arbitrary JSON object (`dict[str, Any]` on the server). */
export const JsonObjectSchema = z.record(z.string(), z.unknown());
export type JsonObject = z.output<typeof JsonObjectSchema>;

/** `{}` factory for `withDefault`: a fresh object on every parse. */
export const emptyObject = (): JsonObject => ({});
