/**
 * How Debian's chromium is started here, as root with no network (see /work/shared/STACK.md):
 * the browser tests and the web benchmark launch it the same way. No side effects on import.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
