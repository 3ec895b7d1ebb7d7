import * as z from 'zod/mini';
import { nodeSchema, optionalBoolean } from './props.js';

/** `Markdown`: rendered markdown; with an `id` it can stream. */
export const MarkdownNodeSchema = nodeSchema('Markdown', { value: z.string(), streaming: optionalBoolean });
export type MarkdownNode = z.output<typeof MarkdownNodeSchema>;
