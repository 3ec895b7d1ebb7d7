import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { baseTextProps, nodeSchema, optionalBoolean, optionalNumber, optionalSize, optionalString } from './props.js';
import { TextSizeSchema } from './values.js';

/** Inline editing of a Text: it then acts as a form field named `name`. */
export const EditablePropsSchema = z.object({
  name: z.string(),
  autoFocus: optionalBoolean,
  autoSelect: optionalBoolean,
  autoComplete: optionalString,
  allowAutofillExtensions: optionalBoolean,
  pattern: optionalString,
  placeholder: optionalString,
  required: optionalBoolean,
});
export type EditableProps = z.output<typeof EditablePropsSchema>;

/** `Text`: plain text; with an `id` it can stream (`widget.streaming_text.value_delta`). */
export const TextNodeSchema = nodeSchema('Text', {
  ...baseTextProps,
  streaming: optionalBoolean,
  italic: optionalBoolean,
  lineThrough: optionalBoolean,
  width: optionalSize,
  size: nullish(TextSizeSchema),
  /** Lines of space reserved. */
  minLines: optionalNumber,
  editable: nullish(z.union([z.literal(false), EditablePropsSchema], { error: 'expected false or {name, …}' })),
});
export type TextNode = z.output<typeof TextNodeSchema>;
