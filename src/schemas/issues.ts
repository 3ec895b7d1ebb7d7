/**
 * Turns zod issues into the short messages a developer reads, e.g.
 * `composer.tools[0].id: required`.
 */
import type * as z from 'zod/mini';

/** One problem in a validated value, with a readable path. */
export interface ReadableIssue {
  /** `composer.tools[0].id`; `options` for the value itself. */
  path: string;
  /** Short and lower-case: `required`, `expected string`, `unrecognized key "foo"`. */
  message: string;
}

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['composer', 'tools', 0, 'id']` → `composer.tools[0].id`. */
export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || 'options';
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** A branch that failed on the value's own type was not what the developer meant. */
function isWrongShape(branch: readonly Issue[]): boolean {
  return branch.every((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'));
}

function explain(issue: Issue, base: readonly Key[], root: unknown): ReadableIssue {
  const path = [...base, ...issue.path];
  const missing = valueAt(root, path) === undefined;
  const at = (message: string): ReadableIssue => ({ path: formatPath(path), message });
  switch (issue.code) {
    case 'invalid_union': {
      // Descend into the one branch the value evidently aimed at; otherwise stay vague.
      const branches = issue.errors.filter((b) => b.length > 0 && !isWrongShape(b));
      const fewest = Math.min(...branches.map((b) => b.length));
      const best = branches.filter((b) => b.length === fewest);
      const first = best[0]?.[0];
      if (best.length === 1 && first) return explain(first, path, root);
      return at(missing ? 'required' : 'invalid input');
    }
    case 'unrecognized_keys':
      return at(
        issue.keys.length === 1
          ? `unrecognized key ${quote(issue.keys[0])}`
          : `unrecognized keys ${issue.keys.map(quote).join(', ')}`,
      );
    case 'invalid_type':
      return at(missing ? 'required' : `expected ${issue.expected}`);
    case 'invalid_value':
      return at(
        missing
          ? 'required'
          : issue.values.length === 1
            ? `expected ${quote(issue.values[0])}`
            : `expected one of ${issue.values.map(quote).join(', ')}`,
      );
    case 'custom':
      return at(missing ? 'required' : issue.message.toLowerCase());
    case 'too_small':
      return at(`must be at least ${String(issue.minimum)}`);
    case 'too_big':
      return at(`must be at most ${String(issue.maximum)}`);
    default:
      return at('invalid input');
  }
}

/**
 * Explains every issue of a failed parse of `value`; the first one comes first, so
 * `${issues[0].path}: ${issues[0].message}` is the headline.
 */
export function readableIssues(error: z.core.$ZodError, value: unknown): ReadableIssue[] {
  return error.issues.map((issue) => explain(issue, [], value));
}
