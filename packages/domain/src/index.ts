export * from './stockholm.ts';
export * from './time-window.ts';
