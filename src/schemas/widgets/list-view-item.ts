import type * as z from 'zod/mini';
import { nullish } from '../common.js';
import { childrenSchema, nodeSchema, optionalAction, optionalSize } from './props.js';
import { AlignmentSchema } from './values.js';

/** `ListViewItem`: one row of a ListView, optionally clickable. */
export const ListViewItemNodeSchema = nodeSchema('ListViewItem', {
  children: childrenSchema,
  onClickAction: optionalAction,
  gap: optionalSize,
  align: nullish(AlignmentSchema),
});
export type ListViewItemNode = z.output<typeof ListViewItemNodeSchema>;
