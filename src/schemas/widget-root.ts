/**
 * Widget trees, loosely.
 *
 * This file deliberately validates only the envelope: a node is an object with a string `type`
 * and optional `id`/`key`; every other prop is kept untouched. Per-component schemas (one file
 * per widget type plus a union) come in a later issue, where nodes are validated one by one so
 * a bad node renders a fallback instead of failing the whole item.
 */
import * as z from 'zod/mini';
import { nullish, withDefault } from './common.js';

/** Any widget node; unknown component types and props pass through. */
export const WidgetNodeSchema = z.looseObject({
  type: z.string(),
  id: nullish(z.string()),
  key: nullish(z.string()),
});
export type WidgetNode = z.output<typeof WidgetNodeSchema>;

/** Component types allowed at the root of a widget item. */
export const WIDGET_ROOT_TYPES = ['Card', 'ListView', 'Basic'] as const;
export type WidgetRootType = (typeof WIDGET_ROOT_TYPES)[number];

/** The tree carried by a `widget` item (root must be Card, ListView or Basic). */
export const WidgetRootSchema = z.looseObject({
  type: z.enum(WIDGET_ROOT_TYPES),
  id: nullish(z.string()),
  key: nullish(z.string()),
});
export type WidgetRoot = z.output<typeof WidgetRootSchema>;

/**
 * An action bound to a widget (`onClickAction`, `onSubmitAction`, …) with the server defaults
 * applied: widgets built from `.widget` templates only carry what the template wrote.
 */
export const ActionConfigSchema = z.object({
  type: z.string(),
  payload: z.optional(z.unknown()),
  handler: withDefault(z.enum(['server', 'client']), () => 'server' as const),
  loadingBehavior: withDefault(z.enum(['auto', 'none', 'self', 'container']), () => 'auto' as const),
  streaming: withDefault(z.boolean(), () => true),
});
export type ActionConfig = z.output<typeof ActionConfigSchema>;
export type ActionHandler = ActionConfig['handler'];
export type LoadingBehavior = ActionConfig['loadingBehavior'];

/** What is sent to the server for an action (`threads.custom_action`): other keys are dropped. */
export const ActionSchema = z.object({
  type: z.string(),
  payload: z.optional(z.unknown()),
});
export type Action = z.output<typeof ActionSchema>;
