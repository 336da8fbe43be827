import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

// Demo people (README): Lina is a partner at IK Sjöstaden (an approved publisher in Växjö), Ali a
// coordinator at Växjö social services, Sara a member there and lead of the demo case VXJ-<year>-0001,
// in which IK Sjöstaden takes part.
const LINA = 'lina.sjo@ik-sjostaden.example';
const ALI = 'ali.nordin@vaxjo.example';
const SARA = 'sara.lund@vaxjo.example';
const IK_SJOSTADEN = 'IK Sjöstaden, ungdomssektionen';
const TITLE = 'Innebandy för nybörjare';
const KOLLO = 'Sommarkollo med Röda Korset';
const FOOTBALL = 'Fotbollsskola i Sjöstaden';
const NOT_COVERED = 'Samtycket eller en registrerad rättslig grund täcker inte';

/** The Stockholm calendar date `days` from now, as a date input takes it. */
function stockholmDate(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * 86_400_000));
}

// Computed once, so a run across midnight in Stockholm compares the same days.
const FIRST_DAY = stockholmDate(7);
const LAST_DAY = stockholmDate(70);
const EXCEPTION_DAY = stockholmDate(21);

const stockholmYear = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date());

/** How far the page is wider than the screen (0 or less: it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The label (or text) of what has focus. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return (element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
  });

describe.skipIf(!browserAvailable)('youth activities and referrals in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let lina: Page;
  let ali: Page;
  let sara: Page;
  let activityUrl = '';
  let caseUrl = '';

  /** A page of its own, signed out; a narrow one reads like a phone. */
  const visitorPage = async (viewport = { width: 1200, height: 900 }) => {
    const context = await browser.newContext({ locale: 'sv-SE', viewport, timezoneId: 'America/New_York' });
    contexts.push(context);
    return context.newPage();
  };
  const signedInPage = async (email: string) => {
    const page = await visitorPage();
    await signIn(page, server.url, email);
    return page;
  };
  const catalogueCard = (page: Page, title: string) =>
    page.locator('.activity-card').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  const searchCatalogue = async (page: Page, text: string) => {
    await page.goto(`${server.url}/aktiviteter`);
    await page.getByRole('search').getByLabel('Sök', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Visa aktiviteter' }).click();
    await page.waitForURL((url) => url.searchParams.get('sok') === text);
  };
  const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the public catalogue signed out on a phone: date order, cards, feeds, no violations', async () => {
    const phone = await visitorPage({ width: 375, height: 800 });
    await phone.goto(`${server.url}/aktiviteter`);
    await phone.getByRole('heading', { level: 1, name: 'Aktiviteter för unga' }).waitFor();
    await mainNav(phone).getByRole('link', { name: 'Aktiviteter' }).waitFor();
    await phone.getByRole('link', { name: 'Logga in' }).waitFor();
    const cards = phone.locator('.activity-card');
    await cards.first().waitFor();
    // Published Växjö and Karlstad activities, not the one waiting for approval nor the draft.
    const titles = await phone.locator('.activity-card h3 a').allTextContents();
    expect(titles).toEqual(
      expect.arrayContaining([FOOTBALL, 'Läxhjälp och fika', 'Innebandy på sportlovet']),
    );
    expect(titles).not.toContain(KOLLO);
    expect(titles).not.toContain('Simskola (utkast)');
    await phone.getByText(/^Visar \d+ av \d+ aktiviteter/).waitFor();

    const football = catalogueCard(phone, FOOTBALL);
    const facts = await football
      .locator('dl > div')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]),
        ),
      );
    expect(facts).toMatchObject({
      Arrangör: IK_SJOSTADEN,
      Plats: 'Sjöstadens IP, Växjö',
      Kommun: 'Växjö',
      Ålder: '8–12 år',
      Kostnad: 'Gratis',
      'Platser kvar': '14 av 40 kvar',
    });
    // The next time in Stockholm time (the browser is in New York): a Tuesday or Thursday at 15:30.
    expect(facts['Nästa tillfälle']).toMatch(/^(tis|tors) \d{1,2} \S+ \d{4}, 15:30–17:00$/);
    const paid = catalogueCard(phone, 'Innebandy på sportlovet');
    expect(await paid.textContent()).toMatch(/100\s+kr \(Inklusive lunch\)/);

    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    expect(await axeViolations(phone)).toEqual([]);

    // The open feeds, and for one municipality once it is chosen.
    const subscribe = phone.getByRole('link', { name: 'Prenumerera i kalendern' });
    expect(await subscribe.getAttribute('href')).toBe('/feeds/activities.ics');
    expect(await phone.getByRole('link', { name: 'Öppen data (JSON)' }).getAttribute('href')).toBe(
      '/feeds/activities.json',
    );
    await phone.getByLabel('Kommun').selectOption({ label: 'Växjö' });
    await phone.getByRole('button', { name: 'Visa aktiviteter' }).click();
    await phone.waitForURL((url) => url.searchParams.get('kommun') === '0780');
    await phone.getByText('Flödena gäller aktiviteterna i Växjö.').waitFor();
    expect(await subscribe.getAttribute('href')).toBe('/feeds/activities.ics?municipality=0780');
    expect(await phone.locator('.activity-card h3 a').allTextContents()).not.toContain(
      'Innebandy på sportlovet',
    );
    const feed = await phone.request.get(`${server.url}/feeds/activities.ics?municipality=0780`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(`SUMMARY:${FOOTBALL}`);

    // Filters narrow the results, and say so when nothing is left.
    await phone.getByLabel('Ålder', { exact: true }).fill('25');
    await phone.getByRole('button', { name: 'Visa aktiviteter' }).click();
    await phone.getByText('Inga aktiviteter matchar sökningen.').waitFor();
    await phone.getByRole('link', { name: 'Rensa filtren' }).click();
    await cards.first().waitFor();

    // The activity page reads on a phone too.
    await catalogueCard(phone, FOOTBALL).getByRole('link', { name: FOOTBALL }).click();
    await phone.getByRole('heading', { level: 1, name: FOOTBALL }).waitFor();
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    expect(await axeViolations(phone)).toEqual([]);
  });

  it('lets a keyboard user tab through the filters, search, and open a result with Enter', async () => {
    const visitor = await visitorPage();
    await visitor.goto(`${server.url}/aktiviteter`);
    const search = visitor.getByRole('search').getByLabel('Sök', { exact: true });
    await search.waitFor();
    await visitor.locator('.activity-card').first().waitFor();
    await search.focus();
    await visitor.keyboard.type('Fotboll');
    const visited = [await focusedName(visitor)];
    for (let step = 0; step < 30 && visited.at(-1) !== 'Visa aktiviteter'; step++) {
      await visitor.keyboard.press('Tab');
      const name = await focusedName(visitor);
      // A date field takes a Tab per part (day, month, year); count it once.
      if (name !== visited.at(-1)) visited.push(name);
    }
    expect(visited).toEqual([
      'Sök',
      'Kommun',
      'Ålder',
      'Från och med',
      'Till och med',
      'Typ av aktivitet',
      'Kostnad',
      'Språk',
      'Visa aktiviteter',
    ]);
    await visitor.keyboard.press('Enter');
    await visitor.waitForURL((url) => url.searchParams.get('sok') === 'Fotboll');
    await visitor.getByText('Visar 1 av 1 aktivitet, den närmaste först').waitFor();

    for (let step = 0; step < 40 && (await focusedName(visitor)) !== FOOTBALL; step++) {
      await visitor.keyboard.press('Tab');
    }
    expect(await focusedName(visitor)).toBe(FOOTBALL);
    await visitor.keyboard.press('Enter');
    await visitor.getByRole('heading', { level: 1, name: FOOTBALL }).waitFor();
    expect(new URL(visitor.url()).pathname).toMatch(/^\/aktiviteter\/[^/]+$/);

    // The shareable page: times in Stockholm, sign-up link, contact, accessibility, the calendar feed.
    const main = visitor.locator('main');
    await main.getByText('Varje tisdag och torsdag, kl. 15:30–17:00').waitFor();
    const times = await visitor.locator('.occurrence-list li').allTextContents();
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^(tis|tors) .*, 15:30–17:00$/);
    expect(
      await visitor.getByRole('link', { name: 'Anmäl dig på arrangörens webbplats' }).getAttribute('href'),
    ).toBe('https://ik-sjostaden.example/fotbollsskola');
    await main.getByRole('link', { name: 'kansli@ik-sjostaden.example' }).waitFor();
    await main.getByText('Plan och omklädningsrum utan trappsteg.').waitFor();
    await main.getByText('svenska och arabiska', { exact: true }).waitFor();
    expect(
      await visitor.getByRole('link', { name: 'Prenumerera på aktiviteterna i Växjö' }).getAttribute('href'),
    ).toBe('/feeds/activities.ics?municipality=0780');
    // Nothing to manage for a visitor.
    expect(await visitor.getByRole('heading', { name: 'Hantera aktiviteten' }).count()).toBe(0);
    expect(await axeViolations(visitor)).toEqual([]);
  });

  it('lets Lina post an activity through the form; plain text only; it publishes directly', async () => {
    lina = await signedInPage(LINA);
    await mainNav(lina).getByRole('link', { name: 'Mina aktiviteter' }).click();
    await lina.getByRole('heading', { level: 1, name: 'Mina aktiviteter' }).waitFor();
    await lina.getByRole('heading', { level: 2, name: /^Publicerade/ }).waitFor();
    await lina.getByRole('heading', { level: 2, name: /^Utkast/ }).waitFor();
    // A partner approves nothing.
    expect(await mainNav(lina).getByRole('link', { name: 'Godkänn aktiviteter' }).count()).toBe(0);
    expect(await axeViolations(lina)).toEqual([]);

    await lina.getByRole('link', { name: 'Ny aktivitet' }).click();
    await lina.getByRole('heading', { level: 1, name: 'Ny aktivitet' }).waitFor();
    expect(await axeViolations(lina)).toEqual([]);

    // Saving an empty form lists what is missing, and focus goes to the list.
    await lina.getByRole('button', { name: 'Spara och publicera' }).click();
    const summary = lina.locator('.error-summary');
    await summary.getByText('Ange aktivitetens rubrik.').waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await axeViolations(lina)).toEqual([]);

    await lina.getByLabel('Rubrik', { exact: true }).fill(TITLE);
    await lina.getByLabel('Beskrivning').fill('<b>Innebandy</b> för dig som aldrig provat.');
    await lina.getByLabel('Typ av aktivitet').selectOption({ label: 'Idrott' });
    await lina.getByLabel('Lägsta ålder').fill('10');
    await lina.getByLabel('Högsta ålder').fill('14');
    await lina.getByLabel('Kommun').selectOption({ label: 'Växjö' });
    await lina.getByLabel('Plats', { exact: true }).fill('Sjöstadens sporthall, Idrottsvägen 4, Växjö');
    await lina.getByLabel('Säsong').selectOption({ label: 'Hela året' });
    await lina.getByLabel('Startdatum').fill(FIRST_DAY);
    await lina.getByLabel('Slutdatum').fill(LAST_DAY);
    const weekdays = lina.getByRole('group', { name: 'Veckodagar' });
    await weekdays.getByLabel('Måndag').check();
    await weekdays.getByLabel('Onsdag').check();
    await lina.getByLabel('Starttid').fill('17:00');
    await lina.getByLabel('Längd i minuter').fill('90');
    await lina.getByRole('button', { name: 'Lägg till en dag utan aktivitet' }).click();
    await lina.getByLabel('Undantag 1').fill(EXCEPTION_DAY);
    await lina.getByLabel('Så anmäler du dig').fill('Anmäl dig via länken eller kom förbi första gången.');
    await lina.getByLabel('Länk för anmälan (frivilligt)').fill('https://ik-sjostaden.example/innebandy');
    await lina.getByLabel('Antal platser (frivilligt)').fill('20');
    await lina.getByLabel('Lediga platser (frivilligt)').fill('20');
    const languages = lina.getByRole('group', { name: 'Språk som talas' });
    expect(await languages.getByLabel('Svenska').isChecked()).toBe(true);
    await languages.getByLabel('Arabiska').check();
    await lina.getByLabel('Andra språk (frivilligt)').fill('ku');
    await lina.getByLabel('Tillgänglighet (frivilligt)').fill('Hallen har hiss och ramp.');
    await lina.getByLabel('E-post (frivilligt)').fill('kansli@ik-sjostaden.example');

    // The API refuses HTML and names the field; the message shows beside it.
    await lina.getByRole('button', { name: 'Spara och publicera' }).click();
    const description = lina.locator('.field', { has: lina.getByLabel('Beskrivning') });
    await description
      .locator('.field__error')
      .getByText('Fältet Beskrivning får inte innehålla HTML')
      .waitFor();
    await summary.getByRole('link', { name: /får inte innehålla HTML/ }).waitFor();

    await lina.getByLabel('Beskrivning').fill('Innebandy för dig som aldrig provat. Klubbor finns att låna.');
    await lina.getByRole('button', { name: 'Spara och publicera' }).click();
    await lina.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    activityUrl = lina.url();
    // IK Sjöstaden is an approved publisher in Växjö: public at once.
    await lina.getByText('Aktiviteten är publicerad och syns i katalogen.').waitFor();
    const owner = lina.locator('section[aria-labelledby="activity-owner-heading"]');
    await owner.getByText('Publicerad', { exact: true }).waitFor();
    const main = lina.locator('main');
    await main.getByText('Varje måndag och onsdag, kl. 17:00–18:30').waitFor();
    await main.getByText('svenska, arabiska och kurdiska', { exact: true }).waitFor();
    await main.getByText('20 av 20 kvar').waitFor();
    expect(await axeViolations(lina)).toEqual([]);

    // The dashboard lists it as published.
    await lina.goto(`${server.url}/mina-aktiviteter`);
    await lina
      .getByTestId('my-activities-published')
      .getByRole('link', { name: TITLE, exact: true })
      .waitFor();

    // A signed-out visitor finds it in the catalogue.
    const visitor = await visitorPage();
    await searchCatalogue(visitor, TITLE);
    await catalogueCard(visitor, TITLE).getByText('Sjöstadens sporthall, Idrottsvägen 4, Växjö').waitFor();
  });

  it('lets Ali, coordinator in Växjö, approve the waiting summer camp, and a visitor then finds it', async () => {
    ali = await signedInPage(ALI);
    await mainNav(ali).getByRole('link', { name: 'Godkänn aktiviteter' }).click();
    await ali.getByRole('heading', { level: 1, name: 'Godkänn aktiviteter' }).waitFor();
    const kollo = catalogueCard(ali, KOLLO);
    await kollo.waitFor();
    await kollo.getByText('En vecka med bad, utflykter och nya vänner.').waitFor();
    expect(await axeViolations(ali)).toEqual([]);

    // Unpublishing asks for a reason in a dialog; Escape leaves it as it was.
    const unpublish = kollo.getByRole('button', { name: `Avpublicera: ${KOLLO}` });
    await unpublish.click();
    const dialog = ali.getByRole('dialog', { name: `Avpublicera ${KOLLO}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Avpublicera aktiviteten' }).click();
    await dialog.locator('.field__error').getByText('Ange ett skäl').waitFor();
    expect(await axeViolations(ali)).toEqual([]);
    await ali.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await unpublish.evaluate((button) => button === document.activeElement)).toBe(true);

    await kollo.getByRole('button', { name: `Godkänn och publicera: ${KOLLO}` }).click();
    await ali.getByText(`${KOLLO} är godkänd och publicerad.`).waitFor();
    await ali.getByText('Inga aktiviteter väntar på godkännande.').waitFor();

    const visitor = await visitorPage();
    await searchCatalogue(visitor, 'Sommarkollo');
    await catalogueCard(visitor, KOLLO).getByRole('link', { name: KOLLO }).click();
    await visitor.getByRole('heading', { level: 1, name: KOLLO }).waitFor();
    await visitor.getByText('Ansök via din kurator eller socialsekreterare.').waitFor();
    expect(await axeViolations(visitor)).toEqual([]);
  });

  it('lets Ali unpublish Lina’s activity with a reason, which Lina sees and acts on', async () => {
    await ali.goto(activityUrl);
    const review = ali.locator('section[aria-labelledby="activity-coordinator-heading"]');
    await review.getByRole('button', { name: 'Avpublicera' }).click();
    const dialog = ali.getByRole('dialog', { name: `Avpublicera ${TITLE}?` });
    await dialog.getByLabel('Skäl till arrangören').fill('Ange föreningens telefon till kansliet också.');
    await dialog.getByRole('button', { name: 'Avpublicera aktiviteten' }).click();
    // No longer Ali's to see: back to the queue, which says what happened.
    await ali.waitForURL((url) => url.pathname === '/aktiviteter/godkann');
    await ali.getByText(`${TITLE} är avpublicerad.`).waitFor();

    await lina.goto(`${server.url}/mina-aktiviteter`);
    const unpublished = lina.getByTestId('my-activities-unpublished');
    await unpublished.getByText('Ange föreningens telefon till kansliet också.').waitFor();
    await unpublished.getByRole('link', { name: TITLE, exact: true }).click();
    await lina
      .getByTestId('status-reason')
      .getByText('Ange föreningens telefon till kansliet också.')
      .waitFor();
    await lina.getByRole('link', { name: 'Ändra', exact: true }).click();
    await lina.getByRole('heading', { level: 1, name: `Ändra ${TITLE}` }).waitFor();
    expect(await lina.getByLabel('Måndag').isChecked()).toBe(true);
    expect(await lina.getByLabel('Undantag 1').inputValue()).toBe(EXCEPTION_DAY);
    expect(await axeViolations(lina)).toEqual([]);
    await lina.getByLabel('Telefon (frivilligt)').fill('0470-123 45');
    await lina.getByRole('button', { name: 'Spara och publicera' }).click();
    await lina.getByText('Aktiviteten är publicerad och syns i katalogen.').waitFor();
    await lina.locator('main').getByRole('link', { name: '0470-123 45' }).waitFor();
  });

  it('tells a member who is no coordinator plainly that the approval queue is not for her', async () => {
    sara = await signedInPage(SARA);
    // A member of a municipal unit may post activities, but approves none.
    await mainNav(sara).getByRole('link', { name: 'Mina aktiviteter' }).waitFor();
    expect(await mainNav(sara).getByRole('link', { name: 'Godkänn aktiviteter' }).count()).toBe(0);
    await sara.goto(`${server.url}/aktiviteter/godkann`);
    await sara
      .getByRole('alert')
      .getByText(/Bara samordnare och administratörer i en kommun/)
      .waitFor();
  });

  it('lets Sara refer from the case once consent names the association, and Lina accept', async () => {
    const reference = `VXJ-${stockholmYear()}-0001`;
    await sara.goto(`${server.url}/arenden`);
    await sara.getByRole('link', { name: reference, exact: true }).click();
    await sara.getByRole('heading', { level: 1, name: new RegExp(`^${reference}`) }).waitFor();
    caseUrl = sara.url();
    const section = sara.locator('section[aria-labelledby="case-referrals-heading"]');
    await section.getByRole('heading', { level: 2, name: 'Remisser' }).waitFor();

    const fillReferral = async (alias: string, age: string) => {
      await section.getByLabel('Förnamn eller alias').fill(alias);
      await section.getByLabel('Ålder (frivilligt)').fill(age);
      await section.getByLabel('Kontaktväg').fill('Via socialsekreteraren, växeln 0470-410 00');
    };
    await section.getByRole('button', { name: 'Ny remiss' }).click();
    await section.getByLabel('Sök bland publicerade aktiviteter').fill('Fotboll');
    await section.getByRole('button', { name: 'Sök aktivitet' }).click();
    await section.getByRole('group', { name: 'Välj aktivitet' }).getByLabel(FOOTBALL).check();
    await fillReferral('Mira', '11');
    await section.getByLabel('Meddelande till mottagaren (frivilligt)').fill('Mira vill gärna börja i juni.');
    expect(await axeViolations(sara)).toEqual([]);

    // No consent names IK Sjöstaden yet: the API refuses, and says so at the receiver.
    await section.getByRole('button', { name: 'Skicka remissen' }).click();
    await section.locator('.field__error').getByText(new RegExp(NOT_COVERED)).waitFor();

    await sara.getByRole('button', { name: 'Registrera samtycke' }).click();
    const dialog = sara.getByRole('dialog', { name: `Registrera samtycke för ${reference}` });
    await dialog.getByLabel('Syfte').fill('Remiss till fotbollsskolan, med förnamn och ålder.');
    await dialog.getByRole('group', { name: 'Vad samtycket gäller' }).getByLabel('Identitet').check();
    await dialog
      .getByRole('group', { name: 'Organisationer som får ta del av uppgifterna' })
      .getByLabel(IK_SJOSTADEN)
      .check();
    await dialog.getByRole('button', { name: 'Registrera samtycket' }).click();
    await dialog.waitFor({ state: 'detached' });

    await section.getByRole('button', { name: 'Skicka remissen' }).click();
    await section.getByText(`Remissen till ${IK_SJOSTADEN} är skickad.`).waitFor();
    const mira = section.getByTestId('case-referral').filter({ hasText: FOOTBALL });
    await mira.getByText('Skickad', { exact: true }).first().waitFor();

    // A second one, to the association itself.
    await section.getByRole('button', { name: 'Ny remiss' }).click();
    await section.getByLabel('En organisation').check();
    await section.getByLabel('Organisation', { exact: true }).selectOption({ label: IK_SJOSTADEN });
    await fillReferral('Noah', '13');
    await section.getByRole('button', { name: 'Skicka remissen' }).click();
    await section.getByText(`Remissen till ${IK_SJOSTADEN} är skickad.`).waitFor();
    await section.getByTestId('case-referral').filter({ hasText: 'Noah' }).waitFor();
    expect(await axeViolations(sara)).toEqual([]);

    // Lina sees only what Sara chose to share, never the case.
    await lina.goto(`${server.url}/mina-aktiviteter`);
    const received = lina.locator('section[aria-labelledby="referrals-received-heading"]');
    await received.getByRole('heading', { level: 2, name: 'Remisser att besvara' }).waitFor();
    const toMira: Locator = received.getByTestId('referral-received').filter({ hasText: 'Mira' });
    await toMira.getByText('11 år').waitFor();
    await toMira.getByText('Via socialsekreteraren, växeln 0470-410 00').waitFor();
    await toMira.getByText('Mira vill gärna börja i juni.').waitFor();
    await toMira.getByRole('link', { name: FOOTBALL }).waitFor();
    expect(await received.textContent()).not.toContain('VXJ-');
    expect(await axeViolations(lina)).toEqual([]);
    await toMira.getByRole('button', { name: 'Acceptera Mira' }).click();
    await received.getByText('Remissen för Mira är accepterad.').waitFor();
    await toMira.getByText('Accepterad', { exact: true }).waitFor();

    // Declining needs a reason, for the referrer.
    const toNoah = received.getByTestId('referral-received').filter({ hasText: 'Noah' });
    await toNoah.getByRole('button', { name: 'Avböj Noah' }).click();
    const decline = lina.getByRole('dialog', { name: 'Avböj remissen för Noah' });
    await decline.getByRole('button', { name: 'Avböj remissen' }).click();
    await decline.locator('.field__error').getByText('Ange varför remissen avböjs.').waitFor();
    expect(await axeViolations(lina)).toEqual([]);
    await decline.getByLabel('Varför avböjer ni?').fill('Gruppen för hans ålder är full i sommar.');
    await decline.getByRole('button', { name: 'Avböj remissen' }).click();
    await received.getByText('Remissen för Noah är avböjd.').waitFor();

    // Sara follows each step on the case.
    await sara.goto(caseUrl);
    const accepted = section.getByTestId('case-referral').filter({ hasText: FOOTBALL });
    await accepted.locator('.badge').getByText('Accepterad', { exact: true }).waitFor();
    await accepted.locator('.referral-steps').getByText('Accepterad').waitFor();
    const declined = section.getByTestId('case-referral').filter({ hasText: 'Noah' });
    await declined.locator('.badge').getByText('Avböjd', { exact: true }).waitFor();
    await declined.getByText('Skäl: Gruppen för hans ålder är full i sommar.').waitFor();
  });

  it('shows 20 at a time, and "Visa fler" adds the next page with focus on the first new one', async () => {
    // Twenty more published activities, made through the API as Lina (an approved publisher in Växjö).
    const api = async (query: string, variables: Record<string, unknown>) => {
      const response = await lina.request.post(`${server.url}/graphql`, {
        data: { query, variables },
        headers: { 'x-samlad-csrf': '1' },
      });
      const body = (await response.json()) as {
        data: Record<string, { __typename: string; activity?: { id: string } }>;
      };
      return body.data;
    };
    for (let n = 1; n <= 20; n++) {
      const created = await api(
        `mutation ($input: ActivityInput!) { createActivity(input: $input) { __typename ... on CreateActivitySuccess { activity { id } } } }`,
        {
          input: {
            title: `Prova på dag ${n}`,
            description: 'Prova på olika idrotter.',
            category: 'SPORT',
            minAge: 7,
            maxAge: 15,
            municipalityCode: '0780',
            place: 'Sjöstadens IP, Växjö',
            season: 'YEAR_ROUND',
            startsOn: stockholmDate(30 + n),
            endsOn: stockholmDate(30 + n),
            costKronor: 0,
            signUp: 'Kom förbi.',
            languages: ['sv'],
          },
        },
      );
      const id = created.createActivity?.activity?.id;
      expect(id).toBeTruthy();
      const published = await api(`mutation ($id: ID!) { publishActivity(activityId: $id) { __typename } }`, {
        id,
      });
      expect(published.publishActivity?.__typename).toBe('PublishActivitySuccess');
    }

    const visitor = await visitorPage();
    await visitor.goto(`${server.url}/aktiviteter`);
    const links = visitor.locator('.activity-card h3 a');
    await links.first().waitFor();
    expect(await links.count()).toBe(20);
    const status = visitor.getByText(/^Visar \d+ av \d+ aktiviteter/);
    const total = Number((await status.textContent())?.match(/av (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(20);
    await visitor.getByRole('button', { name: 'Visa fler' }).click();
    await visitor.getByText(`Visar ${total} av ${total} aktiviteter, de närmaste först`).waitFor();
    expect(await links.count()).toBe(total);
    expect(await links.nth(20).evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await visitor.getByRole('button', { name: 'Visa fler' }).count()).toBe(0);
    // Still in date order across the pages: day 1 before day 2 … before day 20.
    const titles = await links.allTextContents();
    const days = titles.filter((title) => title.startsWith('Prova på dag '));
    expect(days).toEqual(Array.from({ length: 20 }, (_, index) => `Prova på dag ${index + 1}`));
  });
});
