/**
 * Prop groups shared by several components, as plain shapes to spread into `z.object({...})`,
 * plus the pieces every node schema is built from. Optional props accept `null` like an absent
 * key (other servers may not drop nulls) and come out as `undefined`.
 */
import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { ActionConfigSchema } from '../widget-root.js';
import {
  AlignmentSchema,
  BordersSchema,
  ColorSchema,
  FontWeightSchema,
  JustificationSchema,
  RadiusSchema,
  SizeValueSchema,
  SpacingSchema,
  TextAlignSchema,
} from './values.js';

// One instance per optional value type, reused by every component.
export const optionalString = nullish(z.string());
export const optionalBoolean = nullish(z.boolean());
export const optionalNumber = nullish(z.number());
export const optionalSize = nullish(SizeValueSchema);
export const optionalColor = nullish(ColorSchema);
export const optionalSpacing = nullish(SpacingSchema);
/** Any `onClickAction`/`onChangeAction`/`onSubmitAction`, with the server defaults applied. */
export const optionalAction = nullish(ActionConfigSchema);

const isNode = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `children` of a container, NOT validated deeply: each child is validated on its own when
 * rendered, so one bad child does not take its siblings down. Absent or `null` → `[]`; a lone
 * node (allowed by the server's dynamic components) → `[node]`.
 */
export const childrenSchema = z.pipe(
  z.transform((v: unknown): unknown => (v == null ? [] : isNode(v) ? [v] : v)),
  z.array(z.unknown()),
);

/** `Transition.children`: one node or `null` (absent, `[]` and a one-element list are read as such). */
export const singleChildSchema = z.pipe(
  z.transform((v: unknown): unknown => (Array.isArray(v) && v.length <= 1 ? (v[0] ?? null) : (v ?? null))),
  z.nullable(z.custom(isNode, { error: 'expected a single node' })),
);

/** Width, height and their min/max bounds (number = px, or a CSS length), plus aspect ratio. */
export const sizeProps = {
  height: optionalSize,
  width: optionalSize,
  /** Sets width and height. */
  size: optionalSize,
  minHeight: optionalSize,
  minWidth: optionalSize,
  minSize: optionalSize,
  maxHeight: optionalSize,
  maxWidth: optionalSize,
  maxSize: optionalSize,
  /** e.g. `1.7778` or `"16 / 9"`. */
  aspectRatio: optionalSize,
};

/** `BlockProps` of the JS types: sizing, corner radius and outer margin. */
export const blockProps = {
  ...sizeProps,
  radius: nullish(RadiusSchema),
  margin: optionalSpacing,
};

/** `BoxBaseProps`: what Box, Row, Col and Form share. */
export const boxBaseProps = {
  ...blockProps,
  children: childrenSchema,
  /** Cross axis. */
  align: nullish(AlignmentSchema),
  /** Main axis. */
  justify: nullish(JustificationSchema),
  wrap: nullish(z.enum(['nowrap', 'wrap', 'wrap-reverse'])),
  flex: optionalSize,
  /** Number = spacing units. */
  gap: optionalSize,
  padding: optionalSpacing,
  border: nullish(BordersSchema),
  background: optionalColor,
};

/**
 * The schema of one node type: `type` literal, optional `id`/`key`, then its own props. Unknown
 * props are stripped, never rejected (templates may carry extra props).
 */
export function nodeSchema<T extends string, S extends z.core.$ZodShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), id: optionalString, key: optionalString, ...shape });
}

/** `BaseTextProps` of Text, Title and Caption. */
export const baseTextProps = {
  value: z.string(),
  /** Text tokens (`prose`, `secondary`, `danger`…), primitive tokens or any colour. */
  color: optionalColor,
  weight: nullish(FontWeightSchema),
  textAlign: nullish(TextAlignSchema),
  /** Ellipsis on overflow. */
  truncate: optionalBoolean,
  /** Line clamp. */
  maxLines: optionalNumber,
};
