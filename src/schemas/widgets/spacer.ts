import type * as z from 'zod/mini';
import { nodeSchema, optionalSize } from './props.js';

/** `Spacer`: flexible gap along the parent's axis. */
export const SpacerNodeSchema = nodeSchema('Spacer', { minSize: optionalSize });
export type SpacerNode = z.output<typeof SpacerNodeSchema>;
