/**
 * Value types shared by the widget components (protocol §4.2). Enumerations are checked so a
 * typo becomes a readable fallback; free-form values (colours, sizes, icon names) stay lenient
 * because real servers and templates vary.
 */
import * as z from 'zod/mini';
import { nullish } from '../common.js';

/** A number (px or spacing units, depending on the prop) or any CSS length string. */
export const SizeValueSchema = z.union([z.number(), z.string()], { error: 'expected number or string' });
export type SizeValue = z.output<typeof SizeValueSchema>;

/** A colour per colour scheme. */
export const ThemeColorSchema = z.object({ light: z.string(), dark: z.string() });
export type ThemeColor = z.output<typeof ThemeColorSchema>;

/** A colour token (`secondary`, `blue-500`, `surface`…), any CSS colour, or `{light, dark}`. */
export const ColorSchema = z.union([z.string(), ThemeColorSchema], { error: 'expected string or {light, dark}' });
export type Color = z.output<typeof ColorSchema>;

const optionalSize = nullish(SizeValueSchema);

/** Per-side spacing; `x`/`y` cover both sides of an axis. */
export const SpacingObjectSchema = z.object({
  top: optionalSize,
  right: optionalSize,
  bottom: optionalSize,
  left: optionalSize,
  x: optionalSize,
  y: optionalSize,
});
export type SpacingObject = z.output<typeof SpacingObjectSchema>;

/** `padding`/`margin`: one value for every side or a per-side object. */
export const SpacingSchema = z.union([z.number(), z.string(), SpacingObjectSchema], {
  error: 'expected number, string or spacing object',
});
export type Spacing = z.output<typeof SpacingSchema>;

export const BORDER_STYLES = ['solid', 'dashed', 'dotted', 'double', 'groove', 'ridge', 'inset', 'outset'] as const;

/** One border: thickness in px, optional colour and line style. */
export const BorderSchema = z.object({
  size: z.number(),
  color: nullish(ColorSchema),
  style: nullish(z.enum(BORDER_STYLES)),
});
export type Border = z.output<typeof BorderSchema>;

const optionalSide = nullish(z.union([z.number(), BorderSchema], { error: 'expected number or border object' }));

/**
 * Borders per side or axis. `size` is refused here so a malformed single `Border`
 * (`{size: "2px"}`) is reported rather than read as "no borders".
 */
const BordersObjectSchema = z.object({
  size: z.optional(z.undefined()),
  top: optionalSide,
  right: optionalSide,
  bottom: optionalSide,
  left: optionalSide,
  x: optionalSide,
  y: optionalSide,
});

/** `border`: a px thickness for every side, one `Border`, or per-side borders. */
export const BordersSchema = z.union([z.number(), BorderSchema, BordersObjectSchema], {
  error: 'expected number, border or per-side borders',
});
export type Borders = z.output<typeof BordersSchema>;

export const RADIUS_VALUES = ['2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', 'full', '100%', 'none'] as const;
export const RadiusSchema = z.enum(RADIUS_VALUES);
export type Radius = z.output<typeof RadiusSchema>;

/** Cross-axis alignment of a flex container. */
export const AlignmentSchema = z.enum(['start', 'center', 'end', 'baseline', 'stretch']);
export type Alignment = z.output<typeof AlignmentSchema>;

/** Main-axis distribution of a flex container. */
export const JustificationSchema = z.enum(['start', 'center', 'end', 'between', 'around', 'evenly', 'stretch']);
export type Justification = z.output<typeof JustificationSchema>;

/** `start | center | end`: text alignment, and also table cell and date-picker alignment. */
export const TextAlignSchema = z.enum(['start', 'center', 'end']);
export type TextAlign = z.output<typeof TextAlignSchema>;

export const TextSizeSchema = z.enum(['xs', 'sm', 'md', 'lg', 'xl']);
export type TextSize = z.output<typeof TextSizeSchema>;

export const TitleSizeSchema = z.enum(['sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl']);
export type TitleSize = z.output<typeof TitleSizeSchema>;

export const CaptionSizeSchema = z.enum(['sm', 'md', 'lg']);
export type CaptionSize = z.output<typeof CaptionSizeSchema>;

export const IconSizeSchema = z.enum(['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']);
export type IconSize = z.output<typeof IconSizeSchema>;

export const FontWeightSchema = z.enum(['normal', 'medium', 'semibold', 'bold']);
export type FontWeight = z.output<typeof FontWeightSchema>;

export const ControlVariantSchema = z.enum(['solid', 'soft', 'outline', 'ghost']);
export type ControlVariant = z.output<typeof ControlVariantSchema>;

export const ControlSizeSchema = z.enum(['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl']);
export type ControlSize = z.output<typeof ControlSizeSchema>;

/** `Input`/`Textarea` edge gutter; overrides the one implied by `size`. */
export const GutterSizeSchema = z.enum(['2xs', 'xs', 'sm', 'md', 'lg', 'xl']);
export type GutterSize = z.output<typeof GutterSizeSchema>;

/** `direction` of Box, Form, Basic and RadioGroup. */
export const DirectionSchema = z.enum(['row', 'col']);
export type Direction = z.output<typeof DirectionSchema>;

/** `theme` of a root: forces a colour scheme on its subtree. */
export const WidgetThemeSchema = z.enum(['light', 'dark']);
export type WidgetTheme = z.output<typeof WidgetThemeSchema>;

/**
 * Header line above a Card or ListView. The wire type is `{text, favicon?, frame?}` or
 * `{text, icon?}`; one object with all four keys reads both without a union dropping one of
 * them (stripping objects would match the first branch and lose the other's keys).
 */
export const WidgetStatusSchema = z.object({
  text: z.string(),
  /** URL of a favicon shown before the text. */
  favicon: nullish(z.string()),
  /** Frame around the favicon for contrast. */
  frame: nullish(z.boolean()),
  /** Icon shown before the text; any name (unknown names render a neutral icon). */
  icon: nullish(z.string()),
});
export type WidgetStatus = z.output<typeof WidgetStatusSchema>;
