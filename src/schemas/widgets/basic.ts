import type * as z from 'zod/mini';
import { nullish } from '../common.js';
import { childrenSchema, nodeSchema, optionalSize, optionalSpacing } from './props.js';
import { AlignmentSchema, DirectionSchema, JustificationSchema, WidgetThemeSchema } from './values.js';

/** `Basic` root: a bare layout (entity previews); its children may be other roots. */
export const BasicNodeSchema = nodeSchema('Basic', {
  children: childrenSchema,
  theme: nullish(WidgetThemeSchema),
  direction: nullish(DirectionSchema),
  gap: optionalSize,
  padding: optionalSpacing,
  align: nullish(AlignmentSchema),
  justify: nullish(JustificationSchema),
});
export type BasicNode = z.output<typeof BasicNodeSchema>;
