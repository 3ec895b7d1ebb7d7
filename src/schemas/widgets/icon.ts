import type * as z from 'zod/mini';
import { IconNameSchema, nullish } from '../common.js';
import { nodeSchema, optionalColor } from './props.js';
import { IconSizeSchema } from './values.js';

/** `Icon`: a named icon; unknown names pass here and render a neutral fallback icon. */
export const IconNodeSchema = nodeSchema('Icon', {
  name: IconNameSchema,
  color: optionalColor,
  size: nullish(IconSizeSchema),
});
export type IconNode = z.output<typeof IconNodeSchema>;
