import type * as z from 'zod/mini';
import { nodeSchema, optionalBoolean, optionalColor, optionalSize } from './props.js';

/** `Divider`: a rule between sections. */
export const DividerNodeSchema = nodeSchema('Divider', {
  /** Border tokens (`default`, `subtle`, `strong`) or any colour. */
  color: optionalColor,
  /** Thickness. */
  size: optionalSize,
  /** Space above and below. */
  spacing: optionalSize,
  /** Extend to the container's edges. */
  flush: optionalBoolean,
});
export type DividerNode = z.output<typeof DividerNodeSchema>;
