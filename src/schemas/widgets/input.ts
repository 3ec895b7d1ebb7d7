import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { nodeSchema, optionalBoolean, optionalString } from './props.js';
import { ControlSizeSchema, GutterSizeSchema } from './values.js';

/** What Input and Textarea share. */
export const textFieldProps = {
  name: z.string(),
  defaultValue: optionalString,
  required: optionalBoolean,
  /** A regular expression the value must match (native `pattern`). */
  pattern: optionalString,
  placeholder: optionalString,
  allowAutofillExtensions: optionalBoolean,
  autoSelect: optionalBoolean,
  autoFocus: optionalBoolean,
  disabled: optionalBoolean,
  variant: nullish(z.enum(['soft', 'outline'])),
  size: nullish(ControlSizeSchema),
  gutterSize: nullish(GutterSizeSchema),
  pill: optionalBoolean,
};

/** `Input`: a single-line form field. Its value is a string, even for `inputType: "number"`. */
export const InputNodeSchema = nodeSchema('Input', {
  ...textFieldProps,
  inputType: nullish(z.enum(['number', 'email', 'text', 'password', 'tel', 'url'])),
});
export type InputNode = z.output<typeof InputNodeSchema>;
