import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

// Demo people (packages/db/src/seed/demo-users.ts).
const KARIN = 'karin.holm@vaxjo.example'; // admin, Växjö social services
const SARA = 'sara.lund@vaxjo.example'; // member there
const PLATFORM_ADMIN = 'admin@samlad.example';
const ORGANISATION = 'Växjö kommun, socialförvaltningen';

describe.skipIf(!browserAvailable)('administration in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url: (path: string) => string;

  /** A page of its own, signed in as `email`, closed by the caller. */
  const newSignedInPage = async (email: string) => {
    const other = await browser.newContext({ locale: 'sv-SE' });
    const otherPage = await other.newPage();
    await signIn(otherPage, server.url, email);
    return { context: other, page: otherPage };
  };

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

  const card = (name: string) => page.locator('.member-card', { hasText: name });

  it('offers no administration to a member, and refuses it plainly if they go there', async () => {
    const sara = await newSignedInPage(SARA);
    try {
      await sara.page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Forum' })
        .waitFor();
      expect(await sara.page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
      await sara.page.goto(url('/administration/medlemmar'));
      await sara.page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
      expect(await sara.page.getByRole('alert').textContent()).toContain(
        'Du har inte behörighet att se det här',
      );
      expect(await sara.page.locator('.member-card').count()).toBe(0);
    } finally {
      await sara.context.close();
    }
  });

  it('lists the organisation’s members for its admin, without accessibility violations', async () => {
    await signIn(page, server.url, KARIN);
    const adminLink = page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Administration' });
    await adminLink.click();
    await page.waitForURL((address) => address.pathname === '/administration/medlemmar');
    await page.getByRole('heading', { level: 1, name: 'Medlemmar' }).waitFor();
    await card('Sara Lund').waitFor();
    expect(await page.locator('.member-card h2').allTextContents()).toEqual(
      expect.arrayContaining(['Karin Holm', 'Ali Nordin', 'Sara Lund']),
    );
    // Her own role is changed by another admin, not here.
    expect(await card('Karin Holm').getByRole('combobox').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('changes a member’s role', async () => {
    await card('Sara Lund').getByLabel('Roll').selectOption({ label: 'Samordnare' });
    await card('Sara Lund').getByRole('button', { name: 'Ändra roll för Sara Lund' }).click();
    await card('Sara Lund').getByText('Sara Lund har nu rollen Samordnare.').waitFor();
    await page.reload();
    expect(await card('Sara Lund').getByLabel('Roll').inputValue()).toBe('COORDINATOR');
  });

  it('asks before deactivating a member, and Escape leaves them be', async () => {
    const button = card('Sara Lund').getByRole('button', { name: 'Stäng av Sara Lund' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Stänga av Sara Lund?' });
    await dialog.waitFor();
    // The safe choice has focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await card('Sara Lund').locator('.badge').count()).toBe(0);

    await button.click();
    await dialog.getByRole('button', { name: 'Stäng av' }).click();
    await card('Sara Lund').getByText('Avstängd', { exact: true }).waitFor();
    const reactivate = card('Sara Lund').getByRole('button', { name: 'Aktivera igen Sara Lund' });
    await reactivate.waitFor();
    // Focus stays on the button, which now offers to undo.
    expect(await reactivate.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('invites a person with a one-time link that they use to join', async () => {
    await page.getByRole('link', { name: 'Bjud in en person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bjud in en person' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Missing fields are named, and focus goes to the summary.
    await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
    await page.locator('.error-summary').getByText('Skriv personens namn.').waitFor();
    expect(
      await page.locator('.error-summary').evaluate((element) => element === document.activeElement),
    ).toBe(true);

    await page.getByLabel('Namn').fill('Nora Vik');
    await page.getByLabel('E-postadress i tjänsten').fill('nora.vik@vaxjo.example');
    await page.getByLabel('Befattning (frivilligt)').fill('Socialsekreterare');
    await page.getByLabel('Roll').selectOption({ label: 'Medlem' });
    await page.getByRole('button', { name: 'Skapa inbjudan' }).click();
    await page.getByRole('heading', { name: 'Inbjudan är skapad' }).waitFor();
    const link = await page.getByLabel('Inbjudningslänk').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/inbjudan/\\S+$`));

    const newcomer = await browser.newContext({ locale: 'sv-SE' });
    try {
      const invited = await newcomer.newPage();
      await invited.goto(link);
      await invited
        .getByText(`Du är inbjuden att företräda ${ORGANISATION} i Samlad, med rollen Medlem.`)
        .waitFor();
      expect(await axeViolations(invited)).toEqual([]);
      await invited.getByLabel('Välj ett lösenord').fill('en mening jag minns');
      await invited.getByLabel('Skriv lösenordet igen').fill('en mening jag minns');
      await invited.getByRole('button', { name: 'Tacka ja och gå med' }).click();
      await invited.waitForURL((address) => address.pathname === '/');
      await invited.locator('.user-menu__button', { hasText: 'Nora Vik' }).waitFor();

      // The link works once.
      await invited.goto(link);
      await invited.getByText('Inbjudan gäller inte').waitFor();
    } finally {
      await newcomer.close();
    }
  });

  it('adds a unit to the organisation', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Enheter' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Enheter' }).waitFor();
    await page.getByLabel('Enhetens namn').fill('Barn- och ungdomsenheten');
    await page.getByRole('button', { name: 'Lägg till enheten' }).click();
    await page.getByText('Enheten Barn- och ungdomsenheten är tillagd.').waitFor();
    await page.locator('.unit-list li', { hasText: 'Barn- och ungdomsenheten' }).waitFor();

    // The same name again is refused with the API's reason, tied to the field.
    await page.getByLabel('Enhetens namn').fill('Barn- och ungdomsenheten');
    await page.getByRole('button', { name: 'Lägg till enheten' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.getByLabel('Enhetens namn').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the audit log and filters it by person, record and time', async () => {
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Logg' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Logg' }).waitFor();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const roleChange = rows.filter({ hasText: 'Roll ändrad' });
    expect(await roleChange.count()).toBe(1);
    expect(await roleChange.textContent()).toContain('Karin Holm');
    expect(await axeViolations(page)).toEqual([]);

    // By record: the role change's membership, which was also deactivated.
    await roleChange.getByRole('link', { name: /Visa bara händelser för/ }).click();
    await page.waitForURL((address) => address.searchParams.get('posttyp') === 'membership');
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 2);
    expect(await rows.allTextContents()).toEqual([
      expect.stringContaining('Medlemskap avstängt'),
      expect.stringContaining('Roll ändrad'),
    ]);

    // By person, from the filter form.
    await page.getByRole('link', { name: 'Rensa filtret' }).click();
    await page.getByLabel('Person').selectOption({ label: 'Karin Holm' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL((address) => address.searchParams.has('person'));
    // The unfiltered rows may still show while the filtered page renders: wait for Karin's alone.
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('table tbody tr')];
      return (
        shown.length > 0 &&
        shown.every((row) => row.querySelectorAll('td')[1]?.textContent?.includes('Karin Holm'))
      );
    });
    for (const row of await rows.all())
      expect(await row.locator('td').nth(1).textContent()).toContain('Karin Holm');

    // By time: nothing has happened tomorrow yet; a to date before the from date is refused.
    // Tomorrow as Stockholm sees it: the page's dates are Stockholm days, and late in the UTC
    // evening the UTC date of "now + 24 h" is still today there.
    const tomorrow = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      new Date(Date.now() + 86_400_000),
    );
    await page.getByLabel('Från och med').fill(tomorrow);
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByText('Inga händelser matchar filtret.').waitFor();
    await page.getByLabel('Till och med').fill('2020-01-01');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page
      .locator('.error-summary')
      .getByText('Till-datumet kan inte ligga före från-datumet.')
      .waitFor();
  });

  it('keeps the organisations page for platform admins', async () => {
    expect(
      await page
        .getByRole('navigation', { name: 'Administration' })
        .getByRole('link', { name: 'Organisationer' })
        .count(),
    ).toBe(0);
    await page.goto(url('/administration/organisationer'));
    await page.getByText('Bara plattformsförvaltare kan se och lägga till organisationer.').waitFor();
  });

  it('lets a platform admin list organisations and add one', async () => {
    const platform = await newSignedInPage(PLATFORM_ADMIN);
    try {
      const admin = platform.page;
      await admin
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Administration' })
        .click();
      await admin
        .getByRole('navigation', { name: 'Administration' })
        .getByRole('link', { name: 'Organisationer' })
        .click();
      await admin.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor();
      await admin.locator('table tbody tr').first().waitFor();
      expect(await admin.locator('table tbody th').allTextContents()).toContain(ORGANISATION);
      expect(await axeViolations(admin)).toEqual([]);

      await admin.getByLabel('Namn').fill('Alvesta kommun, socialförvaltningen');
      await admin.getByLabel('Län').selectOption({ label: 'Kronobergs län' });
      await admin.getByLabel('Kommun').selectOption({ label: 'Alvesta' });
      await admin.getByRole('button', { name: 'Lägg till organisationen' }).click();
      await admin.getByText('Alvesta kommun, socialförvaltningen är tillagd.').waitFor();
      await admin.locator('table tbody th', { hasText: 'Alvesta kommun, socialförvaltningen' }).waitFor();
    } finally {
      await platform.context.close();
    }
  });
});
