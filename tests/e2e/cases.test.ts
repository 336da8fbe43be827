import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

// Demo people (README): Sara is a member at Växjö social services, Karin its admin; Erik is a
// member at the local police. The case Sara opens is led by social services.
const SARA = 'sara.lund@vaxjo.example';
const KARIN = 'karin.holm@vaxjo.example';
const ERIK = 'erik.strand@polisen.example';
const JOHAN = 'johan.berg@lansstyrelsen.example'; // county board overseer
const POLICE = 'Polisen, lokalpolisområde Växjö';
const REGION = 'Region Kronoberg';
const NAME = 'Alva Provsson';
// A fictional adult's personal identity number with a valid check digit (1985-03-12).
const PERSONAL_NUMBER = '19850312-1231';
const MAY_NOT_SEE = 'Din organisation får inte se identiteten – inget samtycke eller annan grund täcker den.';

/** The Stockholm calendar date `days` from now, as a date input takes it. */
function stockholmDate(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}

/** What a "Det här delas" summary says, as term → description. */
async function sharingFacts(summary: Locator): Promise<Record<string, string>> {
  const pairs = await summary
    .locator('dl > div')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('dt')?.textContent ?? '',
        row.querySelector('dd')?.textContent ?? '',
      ]),
    );
  return Object.fromEntries(pairs);
}

