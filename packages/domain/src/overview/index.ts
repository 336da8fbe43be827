// Pure figures for the county overview (issue 7): no I/O, so the API and the web app can both use them.
export * from './age-groups.ts';
export * from './overlap.ts';
export * from './period.ts';
export * from './pulse.ts';
export * from './small-counts.ts';
