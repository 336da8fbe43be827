export * from './stockholm.ts';
export * from './time-window.ts';
export * from './working-days.ts';
