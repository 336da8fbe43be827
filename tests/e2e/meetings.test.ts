import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { DEMO_PASSWORD, signIn } from './support/sign-in.ts';

// Demo data (packages/db/src/seed): Ali coordinates for Växjö social services, which hosts the
// forum below; Erik is a member of the local police, one of its member organisations.
const ALI = 'ali.nordin@vaxjo.example';
const ERIK = 'erik.strand@polisen.example';
const FORUM = 'Samverkansgrupp barn och unga i riskmiljö, Växjö';
const POLICE = 'Polisen, lokalpolisområde Växjö';
const TITLE = `Extra samverkansmöte ${Date.now().toString(36)}`;

/** The Stockholm date and wall-clock time of an instant, as form inputs take them. */
function stockholm(instant: string) {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** Asks the API as the page's signed-in person (the context's cookie). */
async function api<T>(page: Page, baseUrl: string, query: string): Promise<T> {
  const response = await page.request.post(`${baseUrl}/graphql`, {
    data: { query },
    headers: { 'x-samlad-csrf': '1' },
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe.skipIf(!browserAvailable)('meetings in the browser', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let baseUrl = '';

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.url;
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'America/New_York' });
    page = await context.newPage();
    await signIn(page, baseUrl, ALI);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const dialog = () => page.getByRole('dialog');

  it('plans a meeting: warns of a clash, takes a suggested slot, and shows the new meeting', async () => {
    const data = await api<{
      forums: {
        edges: {
          node: { id: string; name: string; nextMeeting: { startsAt: string; endsAt: string } | null };
        }[];
      };
    }>(
      page,
      baseUrl,
      '{ forums(first: 100) { edges { node { id name nextMeeting { startsAt endsAt } } } } }',
    );
    const forum = data.forums.edges.map((edge) => edge.node).find((node) => node.name === FORUM);
    expect(forum?.nextMeeting).toBeTruthy();
    if (!forum?.nextMeeting) return;

    await page.goto(`${baseUrl}/forum/${encodeURIComponent(forum.id)}`);
    await page.getByRole('heading', { level: 1, name: FORUM }).waitFor();
    const plan = page.getByRole('button', { name: 'Planera möte' });
    await plan.click();
    await dialog().getByRole('heading', { name: 'Planera möte' }).waitFor();

    // The forum's own next meeting invites every member, so that time clashes for each of them.
    const start = stockholm(forum.nextMeeting.startsAt);
    const end = stockholm(forum.nextMeeting.endsAt);
    await dialog().getByLabel('Mötets namn').fill(TITLE);
    await dialog().getByLabel('Datum').fill(start.date);
    await dialog().getByLabel('Starttid').fill(start.time);
    await dialog().getByLabel('Sluttid').fill(end.time);
    const warning = dialog().locator('.notice--warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(`${POLICE} har redan ett möte ${start.time}–${end.time}`);
    expect(await axeViolations(page)).toEqual([]);

    await dialog().getByRole('button', { name: 'Föreslå tider' }).click();
    const slots = dialog().locator('.suggest__list button');
    await slots.first().waitFor();
    expect(await slots.count()).toBeGreaterThanOrEqual(1);
    expect(await slots.count()).toBeLessThanOrEqual(5);
    await slots.first().click();
    await dialog().getByText('Ingen av de obligatoriska deltagarna har något annat möte då.').waitFor();
    // Invitees get notice: the time taken starts an hour from now at the earliest.
    const taken = `${await dialog().getByLabel('Datum').inputValue()} ${await dialog().getByLabel('Starttid').inputValue()}`;
    const inAnHour = stockholm(new Date(Date.now() + 3_600_000).toISOString());
    expect(taken >= `${inAnHour.date} ${inAnHour.time}`).toBe(true);
    expect(await warning.count()).toBe(0);

    // An in-person meeting needs a place: the API says so on the field.
    await dialog().getByRole('button', { name: 'Planera mötet' }).click();
    await dialog().locator('.error-summary').waitFor();
    const place = dialog().getByLabel('Plats');
    expect(await place.getAttribute('aria-invalid')).toBe('true');
    await place.fill('Stadshuset, Växjö');
    await dialog().getByRole('button', { name: 'Planera mötet' }).click();
    await dialog().waitFor({ state: 'detached' });
    // Focus returns to the button that opened the dialog.
    expect(await plan.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.getByText(`”${TITLE}” är planerat.`).waitFor();
    await page.locator('main article', { hasText: TITLE }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Gemensam vy' }).click();
    await page.locator('[data-testid="coming-meetings"] article', { hasText: TITLE }).waitFor();
  });

  it('shows the joint view’s week view without accessibility violations', async () => {
    await page.getByRole('button', { name: 'Vecka', exact: true }).click();
    await page.locator('.week-view__days').waitFor();
    expect(await page.locator('.week-day').count()).toBeGreaterThanOrEqual(5);
    await page.getByRole('button', { name: 'Nästa vecka' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the personal calendar subscription address once, and the feed answers', async () => {
    await page.getByRole('button', { name: 'Visa min prenumerationsadress' }).click();
    const address = page.getByLabel('Din prenumerationsadress');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/calendar\/[^/]+\.ics$/);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  });

  it('lets the host edit the forum, without accessibility violations', async () => {
    await page.goto(`${baseUrl}/forum`);
    await page.getByRole('link', { name: FORUM }).first().click();
    await page.getByRole('link', { name: 'Ändra forumet' }).click();
    await page.getByRole('heading', { level: 1, name: `Ändra ${FORUM}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Möten per år').fill('21');
    await page.getByRole('button', { name: 'Spara forumet' }).click();
    await page.getByText('Forumet är sparat.').waitFor();
    await page.getByText('21 möten per år').waitFor();
  });

  it('lets the host name himself deputy for his organisation, without accessibility violations', async () => {
    const organisation = 'Växjö kommun, socialförvaltningen';
    await page.goto(`${baseUrl}/forum`);
    await page.getByRole('link', { name: FORUM }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Representanter' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Ändra representanter för ${organisation}` }).click();
    await page.getByLabel('Ali Nordin (mig själv)').selectOption({ label: 'Ersättare' });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara representanter' }).click();
    await page.getByText(`Representanterna för ${organisation} är sparade.`).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Ali Nordin (ersättare)' }).waitFor();
  });

  it('runs a scheduling poll: proposes times, answers, and books the leading one', async () => {
    await page.getByRole('link', { name: 'Starta tidsomröstning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Starta tidsomröstning' }).waitFor();
    await page.getByLabel('Mötets namn').fill('Uppstartsmöte för nytt arbetssätt');
    await page.getByLabel('Plats').fill('Stadshuset, Växjö');
    for (const [index, days] of [10, 11].entries()) {
      await page
        .getByLabel(`Datum ${index + 1}`)
        .fill(stockholm(new Date(Date.now() + days * 86_400_000).toISOString()).date);
      await page.getByLabel(`Starttid ${index + 1}`).fill('10:00');
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Starta omröstningen' }).click();
    await page.getByRole('heading', { level: 1, name: /Uppstartsmöte för nytt arbetssätt/ }).waitFor();

    await page.getByRole('radio', { name: 'Passar bäst' }).first().check();
    await page.getByRole('button', { name: 'Spara mina svar' }).click();
    await page.getByText('Dina svar är sparade.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Boka den ledande tiden' }).click();
    await page.getByText('Mötet är bokat.').waitFor();
    await page.getByRole('link', { name: 'Uppstartsmöte för nytt arbetssätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppstartsmöte för nytt arbetssätt' }).waitFor();
  });

  it('lets a member organisation answer the invitation from the joint view', async () => {
    await context.close();
    context = await (browser as Browser).newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    await signIn(page, baseUrl, ERIK);
    await page.getByRole('heading', { level: 1, name: 'Gemensam vy' }).waitFor();

    const invitations = page.locator('section[aria-labelledby="invitations-heading"]');
    const invitation = invitations.locator('article', { hasText: TITLE });
    await invitations.locator('article').first().waitFor();
    // Long lists start with the first five.
    const showAll = invitations.getByRole('button', { name: /^Visa alla/ });
    if (await showAll.count()) await showAll.click();
    await invitation.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await invitation.getByRole('button', { name: 'Kommer', exact: true }).click();
    await invitation.waitFor({ state: 'detached' });

    await page
      .locator('[data-testid="coming-meetings"] article', { hasText: TITLE })
      .getByRole('link', { name: TITLE })
      .click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(POLICE) });
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toBe('Kommer');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('updates an open joint view when another person cancels a meeting, and says so', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Gemensam vy' }).click();
    const coming = page.locator('[data-testid="coming-meetings"] article', { hasText: TITLE });
    await coming.waitFor();
    const found = await api<{ meetings: { edges: { node: { id: string; title: string } }[] } }>(
      page,
      baseUrl,
      `{ meetings(from: "${new Date().toISOString()}", to: "${new Date(Date.now() + 40 * 86_400_000).toISOString()}", first: 200) { edges { node { id title } } } }`,
    );
    const meetingId = found.meetings.edges.find((edge) => edge.node.title === TITLE)?.node.id;
    expect(meetingId).toBeTruthy();

    // Ali cancels it from elsewhere (a plain HTTP client with her own session).
    const headers = { 'content-type': 'application/json', 'x-samlad-csrf': '1' };
    const signedIn = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
        variables: { e: ALI, p: DEMO_PASSWORD },
      }),
    });
    const cookie = signedIn.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    const cancelled = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { ...headers, cookie },
      body: JSON.stringify({
        query: 'mutation($id: ID!) { cancelMeeting(meetingId: $id) { __typename } }',
        variables: { id: meetingId },
      }),
    });
    expect(await cancelled.json()).toEqual({
      data: { cancelMeeting: { __typename: 'CancelMeetingSuccess' } },
    });

    await page.getByText('Ett möte har ändrats. Vyn är uppdaterad.').waitFor({ state: 'attached' });
    await coming.getByText('Inställt', { exact: true }).waitFor();
  });

  it('closes one of the organisation’s actions from the joint view', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Gemensam vy' }).click();
    const section = page.locator('section[aria-labelledby="actions-heading"]');
    const actions = section.locator('article');
    await actions.first().waitFor();
    const showAll = section.getByRole('button', { name: /^Visa alla/ });
    if (await showAll.count()) await showAll.click();
    const before = await actions.count();
    // Overdue ones come first, clearly marked.
    if ((await section.getByText('Försenad').count()) > 0)
      expect(await actions.first().textContent()).toContain('Försenad');
    const target = actions.first();
    const heading = await target.getAttribute('aria-labelledby');
    const title =
      (await target.locator('.action__title').evaluate((node) => node.firstChild?.textContent)) ?? '';
    expect(title).not.toBe('');
    await target.getByRole('button', { name: /^Markera som klar/ }).click();
    await page.getByText('Åtgärden är markerad som klar.').waitFor({ state: 'attached' });
    await expect.poll(() => actions.count()).toBe(before - 1);
    expect(await section.locator(`[id="${heading}"]`).count()).toBe(0);

    // Still gone after a fresh load: the API has it done.
    await page.reload();
    await actions.first().waitFor();
    if (await showAll.count()) await showAll.click();
    await expect.poll(() => actions.count()).toBe(before - 1);
  });
  it('lets the host merge a forum into another after confirming, and shows where it went', async () => {
    // A browser of Ali's own: the context in use is signed in as Erik by now.
    context = await (browser as Browser).newContext({ locale: 'sv-SE' });
    page = await context.newPage();
    await signIn(page, baseUrl, ALI);
    const source = 'ANDT-gruppen Växjö';
    await page.goto(`${baseUrl}/forum`);
    await page.getByRole('link', { name: source }).first().click();
    await page.getByRole('heading', { level: 1, name: source }).waitFor();
    await page.getByRole('button', { name: 'Slå ihop med annat forum' }).click();
    await dialog().getByText('Medlemmarna, kommande möten och öppna åtgärder flyttas').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog().getByLabel('Slå ihop med').selectOption({ label: FORUM });
    await dialog().getByRole('button', { name: 'Slå ihop', exact: true }).click();
    await page.getByText(`${source} har slagits ihop med ${FORUM}.`).waitFor();
    await page.getByRole('link', { name: FORUM }).first().waitFor();
  });
});