describe.skipIf(!browserAvailable)('shared cases in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let sara: Page;
  let erik: Page;
  let karin: Page;
  let caseUrl = '';
  let reference = '';

  /** A page of its own, signed in as `email`; a narrow one reads like a phone. */
  const signedInPage = async (email: string, viewport = { width: 1200, height: 900 }) => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport, timezoneId: 'America/New_York' });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.url, email);
    return page;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    sara = await signedInPage(SARA);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const identitySection = (page: Page) => page.locator('section[aria-labelledby="case-identity-heading"]');

  it('lists the organisation’s cases, and a case opens from the keyboard', async () => {
    await sara.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ärenden' }).click();
    await sara.getByRole('heading', { level: 1, name: 'Ärenden' }).waitFor();
    const rows = sara.locator('.case-table tbody tr');
    await rows.first().waitFor();
    expect(await sara.getByRole('columnheader').allTextContents()).toEqual([
      'Referens',
      'Status',
      'Nästa uppföljning',
      'Ansvarig organisation',
      'Identitet',
    ]);
    // The list shows references, never who a case is about.
    expect(await sara.locator('.case-table').textContent()).not.toContain('Testberg');
    expect(await axeViolations(sara)).toEqual([]);

    // Tab from the top of the page to the first case reference, and open it with Enter.
    const first = (await rows.first().getByRole('link').textContent()) ?? '';
    expect(first).toMatch(/^VXJ-\d{4}-\d{4}$/);
    await sara.locator('body').focus();
    let focused = '';
    for (let step = 0; step < 40 && focused !== first; step++) {
      await sara.keyboard.press('Tab');
      focused = await sara.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe(first);
    await sara.keyboard.press('Enter');
    await sara.getByRole('heading', { level: 1, name: new RegExp(`^${first}`) }).waitFor();
  });

  it('lets Sara open an identified case with a consent that names only Region Kronoberg', async () => {
    await sara.goto(`${server.url}/arenden`);
    await sara.getByRole('link', { name: 'Nytt ärende' }).click();
    await sara.getByRole('heading', { level: 1, name: 'Nytt ärende' }).waitFor();
    expect(await axeViolations(sara)).toEqual([]);

    // Saving with nothing filled in lists what is missing, and focus goes to the list.
    await sara.getByRole('button', { name: 'Öppna ärendet' }).click();
    const summary = sara.locator('.error-summary');
    await summary.getByText('Välj minst ett tema.').waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);

    await sara.getByLabel('Kort beskrivning').fill('Ung vuxen, oro för missbruk och skulder');
    await sara.getByRole('group', { name: 'Teman' }).getByLabel('Missbruk och beroende').check();
    const participants = sara.getByRole('group', { name: 'Organisationer som deltar' });
    await participants.getByLabel(POLICE).check();
    await participants.getByLabel(REGION).check();
    await sara.getByLabel('Nästa uppföljning').fill(stockholmDate(14));
    await sara.getByLabel('Identifierat ärende').check();
    await sara.getByLabel('Namn', { exact: true }).fill(NAME);
    await sara.getByLabel('Personnummer eller samordningsnummer').fill(PERSONAL_NUMBER);
    await sara.getByText(`${PERSONAL_NUMBER}: `).waitFor();

    // With protected personal data, nothing of where the person lives can even be written down.
    await sara.getByLabel('Personen har skyddade personuppgifter').check();
    expect(await sara.getByLabel('Adress').count()).toBe(0);
    await sara
      .getByText('Adress och kommun sparas aldrig för en person med skyddade personuppgifter')
      .waitFor();
    await sara.getByLabel('Personen har skyddade personuppgifter').uncheck();
    await sara.getByLabel('Adress').fill('Provgatan 1, 352 30 Växjö');

    await sara.getByLabel('Samtycke (OSL 12:2)').check();
    // An adult gives consent themself; the form suggests it from the number.
    expect(await sara.getByLabel('Vem lämnade samtycket?').inputValue()).toBe('PERSON');
    await sara.getByLabel('Syfte').fill('Samordnad hjälp med skulder och vård.');
    const scopes = sara.getByRole('group', { name: 'Vad samtycket gäller' });
    for (const scope of ['Identitet', 'Anteckningar', 'Plan']) await scopes.getByLabel(scope).check();
    await sara
      .getByRole('group', { name: 'Organisationer som får ta del av uppgifterna' })
      .getByLabel(REGION)
      .check();
    expect(await sharingFacts(sara.locator('.sharing-summary'))).toMatchObject({
      Vad: 'Identitet, Anteckningar, Plan',
      'Med vem': REGION,
    });
    expect(await axeViolations(sara)).toEqual([]);

    await sara.getByRole('button', { name: 'Öppna ärendet' }).click();
    await sara.waitForURL(
      (url) => /^\/arenden\/[^/]+$/.test(url.pathname) && url.pathname !== '/arenden/nytt',
    );
    const heading = sara.getByRole('heading', { level: 1 });
    await heading.waitFor();
    // The heading is the reference, then the status badge.
    reference = (await heading.evaluate((h1) => h1.firstChild?.textContent ?? '')).trim();
    expect(reference).toMatch(/^VXJ-\d{4}-\d{4}$/);
    caseUrl = sara.url();
    await sara.getByText(`Ärendet ${reference} är öppnat.`).waitFor();
    expect(await identitySection(sara).getByTestId('subject-name').textContent()).toBe(NAME);
    await sara.getByText('Din organisation är ansvarig för ärendet och ser allt i det').waitFor();
    expect(await axeViolations(sara)).toEqual([]);
    // A member is no admin: no access log for her.
    expect(await sara.getByRole('link', { name: 'Åtkomstlogg' }).count()).toBe(0);
  });

  it('shows the open case when the same person is entered again', async () => {
    await sara.goto(`${server.url}/arenden/nytt`);
    await sara.getByLabel('Identifierat ärende').check();
    await sara.getByLabel('Personnummer eller samordningsnummer').fill(PERSONAL_NUMBER);
    const duplicates = sara.getByTestId('case-duplicates');
    await duplicates.getByRole('link', { name: reference }).waitFor();
    expect(await duplicates.textContent()).toContain('Din organisation har redan ett öppet ärende');
  });

  it('shows Erik of the police the case, but not who it is about', async () => {
    erik = await signedInPage(ERIK);
    await erik.goto(caseUrl);
    await erik.getByRole('heading', { level: 1, name: new RegExp(`^${reference}`) }).waitFor();
    await identitySection(erik).getByText(MAY_NOT_SEE).waitFor();
    expect(await erik.getByText(NAME).count()).toBe(0);
    const banner = erik.getByTestId('access-banner');
    expect(await banner.textContent()).toContain(`Det här får ${POLICE} se`);
    expect(await banner.textContent()).toContain('Identitet: nej');
    expect(await axeViolations(erik)).toEqual([]);
  });

  it('lets Sara record a consent naming the police, saying first what, with whom, on what ground', async () => {
    await sara.goto(caseUrl);
    const open = sara.getByRole('button', { name: 'Registrera samtycke' });
    await open.click();
    const dialog = sara.getByRole('dialog', { name: `Registrera samtycke för ${reference}` });
    await dialog.waitFor();
    await dialog.getByLabel('Syfte').fill('Polisen får veta vem det gäller, för att kunna samordna stödet.');
    await dialog.getByRole('group', { name: 'Vad samtycket gäller' }).getByLabel('Identitet').check();
    await dialog
      .getByRole('group', { name: 'Organisationer som får ta del av uppgifterna' })
      .getByLabel(POLICE)
      .check();
    await dialog.getByLabel('Gäller till och med (frivilligt)').fill(stockholmDate(90));

    const summary = dialog.locator('.sharing-summary');
    await summary.getByText(POLICE).waitFor();
    expect(await sharingFacts(summary)).toEqual({
      Vad: 'Identitet',
      'Med vem': POLICE,
      Grund: 'Samtycke från personen själv (OSL 12:2)',
      'Hur länge': expect.stringMatching(/^Från och med \d+ \S+ \d{4} till och med \d+ \S+ \d{4}$/),
    });
    expect(await axeViolations(sara)).toEqual([]);

    await dialog.getByRole('button', { name: 'Registrera samtycket' }).click();
    await dialog.waitFor({ state: 'detached' });
    await sara.getByText(`Samtycket är registrerat. ${POLICE} ser nu det samtycket täcker.`).waitFor();
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('shows Erik the name once the consent names his organisation', async () => {
    await erik.reload();
    await identitySection(erik).getByTestId('subject-name').waitFor();
    expect(await identitySection(erik).getByTestId('subject-name').textContent()).toBe(NAME);
    expect(await erik.getByTestId('access-banner').textContent()).toContain(
      'Identitet: ja – Samtycke från personen själv',
    );
  });

  it('lets Sara withdraw the consent after confirming, and Erik no longer sees the name', async () => {
    await sara.reload();
    const consent = sara.getByTestId('consent').filter({ hasText: POLICE });
    await consent.getByRole('button', { name: /^Återkalla samtycket/ }).click();
    const confirm = sara.getByRole('dialog', { name: 'Återkalla samtycket?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`${POLICE} ser genast inte längre`);
    expect(await axeViolations(sara)).toEqual([]);
    await confirm.getByLabel('Hur återkallades samtycket? (frivilligt)').fill('Muntligt i telefon.');
    await confirm.getByRole('button', { name: 'Återkalla samtycket' }).click();
    await sara
      .getByText(`Samtycket är återkallat. ${POLICE} ser inte längre det samtycket täckte.`)
      .waitFor();
    await consent.getByText('Återkallat', { exact: true }).first().waitFor();

    await erik.reload();
    await identitySection(erik).getByText(MAY_NOT_SEE).waitFor();
    expect(await erik.getByText(NAME).count()).toBe(0);
  });

  it('prints the plan for the person, without the app around it', async () => {
    await sara.goto(caseUrl);
    await sara.getByRole('button', { name: 'Ändra planen' }).click();
    await sara.getByLabel('Behov').fill('Stöd att få ordning på skulderna och kontakt med vården.');
    await sara.getByLabel('Målen med personens egna ord').fill('Jag vill kunna betala mina räkningar.');
    await sara.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await sara.getByLabel('Vem', { exact: true }).selectOption({ label: REGION });
    await sara.getByLabel('Vad', { exact: true }).fill('Bedömning på vårdcentralen');
    await sara.getByLabel('Klart senast').fill(stockholmDate(21));
    await sara.getByRole('button', { name: 'Spara planen' }).click();
    await sara.getByText('Planen är sparad som version 2.').waitFor();

    await sara.getByRole('link', { name: 'Skriv ut plan' }).click();
    await sara.getByRole('heading', { level: 1, name: 'Samordnad plan' }).waitFor();
    const page = sara.locator('main');
    expect(await page.textContent()).toContain(NAME);
    expect(await page.textContent()).toContain('Jag vill kunna betala mina räkningar.');
    await sara.getByRole('cell', { name: 'Bedömning på vårdcentralen' }).waitFor();
    expect(await axeViolations(sara)).toEqual([]);
    await sara.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await sara.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    expect(await sara.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    // On paper, only the plan: no header, no buttons.
    await sara.emulateMedia({ media: 'print' });
    expect(await sara.locator('.site-header').isVisible()).toBe(false);
    expect(await sara.getByRole('button', { name: 'Skriv ut', exact: true }).isVisible()).toBe(false);
    await sara.emulateMedia({ media: 'screen' });
  });

  it('lets Karin, admin of the lead, disclose the notes to the police on a legal basis', async () => {
    karin = await signedInPage(KARIN);
    await karin.goto(caseUrl);
    await karin.getByRole('button', { name: 'Lämna ut utan samtycke' }).click();
    const dialog = karin.getByRole('dialog', { name: `Lämna ut uppgifter i ${reference} utan samtycke` });
    await dialog.getByLabel('Till vilken organisation?').selectOption({ label: POLICE });
    await dialog.getByLabel('Rättslig grund').selectOption({ label: 'Generalklausulen (OSL 10:27)' });
    await dialog.getByRole('group', { name: 'Vad lämnas ut?' }).getByLabel('Anteckningar').check();
    await dialog.getByLabel('Skäl').fill('Polisen behöver veta om hotet mot personen för att skydda hen.');
    expect(await sharingFacts(dialog.locator('.sharing-summary'))).toEqual({
      Vad: 'Anteckningar',
      'Med vem': POLICE,
      Grund:
        'Generalklausulen (OSL 10:27) Skäl: Polisen behöver veta om hotet mot personen för att skydda hen.',
      'Hur länge': 'Från och med i dag, tills vidare',
    });
    expect(await axeViolations(karin)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lämna ut uppgifterna' }).click();
    await karin.getByText(`Utlämnandet till ${POLICE} är registrerat.`).waitFor();

    await erik.reload();
    const banner = erik.getByTestId('access-banner');
    await banner.getByText('Anteckningar: ja').waitFor();
    expect(await banner.textContent()).toContain('Utlämnat på grund av Generalklausulen, OSL 10:27');
    // The identity stays hidden: the disclosure covers the notes only.
    await identitySection(erik).getByText(MAY_NOT_SEE).waitFor();
  });

  it('shows Karin, admin of the lead, who read the identity: Erik and Sara', async () => {
    await karin.goto(caseUrl);
    await karin.getByRole('link', { name: 'Åtkomstlogg' }).click();
    await karin.getByRole('heading', { level: 1, name: `Åtkomstlogg för ${reference}` }).waitFor();
    const rows = karin.locator('tbody tr');
    await rows.first().waitFor();
    const readBy = async (person: string, organisation: string) =>
      rows
        .filter({ hasText: 'Läste identiteten' })
        .filter({ hasText: person })
        .filter({ hasText: organisation })
        .count();
    expect(await readBy('Erik Strand', POLICE)).toBeGreaterThanOrEqual(1);
    expect(await readBy('Sara Lund', 'Växjö kommun, socialförvaltningen')).toBeGreaterThanOrEqual(1);
    await rows.filter({ hasText: 'Registrerade ett samtycke' }).first().waitFor();
    await rows.filter({ hasText: 'Registrerade att ett samtycke återkallades' }).first().waitFor();
    expect(await axeViolations(karin)).toEqual([]);

    await karin.getByLabel('Visa bara läsningar').check();
    expect(await rows.filter({ hasText: 'Registrerade ett samtycke' }).count()).toBe(0);
    expect(await rows.filter({ hasText: 'Läste' }).count()).toBe(await rows.count());
    await karin.getByRole('button', { name: 'Skriv ut rapporten' }).waitFor();
  });

  it('offers a county board overseer no cases, and says why if they go there', async () => {
    const overseer = await signedInPage(JOHAN);
    const nav = overseer.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Forum' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Ärenden' }).count()).toBe(0);
    await overseer.goto(caseUrl);
    await overseer.getByRole('alert').getByText('Du har inte behörighet att se det här').waitFor();
    expect(await overseer.getByText(reference).count()).toBe(0);
  });

  it('reads well on a narrow screen, without accessibility violations', async () => {
    const phone = await signedInPage(SARA, { width: 360, height: 740 });
    await phone.goto(caseUrl);
    await phone.getByRole('heading', { level: 1, name: new RegExp(`^${reference}`) }).waitFor();
    // Nothing wider than the screen but the tables, which scroll on their own.
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.goto(`${server.url}/arenden`);
    await phone.locator('.case-table').waitFor();
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
