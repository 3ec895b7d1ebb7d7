import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { nodeSchema, optionalAction, optionalBoolean, optionalString } from './props.js';
import { DirectionSchema } from './values.js';

/** One choice of a RadioGroup. */
export const RadioOptionSchema = z.object({ label: z.string(), value: z.string(), disabled: optionalBoolean });
export type RadioOption = z.output<typeof RadioOptionSchema>;

/** `RadioGroup`: a one-of-many form field. */
export const RadioGroupNodeSchema = nodeSchema('RadioGroup', {
  name: z.string(),
  options: nullish(z.array(RadioOptionSchema)),
  /** Accessible name; falls back to `name`. */
  ariaLabel: optionalString,
  onChangeAction: optionalAction,
  defaultValue: optionalString,
  direction: nullish(DirectionSchema),
  disabled: optionalBoolean,
  required: optionalBoolean,
});
export type RadioGroupNode = z.output<typeof RadioGroupNodeSchema>;
