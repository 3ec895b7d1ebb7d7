import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { nodeSchema, optionalAction, optionalBoolean, optionalString } from './props.js';
import { ControlSizeSchema, ControlVariantSchema } from './values.js';

/** One choice of a Select. */
export const SelectOptionSchema = z.object({
  value: z.string(),
  label: z.string(),
  disabled: optionalBoolean,
  /** Secondary text under the label. */
  description: optionalString,
});
export type SelectOption = z.output<typeof SelectOptionSchema>;

/** `Select`: a dropdown form field. */
export const SelectNodeSchema = nodeSchema('Select', {
  name: z.string(),
  options: z.array(SelectOptionSchema),
  onChangeAction: optionalAction,
  placeholder: optionalString,
  defaultValue: optionalString,
  variant: nullish(ControlVariantSchema),
  size: nullish(ControlSizeSchema),
  pill: optionalBoolean,
  block: optionalBoolean,
  clearable: optionalBoolean,
  disabled: optionalBoolean,
  /** Default: on when there are more than 15 options. */
  searchable: optionalBoolean,
});
export type SelectNode = z.output<typeof SelectNodeSchema>;
