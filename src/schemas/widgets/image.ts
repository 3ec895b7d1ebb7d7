import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { blockProps, nodeSchema, optionalBoolean, optionalColor, optionalSize, optionalString } from './props.js';

/** `Image`: a picture (`src` still has to pass the URL allow-list when rendered). */
export const ImageNodeSchema = nodeSchema('Image', {
  ...blockProps,
  src: z.string(),
  alt: optionalString,
  fit: nullish(z.enum(['cover', 'contain', 'fill', 'scale-down', 'none'])),
  position: nullish(
    z.enum(['top left', 'top', 'top right', 'left', 'center', 'right', 'bottom left', 'bottom', 'bottom right']),
  ),
  /** Subtle frame around the image. */
  frame: optionalBoolean,
  /** Extend to the container's edges. */
  flush: optionalBoolean,
  background: optionalColor,
  flex: optionalSize,
});
export type ImageNode = z.output<typeof ImageNodeSchema>;
