import type * as z from 'zod/mini';
import { textFieldProps } from './input.js';
import { nodeSchema, optionalBoolean, optionalNumber } from './props.js';

/** `Textarea`: a multi-line form field. */
export const TextareaNodeSchema = nodeSchema('Textarea', {
  ...textFieldProps,
  rows: optionalNumber,
  /** Grow and shrink with the content, up to `maxRows`. */
  autoResize: optionalBoolean,
  maxRows: optionalNumber,
});
export type TextareaNode = z.output<typeof TextareaNodeSchema>;
