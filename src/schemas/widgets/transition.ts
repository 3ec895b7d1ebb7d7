import type * as z from 'zod/mini';
import { nodeSchema, singleChildSchema } from './props.js';

/** `Transition`: animates layout changes of its single child (`children` is a node, not a list). */
export const TransitionNodeSchema = nodeSchema('Transition', { children: singleChildSchema });
export type TransitionNode = z.output<typeof TransitionNodeSchema>;
