import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { nodeSchema, optionalAction, optionalBoolean, optionalString } from './props.js';
import { ControlSizeSchema, ControlVariantSchema } from './values.js';

/** `Button`: fires `onClickAction`, or submits the nearest form when `submit` is set. */
export const ButtonNodeSchema = nodeSchema('Button', {
  label: optionalString,
  onClickAction: optionalAction,
  /** Submits the nearest Form / `asForm` Card. */
  submit: optionalBoolean,
  /** Icon names: any string (unknown names render a neutral icon). */
  iconStart: optionalString,
  iconEnd: optionalString,
  style: nullish(z.enum(['primary', 'secondary'])),
  iconSize: nullish(z.enum(['sm', 'md', 'lg', 'xl', '2xl'])),
  color: nullish(z.enum(['primary', 'secondary', 'info', 'discovery', 'success', 'caution', 'warning', 'danger'])),
  variant: nullish(ControlVariantSchema),
  size: nullish(ControlSizeSchema),
  pill: optionalBoolean,
  /** Square (width = height). */
  uniform: optionalBoolean,
  /** Full width. */
  block: optionalBoolean,
  disabled: optionalBoolean,
});
export type ButtonNode = z.output<typeof ButtonNodeSchema>;
