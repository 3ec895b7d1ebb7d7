/**
 * Entry of the self-contained CDN ES-module bundle: registers every element and exposes the API
 * of `index.ts`, except the per-component widget schemas (`*NodeSchema`, `WIDGET_NODE_SCHEMAS`,
 * `validateWidgetNode`, …). Those belong to the widgets chunk, which a page only loads once a
 * widget shows; {@link loadWidgetSchemas} imports them on demand. The npm build and the IIFE
 * bundle export them directly.
 */
export { ChatKit } from './chat-kit.js';
export type { SendUserMessageParams, SetComposerValueParams } from './chat-kit-api.js';
export { registerWidget, type CustomWidgetDefinition, type SafeParser, type WidgetDefinition } from './widgets/registry.js';
export type { WidgetContext, ActionSource } from './widgets/context.js';
export * from './events/index.js';
export * from './schemas/common.js';
export * from './schemas/content.js';
export * from './schemas/widget-root.js';
export * from './schemas/tasks.js';
export * from './schemas/items.js';
export * from './schemas/thread.js';
export * from './schemas/events.js';
export * from './schemas/requests.js';
export * from './schemas/options.js';
export * from './schemas/issues.js';
export type * from './schemas/widgets/index.js';
export * from './protocol/index.js';
export { createThreadStore, type ThreadState, type ThreadStore } from './state/index.js';
export { safeUrl } from './security/url-policy.js';
export { defineElement } from './define-element.js';

/** The per-component widget schemas (what `index.ts` exports from `schemas/widgets`), imported on demand. */
export function loadWidgetSchemas(): Promise<typeof import('./schemas/widgets/index.js')> {
  return import('./schemas/widgets/index.js');
}
