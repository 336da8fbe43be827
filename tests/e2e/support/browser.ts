import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

const executablePath = chromiumPath;
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
    args: CHROMIUM_FLAGS,
  });
}
