import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

// Demo people (README): Johan is the county board's overseer in Kronoberg; Ali a coordinator at
// Växjö social services, which sits in ten forums and hosts two of them.
const JOHAN = 'johan.berg@lansstyrelsen.example';
const ALI = 'ali.nordin@vaxjo.example';
const FLAGGED = 'Växjö kommun, socialförvaltningen';
const BARNAHUS = 'Barnahus Kronoberg, samråd';
const VIOLENCE = 'Länsnätverk mot våld i nära relationer, Kronoberg';
const RISK = 'Samverkansgrupp barn och unga i riskmiljö, Växjö';
const MENTAL_HEALTH = 'Regional samverkansgrupp psykisk hälsa, Kronoberg';

describe.skipIf(!browserAvailable)('the overview in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let johan: Page;
  let ali: Page | undefined;

  /** A page of its own, signed in as `email`; a narrow one reads like a phone. */
  const signedInPage = async (email: string, viewport = { width: 1200, height: 900 }) => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport,
      timezoneId: 'America/New_York',
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.url, email);
    return page;
  };

  const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  /** The merge candidate card for a pair of forums, in either order. */
  const candidate = (page: Page, a: string, b: string) =>
    section(page, 'Forum som kan slås samman')
      .locator('.merge-card')
      .filter({ has: page.getByRole('heading', { name: new RegExp(`${a} och ${b}|${b} och ${a}`) }) });
  const proposal = (page: Page, a: string, b: string) =>
    section(page, 'Förslag om sammanslagning')
      .locator('.merge-card')
      .filter({ has: page.getByRole('heading', { name: new RegExp(`${a} och ${b}|${b} och ${a}`) }) });
  const loadRow = (page: Page, name: string) =>
    section(page, 'Forumbelastning')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name }) });
  const focusedLabel = (page: Page) =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    johan = await signedInPage(JOHAN);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the county board the flagged organisation, in words and with an icon', async () => {
    await johan
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Översikt' })
      .click();
    await johan.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await johan.getByText('Samverkan i Kronobergs län').waitFor();

    const flagged = loadRow(johan, FLAGGED);
    await flagged.waitFor();
    expect(await flagged.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['10']));
    await flagged.getByText('Flaggad').waitFor();
    expect(await flagged.locator('.overview-flag svg').count()).toBe(1);
    expect(await loadRow(johan, 'Region Kronoberg').getByText('Flaggad').count()).toBe(0);
    await section(johan, 'Forumbelastning')
      .getByText(`1 organisation sitter i 8 forum eller fler och är flaggad: ${FLAGGED}.`)
      .waitFor();

    // The chart is one image whose name says what it shows, flagged organisation included.
    const chart = section(johan, 'Forumbelastning').getByRole('img', {
      name: /^Stapeldiagram över antal forum/,
    });
    expect(await chart.getAttribute('aria-label')).toContain(`${FLAGGED} (10)`);

    // Sorted by forums, most first; a click on the name column sorts A–Ö.
    const names = () => section(johan, 'Forumbelastning').locator('tbody th').allTextContents();
    expect((await names())[0]).toContain(FLAGGED);
    await section(johan, 'Forumbelastning')
      .getByRole('button', { name: /^Organisation/ })
      .click();
    expect((await names())[0]).toContain('Arbetsförmedlingen Växjö');
    expect(
      await section(johan, 'Forumbelastning')
        .getByRole('columnheader', { name: /^Organisation/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');

    expect(await axeViolations(johan)).toEqual([]);
  });

  it('ranks a merge candidate from the demo data with what it would save or cost each member', async () => {
    const card = candidate(johan, BARNAHUS, VIOLENCE);
    await card.waitFor();
    // The first of all the pairs similar enough, and how many there are: "Visar 20 av N par."
    const merge = section(johan, 'Forum som kan slås samman');
    const shownText = await merge.getByText(/^Visar \d+ av \d+ par\.$/).textContent();
    const [shown, total] = (shownText?.match(/\d+/g) ?? []).map(Number);
    expect(shown).toBe(await merge.locator('.merge-card').count());
    expect(shown).toBe(Math.min(20, total ?? 0));
    await merge.getByText(`${total} par liknar varandra tillräckligt`, { exact: false }).waitFor();
    await card.getByText('3 gemensamma medlemmar').waitFor();
    await card.getByText('Våld i nära relationer', { exact: true }).waitFor();
    const savings = card.getByRole('table', { name: /Mötestimmar per år/ });
    await savings.getByRole('row', { name: /Region Kronoberg sparar \d+ timmar/ }).waitFor();
    // Negative savings are said in words: the merged forum would cost them more.
    await savings
      .getByRole('row', { name: /kostar \d+ timmar mer/ })
      .first()
      .waitFor();
    await savings.getByRole('row', { name: /^Totalt/ }).waitFor();
    await card.getByRole('button', { name: /Föreslå sammanslagning/ }).waitFor();
  });

  it('downloads the forum load as a CSV a Swedish spreadsheet opens', async () => {
    const [download] = await Promise.all([
      johan.waitForEvent('download'),
      section(johan, 'Forumbelastning')
        .getByRole('button', { name: 'Ladda ner CSV (Forumbelastning)' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^forumbelastning-07-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const path = await download.path();
    const bytes = await readFile(path);
    // UTF-8 with a byte-order mark, so Excel reads å, ä and ö.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Organisation;Organisationstyp;Kommun;Antal forum;Möten kallad till;Mötestimmar;Möten med registrerad närvaro;Möten närvarande;Närvaro (%);Flaggad',
    );
    const row = lines.find((line) => line.startsWith(`${FLAGGED};`));
    expect(row?.split(';').slice(0, 4)).toEqual([FLAGGED, 'Kommun', 'Växjö', '10']);
    expect(row?.endsWith(';ja')).toBe(true);
    expect(lines.find((line) => line.startsWith('Region Kronoberg;'))?.endsWith(';nej')).toBe(true);
  });

  it('proposes a merge from a candidate in an accessible dialog', async () => {
    const card = candidate(johan, BARNAHUS, VIOLENCE);
    await card.getByRole('button', { name: /Föreslå sammanslagning/ }).click();
    const dialog = johan.getByRole('dialog', { name: 'Föreslå sammanslagning' });
    await dialog.waitFor();
    await dialog.getByText('Region Kronoberg och Länsstyrelsen i Kronobergs län').waitFor();
    expect(await axeViolations(johan)).toEqual([]);
    // Focus is in the dialog, on the message.
    expect(await johan.evaluate(() => document.activeElement?.id)).toBe('propose-merge-message');
    await dialog
      .getByLabel('Motivering (frivilligt)')
      .fill('Samma tre organisationer sitter i båda; ett gemensamt samråd om våld sparar tid.');
    await dialog.getByRole('button', { name: 'Skicka förslaget' }).click();
    await dialog.waitFor({ state: 'detached' });

    await section(johan, 'Forum som kan slås samman')
      .getByRole('status')
      .getByText(`Förslaget att slå samman ${BARNAHUS} och ${VIOLENCE} är skickat till värdarna.`)
      .waitFor();
    await card.getByText('Länsstyrelsen i Kronobergs län föreslog en sammanslagning').waitFor();
    expect(await card.getByRole('button', { name: /Föreslå sammanslagning/ }).count()).toBe(0);

    const proposed = proposal(johan, BARNAHUS, VIOLENCE);
    await proposed.getByText('Väntar på svar').waitFor();
    await proposed.getByText('Samma tre organisationer sitter i båda').waitFor();
    await proposed.getByText('Region Kronoberg har inte svarat än.').waitFor();
    await proposed.getByRole('button', { name: 'Dra tillbaka förslaget' }).waitFor();
  });

  it('lets the keyboard move between the network picture’s nodes, and says what each is linked to', async () => {
    const network = section(johan, 'Vem sitter var');
    const picture = network.getByRole('group', { name: /^Nätverksbild/ });
    await network.getByRole('button', { name: 'Skriv ut (Vem sitter var)' }).focus();
    // One tab stop for the whole picture: the first organisation.
    await johan.keyboard.press('Tab');
    expect(await focusedLabel(johan)).toBe('Arbetsförmedlingen Växjö, organisation, i 4 forum');
    const summary = network.locator('.network__summary');
    expect(await summary.textContent()).toMatch(/^Arbetsförmedlingen Växjö sitter i 4 forum: /);
    expect(await picture.locator('.network__link--active').count()).toBe(4);

    await johan.keyboard.press('ArrowDown');
    expect(await focusedLabel(johan)).toBe('Försäkringskassan, organisation, i 1 forum');
    await johan.keyboard.press('End');
    expect(await focusedLabel(johan)).toBe('Östra gymnasieskolan, Växjö, organisation, i 1 forum');
    // Across to the forum it sits in, then along the forums.
    await johan.keyboard.press('ArrowRight');
    expect(await focusedLabel(johan)).toMatch(/^ANDT-gruppen Växjö, forum, \d+ medlemsorganisationer$/);
    await johan.keyboard.press('ArrowDown');
    expect(await focusedLabel(johan)).toMatch(new RegExp(`^${BARNAHUS}, forum, `));
    expect(await summary.textContent()).toContain(`${BARNAHUS} har`);
    expect(await summary.textContent()).toContain('Region Kronoberg');

    // Enter keeps the highlight when focus moves on; Tab leaves the picture.
    await johan.keyboard.press('Enter');
    expect(await picture.getByRole('button', { pressed: true }).count()).toBe(1);
    await johan.keyboard.press('Tab');
    expect(await johan.evaluate(() => !!document.activeElement?.closest('svg'))).toBe(false);
    expect(await summary.textContent()).toContain(`${BARNAHUS} har`);
    // The same data as a table beside the picture.
    await network.getByRole('table', { name: 'Organisationer och de forum de sitter i' }).waitFor();
  });

  it('prints one section and leaves the rest of the page out', async () => {
    await johan.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await section(johan, 'Vem sitter var').getByRole('button', { name: 'Skriv ut (Vem sitter var)' }).click();
    expect(await johan.evaluate(() => document.body.dataset.printed)).toBe('yes');
    await johan.emulateMedia({ media: 'print' });
    try {
      expect(await section(johan, 'Vem sitter var').isVisible()).toBe(true);
      expect(await johan.locator('#forumbelastning').isVisible()).toBe(false);
      expect(await johan.locator('.site-header').isVisible()).toBe(false);
      await section(johan, 'Vem sitter var')
        .getByText(/^Kronobergs län, \d/)
        .waitFor();
    } finally {
      await johan.emulateMedia({ media: 'screen' });
      await johan.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    }
    expect(await johan.evaluate(() => document.body.classList.contains('overview-printing'))).toBe(false);
  });

  it('opens a forum’s attendance and pulse, and never shows a count below 5 as a number', async () => {
    const delivery = section(johan, 'Levererar forumen?');
    await delivery.getByRole('button', { name: `Visa närvaro och puls ${RISK}` }).click();
    const toggle = delivery.getByRole('button', { name: `Dölj närvaro och puls ${RISK}` });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await delivery.getByRole('table', { name: `Närvaro per organisation i ${RISK}` }).waitFor();
    await delivery.getByRole('table', { name: `Mötespuls per kvartal i ${RISK}` }).waitFor();

    const cases = section(johan, 'Samverkansärenden');
    const status = cases.getByRole('table', { name: 'Ärenden efter status' });
    for (const cell of await status.locator('td').allTextContents()) {
      expect(cell === 'färre än 5' || /^\d+$/.test(cell)).toBe(true);
      if (/^\d+$/.test(cell)) expect(Number(cell)).toBeGreaterThanOrEqual(5);
    }
    await status.getByRole('row', { name: 'Öppet färre än 5' }).waitFor();
    await section(johan, 'Aktiviteter för unga per kommun')
      .getByRole('rowheader', { name: 'Växjö' })
      .first()
      .waitFor();
    expect(await axeViolations(johan)).toEqual([]);
  });

  it('shows a period turned around as the API’s readable error, by the field', async () => {
    await johan.getByLabel('Från och med').fill('2026-06-30');
    await johan.getByLabel('Till och med').fill('2026-01-01');
    await johan.getByRole('button', { name: 'Visa', exact: true }).click();
    const summary = johan.locator('.error-summary');
    await summary.getByText('Periodens slutdatum ligger före startdatumet.', { exact: false }).waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await johan.getByLabel('Till och med').getAttribute('aria-invalid')).toBe('true');
    expect(await johan.url()).toContain('fran=2026-06-30');
    expect(await section(johan, 'Forumbelastning').count()).toBe(0);
    expect(await axeViolations(johan)).toEqual([]);

    // A threshold below 1 gets the API's own words too; back to the defaults shows the overview again.
    await johan.getByLabel('Till och med').fill('2026-12-31');
    await johan.getByLabel('Flagga vid antal forum').fill('0');
    await johan.getByRole('button', { name: 'Visa', exact: true }).click();
    await summary
      .getByText('Gränsen för flaggning måste vara ett heltal från 1 till 1000 (du angav 0).', {
        exact: false,
      })
      .waitFor();
    await johan.getByRole('link', { name: 'Tillbaka till standardurvalet' }).click();
    await loadRow(johan, FLAGGED).waitFor();
  });

  it('reads well on a narrow screen, the tables scrolling on their own', async () => {
    const phone = await signedInPage(JOHAN, { width: 360, height: 740 });
    await phone.goto(`${server.url}/oversikt`);
    await loadRow(phone, FLAGGED).waitFor();
    await section(phone, 'Vem sitter var')
      .getByRole('group', { name: /^Nätverksbild/ })
      .waitFor();
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(phone)).toEqual([]);
  });

  it('shows a coordinator its own load and hosted forums, and not the county', async () => {
    ali = await signedInPage(ALI);
    await ali.goto(`${server.url}/oversikt`);
    await ali.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await ali.getByText(`Forumbelastningen för ${FLAGGED}`).waitFor();
    const own = loadRow(ali, FLAGGED);
    await own.getByText('Flaggad').waitFor();
    expect(await section(ali, 'Forumbelastning').locator('tbody tr').count()).toBe(1);

    const hosted = section(ali, 'Forum vi är värd för');
    await hosted.getByRole('rowheader', { name: /^ANDT-gruppen Växjö/ }).waitFor();
    await hosted.getByRole('rowheader', { name: new RegExp(`^${RISK}`) }).waitFor();
    // None of the county's picture: no other organisations, no network, no county figures.
    expect(await ali.getByText('Samverkan i Kronobergs län').count()).toBe(0);
    expect(await section(ali, 'Vem sitter var').count()).toBe(0);
    expect(await section(ali, 'Länet totalt').count()).toBe(0);
    expect(
      await section(ali, 'Forumbelastning').getByRole('rowheader', { name: 'Region Kronoberg' }).count(),
    ).toBe(0);
    expect(await axeViolations(ali)).toEqual([]);

    // A coordinator proposes a merge of a forum it hosts, and can take the proposal back.
    await candidate(ali, MENTAL_HEALTH, RISK)
      .getByRole('button', { name: /Föreslå sammanslagning/ })
      .click();
    const dialog = ali.getByRole('dialog', { name: 'Föreslå sammanslagning' });
    await dialog.getByRole('button', { name: 'Skicka förslaget' }).click();
    await dialog.waitFor({ state: 'detached' });
    const proposed = proposal(ali, MENTAL_HEALTH, RISK);
    await proposed.getByRole('button', { name: 'Dra tillbaka förslaget' }).click();
    await ali
      .getByRole('dialog', { name: 'Dra tillbaka förslaget?' })
      .getByRole('button', { name: 'Dra tillbaka', exact: true })
      .click();
    await proposed.getByText('Tillbakadraget').waitFor();
    await section(ali, 'Förslag om sammanslagning')
      .getByRole('status')
      .getByText(`Förslaget att slå samman ${MENTAL_HEALTH} och ${RISK} är tillbakadraget.`, { exact: false })
      .waitFor();
  });

  it('lets a host answer a proposal the county board made', async () => {
    await johan.goto(`${server.url}/oversikt`);
    await candidate(johan, BARNAHUS, RISK)
      .getByRole('button', { name: /Föreslå sammanslagning/ })
      .click();
    const dialog = johan.getByRole('dialog', { name: 'Föreslå sammanslagning' });
    await dialog.getByRole('button', { name: 'Skicka förslaget' }).click();
    await dialog.waitFor({ state: 'detached' });

    if (!ali) throw new Error('The coordinator’s test did not sign Ali in');
    await ali.reload();
    const card = proposal(ali, BARNAHUS, RISK);
    const answer = card.getByRole('form', { name: /^Svara på förslaget om/ });
    await answer.getByLabel('Kommentar (frivilligt)').fill('Vi ser gärna ett gemensamt samråd.');
    await answer.getByRole('button', { name: 'Instäm' }).click();
    await card.getByText(`${FLAGGED} instämmer`).waitFor();
    await card.locator('.merge-card__message').getByText('Vi ser gärna ett gemensamt samråd.').waitFor();
    // Region Kronoberg has not answered, so the proposal stays open and the answer can still change.
    await card.getByText('Väntar på svar').waitFor();
    await answer.getByText('Ni har svarat att ni instämmer.').waitFor();
    expect(await answer.getByLabel('Kommentar (frivilligt)').inputValue()).toBe('');
    await johan.reload();
    await proposal(johan, BARNAHUS, RISK).getByText(`${FLAGGED} instämmer`).waitFor();
  });
});
