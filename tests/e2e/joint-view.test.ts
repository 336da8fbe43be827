import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

// Forum names from the demo data (packages/db/src/seed/demo-forums.ts). Ali Nordin coordinates
// for Växjö social services, whose forums include the Växjö leadership group.
const DEMO_FORUM = /Ledningsgrupp/;
const USER = 'ali.nordin@vaxjo.example';

describe.skipIf(!browserAvailable)('joint view and forums in the browser', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // A browser far from Stockholm: the page must still show Swedish time.
    context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'America/New_York' });
    page = await context.newPage();
    // Everything but the sign-in page needs a signed-in person.
    await signIn(page, server.url, USER);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const heading = () => page.getByRole('heading', { level: 1 });
  const meetings = () => page.locator('[data-testid="coming-meetings"] article');
  const weekHeadings = () =>
    page.locator('[data-testid="coming-meetings"]').getByRole('heading', { level: 3 });

  it('shows the coming meetings of the organisation’s forums in Swedish, grouped by week', async () => {
    // A full load, so keyboard focus starts at the top of the document as for a fresh visit.
    await page.goto(`${server?.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await heading().textContent()).toBe('Gemensam vy');

    await meetings().first().waitFor();
    expect(await meetings().count()).toBeGreaterThanOrEqual(3);

    const forumLinks = await meetings().locator('a[href^="/forum/"]').allTextContents();
    expect(forumLinks.some((name) => DEMO_FORUM.test(name))).toBe(true);

    const weeks = await weekHeadings().allTextContents();
    expect(weeks.length).toBeGreaterThanOrEqual(2);
    for (const week of weeks) expect(week).toMatch(/^Vecka \d{1,2}(, \d{4})? · \d{1,2} \S+ – \d{1,2} \S+$/);

    // The Växjö leadership group meets 09:00–11:00 Stockholm time, whatever the browser's zone.
    const leadership = meetings().filter({ hasText: 'Ledningsgrupp' }).first();
    expect(await leadership.locator('time').textContent()).toMatch(
      /^(mån|tis|ons|tors|fre) \d{1,2} \S+ \d{4}, 09:00–11:00$/,
    );

    // The demo data cancels one of the coming meetings of Trygghetsforum Växjö centrum.
    expect(await page.getByText('Inställt', { exact: true }).count()).toBeGreaterThanOrEqual(1);
  });

  it('has no accessibility violations on the joint view', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reaches the forums page by keyboard and lists forums with members and next meeting', async () => {
    const forumNavLink = page.getByRole('navigation').getByRole('link', { name: 'Forum', exact: true });
    for (let presses = 0; presses < 10; presses++) {
      await page.keyboard.press('Tab');
      if (await forumNavLink.evaluate((link) => link === document.activeElement)) break;
    }
    expect(await forumNavLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/forum$/);
    await page.getByRole('heading', { level: 1, name: 'Forum', exact: true }).waitFor();
    // Focus moves to the new page's heading, as on a full page load.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5_000 });
    expect(await forumNavLink.getAttribute('aria-current')).toBe('page');

    const forums = page.locator('main article');
    await forums.first().waitFor();
    expect(await forums.count()).toBeGreaterThanOrEqual(3);
    const names = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(names.some((name) => DEMO_FORUM.test(name))).toBe(true);

    const sspf = forums.filter({ hasText: DEMO_FORUM }).first();
    const members = await sspf.locator('dt:text-is("Medlemmar") + dd li').allTextContents();
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(await sspf.locator('dt:text-is("Nästa möte") + dd time').textContent()).toMatch(
      /\d{4}, \d{2}:\d{2}–\d{2}:\d{2}$/,
    );
  });

  it('has no accessibility violations on the forums page', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to English and remembers the choice', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Gemensam vy' }).click();
    await page.waitForURL(/\/$/);
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('heading', { level: 1, name: 'Joint view' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Svenska' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Joint view' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await meetings().first().waitFor();
    expect(await weekHeadings().first().textContent()).toMatch(/^Week \d/);
  });
});
