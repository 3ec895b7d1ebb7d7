import * as z from 'zod/mini';
import { nullish } from '../common.js';
import { ActionConfigSchema } from '../widget-root.js';
import { childrenSchema, nodeSchema, optionalBoolean, optionalColor, optionalSpacing } from './props.js';
import { BordersSchema, WidgetStatusSchema, WidgetThemeSchema } from './values.js';

/** A footer button of a Card (`confirm` / `cancel`). */
export const CardActionSchema = z.object({ label: z.string(), action: ActionConfigSchema });
export type CardAction = z.output<typeof CardActionSchema>;

/** `Card` root: one self-contained piece (summary, confirmation, form). */
export const CardNodeSchema = nodeSchema('Card', {
  children: childrenSchema,
  /** Acts as a form: confirm/cancel receive the field values and run validation. */
  asForm: optionalBoolean,
  background: optionalColor,
  border: nullish(BordersSchema),
  size: nullish(z.enum(['sm', 'md', 'lg', 'full'])),
  padding: optionalSpacing,
  status: nullish(WidgetStatusSchema),
  /** Collapse the body once the main action has completed. */
  collapsed: optionalBoolean,
  confirm: nullish(CardActionSchema),
  cancel: nullish(CardActionSchema),
  theme: nullish(WidgetThemeSchema),
});
export type CardNode = z.output<typeof CardNodeSchema>;
