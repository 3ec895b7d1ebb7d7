import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { nodeSchema, optionalColor } from './props.js';
import { FontWeightSchema, TextAlignSchema, TextSizeSchema } from './values.js';

/** `Label`: the label of the form field named `fieldName`. */
export const LabelNodeSchema = nodeSchema('Label', {
  value: z.string(),
  fieldName: z.string(),
  size: nullish(TextSizeSchema),
  weight: nullish(FontWeightSchema),
  textAlign: nullish(TextAlignSchema),
  color: optionalColor,
});
export type LabelNode = z.output<typeof LabelNodeSchema>;
