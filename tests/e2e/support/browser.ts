import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = Boolean(process.env.CI || process.env.REQUIRE_BROWSER);
const missing = `Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`;

if (!existsSync(executablePath)) {
  if (required) throw new Error(missing);
  console.warn(`Skipping browser tests. ${missing} (set CI or REQUIRE_BROWSER to fail instead).`);
}

/** False when there is no Chromium here and no one required it; browser test files skip then. */
export const browserAvailable = existsSync(executablePath);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
