import type * as z from 'zod/mini';
import { nullish } from '../common.js';
import { boxBaseProps, nodeSchema } from './props.js';
import { DirectionSchema } from './values.js';

/** `Box`: flex container whose axis is `direction` (default column). */
export const BoxNodeSchema = nodeSchema('Box', { ...boxBaseProps, direction: nullish(DirectionSchema) });
export type BoxNode = z.output<typeof BoxNodeSchema>;

/** `Row`: horizontal flex container. */
export const RowNodeSchema = nodeSchema('Row', boxBaseProps);
export type RowNode = z.output<typeof RowNodeSchema>;

/** `Col`: vertical flex container. */
export const ColNodeSchema = nodeSchema('Col', boxBaseProps);
export type ColNode = z.output<typeof ColNodeSchema>;
