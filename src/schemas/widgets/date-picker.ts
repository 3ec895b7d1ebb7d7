import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { nodeSchema, optionalAction, optionalBoolean, optionalString } from './props.js';
import { ControlSizeSchema, ControlVariantSchema, TextAlignSchema } from './values.js';

/**
 * `DatePicker`: a date form field. `defaultValue`, `min` and `max` are ISO date(-time) strings,
 * kept as written; an unparsable one is the renderer's to ignore, not a reason to drop the node.
 */
export const DatePickerNodeSchema = nodeSchema('DatePicker', {
  name: z.string(),
  onChangeAction: optionalAction,
  placeholder: optionalString,
  defaultValue: optionalString,
  min: optionalString,
  max: optionalString,
  variant: nullish(ControlVariantSchema),
  size: nullish(ControlSizeSchema),
  /** Preferred side of the calendar popup. */
  side: nullish(z.enum(['top', 'bottom', 'left', 'right'])),
  /** Alignment of the calendar popup against the control. */
  align: nullish(TextAlignSchema),
  pill: optionalBoolean,
  block: optionalBoolean,
  clearable: optionalBoolean,
  disabled: optionalBoolean,
});
export type DatePickerNode = z.output<typeof DatePickerNodeSchema>;
