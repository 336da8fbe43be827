export * from './client.ts';
export { relations } from './relations.ts';
export * as schema from './schema/index.ts';
export { seedDemo } from './seed/demo.ts';
export { DEMO } from './seed/demo-data.ts';
export { DEMO_PASSWORD, demoUsers } from './seed/demo-users.ts';
export { ensureReady } from './setup.ts';
