// The case rules a browser needs too (the web app imports this entry, not the whole package).
export * from './consent-rules.ts';
export * from './personal-identity-number.ts';
