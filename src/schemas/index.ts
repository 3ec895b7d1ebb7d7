/** Every wire shape of the ChatKit protocol, plus the options object. */
export * from './common.js';
export * from './content.js';
export * from './widget-root.js';
export * from './tasks.js';
export * from './items.js';
export * from './thread.js';
export * from './events.js';
export * from './requests.js';
export * from './options.js';
export * from './issues.js';
export * from './widgets/index.js';
