import type * as z from 'zod/mini';
import { nullish } from '../common.js';
import { baseTextProps, nodeSchema } from './props.js';
import { CaptionSizeSchema } from './values.js';

/** `Caption`: small supporting text. */
export const CaptionNodeSchema = nodeSchema('Caption', { ...baseTextProps, size: nullish(CaptionSizeSchema) });
export type CaptionNode = z.output<typeof CaptionNodeSchema>;
