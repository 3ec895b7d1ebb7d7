import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { nodeSchema, optionalBoolean } from './props.js';

/** `Badge`: a small status or category label. */
export const BadgeNodeSchema = nodeSchema('Badge', {
  label: z.string(),
  color: nullish(z.enum(['secondary', 'success', 'danger', 'warning', 'info', 'discovery'])),
  variant: nullish(z.enum(['solid', 'soft', 'outline'])),
  size: nullish(z.enum(['sm', 'md', 'lg'])),
  pill: optionalBoolean,
});
export type BadgeNode = z.output<typeof BadgeNodeSchema>;
