// Bench entry: the A2UI v0.9 Lit renderer and its message processor, bundled the way
// dist/cdn/chat-kit.bundle.js is (importing @a2ui/lit/v0_9 registers <a2ui-surface> and the basic catalog).
export { MessageProcessor } from '@a2ui/web_core/v0_9';
export { A2uiSurface, basicCatalog } from '@a2ui/lit/v0_9';
