import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { childrenSchema, nodeSchema, optionalBoolean, optionalNumber, optionalSize, optionalSpacing } from './props.js';
import { TextAlignSchema } from './values.js';

/** `Table` (JS 1.7.0): its children are `Table.Row`s. */
export const TableNodeSchema = nodeSchema('Table', { children: childrenSchema });
export type TableNode = z.output<typeof TableNodeSchema>;

/** `Table.Row`: its children are `Table.Cell`s. */
export const TableRowNodeSchema = nodeSchema('Table.Row', { children: childrenSchema, header: optionalBoolean });
export type TableRowNode = z.output<typeof TableRowNodeSchema>;

/** `Table.Cell`: any components. */
export const TableCellNodeSchema = nodeSchema('Table.Cell', {
  children: childrenSchema,
  width: optionalSize,
  padding: optionalSpacing,
  colSpan: optionalNumber,
  rowSpan: optionalNumber,
  align: nullish(TextAlignSchema),
  vAlign: nullish(TextAlignSchema),
  colSize: nullish(z.enum(['xs', 'sm', 'md', 'lg', 'xl'])),
});
export type TableCellNode = z.output<typeof TableCellNodeSchema>;
