import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signOut, submitSignIn } from './support/sign-in.ts';

// Demo people and forums (packages/db/src/seed/demo-users.ts, demo-forums.ts).
const ALI = 'ali.nordin@vaxjo.example'; // coordinator at Växjö social services, member at Samordningsförbundet
const MARIA = 'maria.ek@karlstad.example'; // coordinator at Karlstad social services
const VAXJO_LEADERSHIP = 'Ledningsgrupp kommun–Arbetsförmedlingen Växjö';
const KARLSTAD_SSPF = 'SSPF Karlstad – skola, socialtjänst, polis och fritid';
const SAMORDNINGSFORBUNDET_GROUP = 'Samordningsförbundet Växjö–Alvesta, beredningsgrupp';

describe.skipIf(!browserAvailable)('accounts: sign-in, organisations and sign-out in the browser', () => {
  let server: RunningServer;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let url: (path: string) => string;
  let aliForums: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    url = (path) => `${server.url}${path}`;
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const forumNames = async () => {
    await page.locator('main article').first().waitFor();
    return page.locator('main article h2').allTextContents();
  };

  it('sends an anonymous visitor of /forum to the sign-in page, remembering where they were going', async () => {
    await page.goto(url('/forum'));
    await page.waitForURL((address) => address.pathname === '/logga-in');
    expect(new URL(page.url()).search).toBe('?tillbaka=%2Fforum');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.title()).toBe('Logga in – Samlad');
    // Nothing that needs an account is offered in the header: only the public activity catalogue.
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Aktiviteter']);
  });

  it('has labelled fields with autocomplete and no accessibility violations on the sign-in page', async () => {
    const email = page.getByLabel('E-postadress');
    const password = page.getByLabel('Lösenord');
    expect(await email.getAttribute('autocomplete')).toBe('username');
    expect(await email.getAttribute('type')).toBe('email');
    expect(await password.getAttribute('autocomplete')).toBe('current-password');
    expect(await password.getAttribute('type')).toBe('password');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says what is missing when the form is sent empty, and moves focus to the summary', async () => {
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Skriv din e-postadress.',
      'Skriv ditt lösenord.',
    ]);
    const email = page.getByLabel('E-postadress');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await email.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('Skriv din e-postadress.');
    // The summary is inside a live region, so the message is also announced.
    expect(await summary.evaluate((element) => element.parentElement?.getAttribute('aria-live'))).toBe(
      'polite',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the API’s Swedish message for a wrong password, tied to the field', async () => {
    await submitSignIn(page, ALI, 'inte-lösenordet');
    const message = 'Fel e-postadress eller lösenord. Kontrollera stavningen och försök igen.';
    const summary = page.locator('.error-summary');
    await summary.getByText(message).waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const email = page.getByLabel('E-postadress');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await email.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain(message);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
  });

  it('after signing in lands on /forum and shows Växjö’s forums, not Karlstad’s', async () => {
    await submitSignIn(page, ALI);
    await page.waitForURL((address) => address.pathname === '/forum');
    aliForums = await forumNames();
    expect(aliForums).toContain(VAXJO_LEADERSHIP);
    expect(aliForums).not.toContain(KARLSTAD_SSPF);
  });

  it('shows the person’s name and role in a user menu that works by keyboard', async () => {
    const button = page.locator('.user-menu__button');
    expect(await button.textContent()).toContain('Ali Nordin');
    expect(await button.textContent()).toContain('Samordnare');
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toContain(ALI);
    expect(await axeViolations(page)).toEqual([]);

    // Tab into the panel, then Escape closes it and gives focus back to the button.
    await page.keyboard.press('Tab');
    expect(await panel.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
  });

  it('switches organisation: the forum list becomes the new organisation’s, and the change is announced', async () => {
    const switcher = page.getByLabel('Företräder');
    expect(await switcher.locator('option').allTextContents()).toEqual([
      'Växjö kommun, socialförvaltningen',
      'Samordningsförbundet Växjö–Alvesta',
    ]);
    await switcher.focus();
    await switcher.selectOption({ label: 'Samordningsförbundet Växjö–Alvesta' });

    const announcement = page.locator('.org-switcher [aria-live="polite"]');
    await announcement
      .getByText('Du företräder nu Samordningsförbundet Växjö–Alvesta.', { exact: false })
      .waitFor();
    await page.waitForFunction(
      (leadership) =>
        ![...document.querySelectorAll('main article h2')].some((h) => h.textContent === leadership),
      VAXJO_LEADERSHIP,
    );
    const names = await forumNames();
    expect(names).toContain(SAMORDNINGSFORBUNDET_GROUP);
    expect(names).not.toContain(VAXJO_LEADERSHIP);
    expect(names.length).toBeLessThan(aliForums.length);
    expect(await page.locator('.user-menu__button').textContent()).toContain('Medlem');
    // Focus stays where the person was working.
    expect(await switcher.evaluate((element) => element === document.activeElement)).toBe(true);

    // A full reload keeps the choice: it is the session's, not the page's.
    await page.reload();
    expect(await page.getByLabel('Företräder').inputValue()).toBe(await switcher.inputValue());
    expect(await forumNames()).not.toContain(VAXJO_LEADERSHIP);
  });

  it('signs out, and another person sees only their own organisation’s forums', async () => {
    await signOut(page);
    await page.getByText('Du är utloggad.').waitFor();
    // Signed out, the forums are refused again.
    await page.goto(url('/forum'));
    await page.waitForURL((address) => address.pathname === '/logga-in');

    await submitSignIn(page, MARIA);
    await page.waitForURL((address) => address.pathname === '/forum');
    const names = await forumNames();
    expect(names).toContain(KARLSTAD_SSPF);
    const vaxjoOnly = aliForums.filter((name) => !names.includes(name));
    expect(vaxjoOnly).toContain(VAXJO_LEADERSHIP);
    for (const name of aliForums) expect(names).not.toContain(name);
    // One membership: the organisation is shown, not offered as a choice.
    expect(await page.locator('.org-switcher select').count()).toBe(0);
    expect(await page.locator('.org-switcher').textContent()).toContain('Karlstads kommun');
  });

  it('sends someone whose session ended mid-visit to sign in, says why, and brings them back', async () => {
    await context.clearCookies();
    await page.getByRole('link', { name: KARLSTAD_SSPF }).click();
    await page.waitForURL((address) => address.pathname === '/logga-in');
    const back = new URL(page.url()).searchParams.get('tillbaka');
    expect(back).toMatch(/^\/forum\/.+/);
    await page.getByText('Din session har gått ut. Logga in igen.').waitFor();

    await submitSignIn(page, MARIA);
    await page.waitForURL((address) => address.pathname === back);
    await page.getByRole('heading', { level: 1, name: KARLSTAD_SSPF }).waitFor();
  });

  it('takes /sign-in as an alias of /logga-in', async () => {
    await signOut(page);
    await page.goto(url('/sign-in?tillbaka=%2Fforum'));
    await page.waitForURL((address) => address.pathname === '/logga-in');
    expect(new URL(page.url()).search).toBe('?tillbaka=%2Fforum');
  });

  it('never follows a return address off the site', async () => {
    await page.goto(url('/logga-in?tillbaka=%2F%2Fevil.example%2Fforum'));
    await submitSignIn(page, MARIA);
    await page.waitForURL((address) => address.pathname === '/');
    expect(new URL(page.url()).host).toBe(new URL(server.url).host);
    await signOut(page);
  });

  it('localises the API’s messages in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail address').fill(MARIA);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .locator('.error-summary')
      .getByText('Wrong e-mail address or password.', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();
  });

  it('offers OIDC sign-in when the server has it configured, and explains its failures', async () => {
    const oidcContext = await (browser as Browser).newContext({ locale: 'sv-SE' });
    try {
      const oidcPage = await oidcContext.newPage();
      await oidcPage.route('**/auth/config', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ oidc: { label: 'Freja eID', startUrl: '/auth/oidc/start' } }),
        }),
      );
      await oidcPage.goto(url('/logga-in?tillbaka=%2Fforum&fel=okant-konto'));
      const oidcLink = oidcPage.getByRole('link', { name: 'Logga in via Freja eID' });
      await oidcLink.waitFor();
      expect(await oidcLink.getAttribute('href')).toBe('/auth/oidc/start?returnTo=%2Fforum');
      expect(await oidcPage.getByRole('alert').textContent()).toContain('inget konto i Samlad');
      expect(await axeViolations(oidcPage)).toEqual([]);

      await oidcPage.goto(url('/logga-in?fel=avstangt'));
      await oidcPage.getByText('Ditt konto i Samlad är avstängt.', { exact: false }).waitFor();
      await oidcPage.goto(url('/logga-in?fel=misslyckades'));
      await oidcPage.getByText('Inloggningen hos identitetsleverantören', { exact: false }).waitFor();
    } finally {
      await oidcContext.close();
    }
  });
});
