/**
 * chat-kit: an open `<chat-kit>` Web Component for ChatKit-protocol servers.
 *
 * Importing this module registers `<chat-kit>` (each element module registers itself, guarded so
 * that a second copy or a DOM-less server never throws) and exports the classes, events, schemas
 * and the protocol client. Internal elements a first render does not need are defined by lazy
 * chunks when first used; `<ck-widget-item>` (tiny; its components are the lazy part) is
 * registered here too, so a page can render widget trees on their own (galleries, previews).
 * The CDN ES-module bundle (`cdn.ts`) leaves it to its chunk.
 */
import './widgets/ck-widget-item.js';

export { ChatKit } from './chat-kit.js';
export type { SendUserMessageParams, SetComposerValueParams } from './chat-kit-api.js';
export { registerWidget, type CustomWidgetDefinition, type SafeParser, type WidgetDefinition } from './widgets/registry.js';
export type { WidgetContext, ActionSource } from './widgets/context.js';
export * from './events/index.js';
export * from './schemas/index.js';
export * from './protocol/index.js';
export { createThreadStore, type ThreadState, type ThreadStore } from './state/index.js';
export { safeUrl } from './security/url-policy.js';
export { defineElement } from './define-element.js';
