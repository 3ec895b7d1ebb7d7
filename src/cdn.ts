/** Entry of the self-contained CDN bundles: registers every element and exposes the API. */
export * from './index.js';
