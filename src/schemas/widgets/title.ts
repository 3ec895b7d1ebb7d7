import type * as z from 'zod/mini';
import { nullish } from '../common.js';
import { baseTextProps, nodeSchema } from './props.js';
import { TitleSizeSchema } from './values.js';

/** `Title`: a headline. */
export const TitleNodeSchema = nodeSchema('Title', { ...baseTextProps, size: nullish(TitleSizeSchema) });
export type TitleNode = z.output<typeof TitleNodeSchema>;
