// The first screens as a phone loads them: compressed assets, nothing that jumps once the API
// has said who is asking, and the chosen language from the first paint.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

const USER = 'ali.nordin@vaxjo.example';
/** Lighthouse's mobile screen, where the header wraps onto several rows. */
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, locale: 'sv-SE' };

interface Shift {
  value: number;
  sources: string[];
}

/**
 * Loads `path` on a CPU slowed down four times (so the viewer's answer comes frames after the
 * first paint, as on a phone) and returns the layout shifts until `ready` is visible.
 */
async function loadAndRecordShifts(page: Page, path: string, ready: string): Promise<Shift[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node | null }[];
      })[]) {
        shifts.push({
          value: entry.value,
          sources: entry.sources.map((source) =>
            source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : String(source.node),
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await page.locator(ready).first().waitFor();
  // Let the requests the page starts after its first answers land too.
  await page.waitForTimeout(1_000);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return shifts;
}

const total = (shifts: Shift[]) => shifts.reduce((sum, shift) => sum + shift.value, 0);

describe.skipIf(!browserAvailable)('loading the first screens', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const freshPage = async () => {
    await context?.close();
    context = await (browser as Browser).newContext(PHONE);
    return context.newPage();
  };

  it('sends the scripts and styles compressed', async () => {
    const page = await freshPage();
    const encodings = new Map<string, string | undefined>();
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/assets/')) {
        encodings.set(response.url(), (await response.allHeaders())['content-encoding']);
      }
    });
    await page.goto(`${server?.url}/aktiviteter`);
    await page.getByRole('heading', { level: 1, name: 'Aktiviteter för unga' }).waitFor();
    expect(encodings.size).toBeGreaterThan(2);
    for (const [url, encoding] of encodings) expect([url, encoding]).toEqual([url, 'br']);
  });

  it('keeps the catalogue still while it learns that nobody is signed in', async () => {
    const page = await freshPage();
    const shifts = await loadAndRecordShifts(page, `${server?.url}/aktiviteter`, '.activity-list');
    expect(total(shifts), JSON.stringify(shifts)).toBeLessThan(0.01);
    // The sign-in link took the place kept for it; the placeholder is gone, and was never announced.
    await page.getByRole('link', { name: 'Logga in' }).waitFor();
    expect(await page.locator('.sign-in-link--pending').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the joint view still while the signed-in menu arrives', async () => {
    const page = await freshPage();
    await signIn(page, server?.url ?? '', USER);
    const shifts = await loadAndRecordShifts(page, `${server?.url}/`, '[data-testid="coming-meetings"]');
    expect(total(shifts), JSON.stringify(shifts)).toBeLessThan(0.01);
    // The menu came with the viewer: the activity items among the rest, nothing hidden left behind.
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Gemensam vy' }).waitFor();
    expect(await page.locator('.sign-in-link--pending').count()).toBe(0);
    expect(await page.locator('main').evaluate((main) => getComputedStyle(main).visibility)).toBe('visible');
  });

  it('shows the app in English from the first paint when English was chosen before', async () => {
    const page = await freshPage();
    await page.addInitScript(() => localStorage.setItem('samlad.language', 'en'));
    const seen: string[] = [];
    await page.exposeFunction('__heading', (text: string) => seen.push(text));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const heading = document.querySelector('h1');
        if (heading?.textContent)
          (window as unknown as { __heading(text: string): void }).__heading(heading.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${server?.url}/aktiviteter`);
    await page.getByRole('heading', { level: 1, name: 'Activities for young people' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((text) => text === 'Activities for young people')).toBe(true);
    // And back to Swedish, which needs no download.
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktiviteter för unga' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
  });
});
