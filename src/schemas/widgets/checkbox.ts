import * as z from 'zod/mini';
import { nodeSchema, optionalAction, optionalBoolean, optionalString } from './props.js';

/** `Checkbox`: a boolean form field. */
export const CheckboxNodeSchema = nodeSchema('Checkbox', {
  name: z.string(),
  label: optionalString,
  defaultChecked: optionalBoolean,
  onChangeAction: optionalAction,
  disabled: optionalBoolean,
  required: optionalBoolean,
});
export type CheckboxNode = z.output<typeof CheckboxNodeSchema>;
