import type * as z from 'zod/mini';
import { nullish } from '../common.js';
import { boxBaseProps, nodeSchema, optionalAction } from './props.js';
import { DirectionSchema } from './values.js';

/** `Form`: a box whose actions carry the values of the named fields inside it. */
export const FormNodeSchema = nodeSchema('Form', {
  ...boxBaseProps,
  onSubmitAction: optionalAction,
  direction: nullish(DirectionSchema),
});
export type FormNode = z.output<typeof FormNodeSchema>;
