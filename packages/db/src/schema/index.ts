export * from './accounts.ts';
export * from './audit.ts';
export * from './cases.ts';
export * from './forums.ts';
export * from './meeting-work.ts';
export * from './meetings.ts';
export * from './organisations.ts';
export * from './reference.ts';
