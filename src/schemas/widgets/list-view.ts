import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { childrenSchema, nodeSchema } from './props.js';
import { WidgetStatusSchema, WidgetThemeSchema } from './values.js';

/** `ListView` root: a set of options (its children are `ListViewItem`s). */
export const ListViewNodeSchema = nodeSchema('ListView', {
  children: childrenSchema,
  /** Items shown before a "Show more" control. */
  limit: nullish(z.union([z.number(), z.literal('auto')], { error: 'expected number or "auto"' })),
  status: nullish(WidgetStatusSchema),
  theme: nullish(WidgetThemeSchema),
});
export type ListViewNode = z.output<typeof ListViewNodeSchema>;
