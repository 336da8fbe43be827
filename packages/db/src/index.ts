export * from './client.ts';
export { relations } from './relations.ts';
export * as schema from './schema/index.ts';
export { seedDemo } from './seed/demo.ts';
export { ensureReady } from './setup.ts';
