// Shape of vue's index: everything is re-exported from the runtime packages.
export * from './runtime-core.js';
