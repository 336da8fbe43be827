import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

// Demo data (packages/db/src/seed): the local police is a member of the Växjö forums, so every
// one of their meetings invites Erik's organisation; Sara works at Växjö social services, which
// leads case A (VXJ-<year>-0001, next follow-up in 10 days, one follow-up done 21 days ago), a case
// the police takes part in.
const ERIK = 'erik.strand@polisen.example';
const SARA = 'sara.lund@vaxjo.example';
const SOCIAL_SERVICES = 'Växjö kommun, socialförvaltningen';
const DAY = 86_400_000;

/** The Stockholm calendar date `days` from now, as a date input takes it. */
function stockholmDate(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * DAY));
}

interface PastMeeting {
  id: string;
  title: string;
  endsAt: string;
  pulse: { state: string };
}

/**
 * Meetings that ended in the last 30 days and whose pulse the page's signed-in person may answer,
 * the latest first. No page lists past meetings, so the test asks the API as that person (the
 * context's cookie), as the web app does.
 */
async function openPulses(page: Page, baseUrl: string): Promise<PastMeeting[]> {
  const now = Date.now();
  const response = await page.request.post(`${baseUrl}/graphql`, {
    data: {
      query: `query ($from: DateTime!, $to: DateTime!) {
        meetings(from: $from, to: $to, first: 100) {
          edges { node { id title endsAt pulse { state } } }
        }
      }`,
      variables: { from: new Date(now - 30 * DAY).toISOString(), to: new Date(now).toISOString() },
    },
    headers: { 'x-samlad-csrf': '1' },
  });
  const body = (await response.json()) as {
    data: { meetings: { edges: { node: PastMeeting }[] } };
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  return body.data.meetings.edges
    .map((edge) => edge.node)
    .filter((meeting) => meeting.pulse.state === 'OPEN' && Date.parse(meeting.endsAt) < now)
    .sort((a, b) => b.endsAt.localeCompare(a.endsAt));
}

describe.skipIf(!browserAvailable)('meeting pulse and case follow-ups in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** A page of its own, signed in as `email`, in a zone far from Stockholm so the app's own zone shows. */
  const signedInPage = async (email: string) => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: { width: 1200, height: 900 },
      timezoneId: 'America/New_York',
    });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.url, email);
    return page;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const pulseSection = (page: Page) => page.getByRole('region', { name: 'Mötespuls' });
  /** The joint view's link to a meeting whose pulse awaits an answer. */
  const pulseToAnswer = (page: Page, path: string) =>
    page.getByRole('region', { name: 'Svara på pulsen' }).locator(`a[href="${path}"]`);

  describe('the meeting pulse', () => {
    let erik: Page;
    let meetings: PastMeeting[] = [];

    beforeAll(async () => {
      erik = await signedInPage(ERIK);
      meetings = await openPulses(erik, server.url);
      // Two to answer (by mouse, then by keyboard alone); the demo forums meet weekly.
      expect(meetings.length).toBeGreaterThanOrEqual(2);
    });

    it('asks a participant two questions after a meeting, answers once, and remembers it', async () => {
      const [meeting] = meetings;
      if (!meeting) throw new Error('no meeting to answer');
      const path = `/moten/${encodeURIComponent(meeting.id)}`;
      const url = `${server.url}${path}`;

      // The joint view lists it under "Svara på pulsen", linking to the meeting page.
      await erik.goto(`${server.url}/`);
      await pulseToAnswer(erik, path).waitFor();
      expect(await axeViolations(erik)).toEqual([]);
      await pulseToAnswer(erik, path).click();
      await erik.waitForURL(url);
      await erik.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
      const pulse = pulseSection(erik);
      await pulse.getByText('Svaren är anonyma').waitFor();
      expect(await pulse.textContent()).toContain('bara när minst fem personer har svarat');
      expect(await axeViolations(erik)).toEqual([]);

      // The same meeting in English, in a second window of the same session (its own storage, so
      // the language choice stays there), still showing the form.
      const englishContext = await browser.newContext({
        locale: 'en-GB',
        storageState: await erik.context().storageState(),
      });
      contexts.push(englishContext);
      await englishContext.addInitScript(() => localStorage.setItem('samlad.language', 'en'));
      const english = await englishContext.newPage();
      await english.goto(url);
      const englishPulse = english.getByRole('region', { name: 'Meeting pulse' });
      await englishPulse.getByRole('group', { name: 'How useful was the meeting?' }).waitFor();

      // Sending with a question unanswered says which, by the question, and sends nothing.
      const usefulness = pulse.getByRole('group', { name: 'Hur användbart var mötet?' });
      const trust = pulse.getByRole('group', { name: 'Hur stort förtroende har du för samverkan?' });
      await usefulness.getByRole('radio', { name: '3' }).check();
      await pulse.getByRole('button', { name: 'Skicka svaren' }).click();
      await trust.getByText('Välj ett svar från 1 till 4.').waitFor();
      expect(await usefulness.getByText('Välj ett svar från 1 till 4.').count()).toBe(0);
      expect(
        await trust.getByRole('radio', { name: '1 Inget' }).evaluate((r) => r === document.activeElement),
      ).toBe(true);
      expect(await axeViolations(erik)).toEqual([]);

      // Both ends are named: 1 is "Inget", 4 is "Mycket stort".
      await trust.getByRole('radio', { name: '4 Mycket stort' }).check();
      await pulse.getByRole('button', { name: 'Skicka svaren' }).click();
      await pulse.getByText('Tack för dina svar!').waitFor();
      expect(await pulse.getByRole('radio').count()).toBe(0);

      // Back on the joint view (within the app, so from its cache too), it no longer waits.
      await erik
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Gemensam vy' })
        .click();
      await erik.getByRole('heading', { level: 2, name: 'Inbjudningar att svara på' }).waitFor();
      await pulseToAnswer(erik, path).waitFor({ state: 'detached' });

      await erik.goto(url);
      await pulseSection(erik).getByText('Tack för dina svar!').waitFor();
      expect(await pulseSection(erik).getByRole('radio').count()).toBe(0);
      expect(await axeViolations(erik)).toEqual([]);

      // The second tab still offers the form; the API refuses a second answer, in English.
      await englishPulse
        .getByRole('group', { name: 'How useful was the meeting?' })
        .getByRole('radio', { name: '4 Very', exact: true })
        .check();
      await englishPulse
        .getByRole('group', { name: 'How much do you trust the collaboration?' })
        .getByRole('radio', { name: '2', exact: true })
        .check();
      await englishPulse.getByRole('button', { name: 'Send my answers' }).click();
      await englishPulse
        .getByRole('alert')
        .getByText('You have already answered this meeting’s pulse. Thank you!')
        .waitFor();
      await english.close();
    });

    it('is answered with the keyboard alone', async () => {
      const meeting = meetings[1];
      if (!meeting) throw new Error('no second meeting to answer');
      await erik.goto(`${server.url}/moten/${encodeURIComponent(meeting.id)}`);
      await erik.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
      const first = pulseSection(erik).getByRole('radio', { name: '1 Inte alls' });
      await first.waitFor();

      // From the top of the page, Tab to the first question.
      await erik.locator('body').focus();
      const focusedId = () => erik.evaluate(() => document.activeElement?.id ?? '');
      for (let step = 0; step < 80 && (await focusedId()) !== 'pulse-usefulness-1'; step++) {
        await erik.keyboard.press('Tab');
      }
      expect(await focusedId()).toBe('pulse-usefulness-1');
      // Arrow keys move within a question and choose; Tab goes on to the next question, then the button.
      await erik.keyboard.press('ArrowRight');
      await erik.keyboard.press('ArrowRight');
      await erik.keyboard.press('Tab');
      expect(await focusedId()).toBe('pulse-trust-1');
      await erik.keyboard.press('Space');
      await erik.keyboard.press('ArrowRight');
      const checked = (name: string) =>
        erik.evaluate(
          (n) => document.querySelector<HTMLInputElement>(`input[name="${n}"]:checked`)?.value,
          name,
        );
      expect(await checked('pulse-usefulness')).toBe('3');
      expect(await checked('pulse-trust')).toBe('2');
      await erik.keyboard.press('Tab');
      expect(await erik.evaluate(() => document.activeElement?.textContent)).toBe('Skicka svaren');
      await erik.keyboard.press('Enter');

      // The thank-you takes the form's place and focus, so a screen reader says it.
      const thanks = pulseSection(erik).getByText('Tack för dina svar!');
      await thanks.waitFor();
      expect(await thanks.evaluate((element) => element === document.activeElement)).toBe(true);
      await erik.reload();
      await pulseSection(erik).getByText('Tack för dina svar!').waitFor();
    });

    it('says when the pulse opens for a meeting still to come, and shows nothing for a cancelled one', async () => {
      const now = Date.now();
      const response = await erik.request.post(`${server.url}/graphql`, {
        data: {
          query: `query ($from: DateTime!, $to: DateTime!) {
            meetings(from: $from, to: $to, first: 100) { edges { node { id status pulse { state } } } }
          }`,
          variables: { from: new Date(now).toISOString(), to: new Date(now + 120 * DAY).toISOString() },
        },
        headers: { 'x-samlad-csrf': '1' },
      });
      const { data } = (await response.json()) as {
        data: { meetings: { edges: { node: { id: string; status: string; pulse: { state: string } } }[] } };
      };
      const coming = data.meetings.edges.map((edge) => edge.node);
      const scheduled = coming.find((meeting) => meeting.pulse.state === 'NOT_YET');
      const cancelled = coming.find((meeting) => meeting.pulse.state === 'CANCELLED');
      if (!scheduled || !cancelled) throw new Error('the demo data has no coming or no cancelled meeting');

      await erik.goto(`${server.url}/moten/${encodeURIComponent(scheduled.id)}`);
      await pulseSection(erik)
        .getByText(/^Efter mötet kan du svara på två korta frågor/)
        .waitFor();
      expect(await pulseSection(erik).getByRole('radio').count()).toBe(0);

      await erik.goto(`${server.url}/moten/${encodeURIComponent(cancelled.id)}`);
      await erik.getByRole('heading', { level: 2, name: 'Inbjudna' }).waitFor();
      expect(await pulseSection(erik).count()).toBe(0);
    });
  });

  describe('case follow-ups', () => {
    let sara: Page;
    let reference = '';
    let caseUrl = '';
    const due = stockholmDate(10);
    const today = stockholmDate(0);
    const next = stockholmDate(42);
    const header = (page: Page) => page.locator('.case-header');
    const history = (page: Page) => page.getByRole('region', { name: 'Uppföljningar' });

    beforeAll(async () => {
      sara = await signedInPage(SARA);
    });

    it('lets the lead record a follow-up in a dialog, and shows it in the history with the new date', async () => {
      const year = stockholmDate(0).slice(0, 4);
      reference = `VXJ-${year}-0001`;
      await sara.goto(`${server.url}/arenden`);
      await sara.getByRole('link', { name: reference, exact: true }).click();
      await sara.getByRole('heading', { level: 1, name: new RegExp(`^${reference}`) }).waitFor();
      caseUrl = sara.url();

      // Before: the follow-up due in 10 days, and the one done 21 days ago, on time.
      await header(sara).locator(`time[datetime="${due}"]`).waitFor();
      const rows = history(sara).locator('tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('I tid');

      const open = header(sara).getByRole('button', { name: 'Registrera uppföljning' });
      await open.click();
      const dialog = sara.getByRole('dialog', { name: `Registrera uppföljning för ${reference}` });
      await dialog.waitFor();
      await dialog.getByText('Du registrerar att uppföljningen som skulle göras').waitFor();
      // Today in Stockholm, though the browser's clock is in New York.
      expect(await dialog.getByLabel('Dagen uppföljningen gjordes').inputValue()).toBe(today);
      expect(await axeViolations(sara)).toEqual([]);

      // The next date must come after the day it was done: the API says so by the field.
      await dialog.getByLabel('Nästa uppföljning (frivilligt)').fill(today);
      await dialog.getByRole('button', { name: 'Registrera uppföljningen' }).click();
      const problem = 'Nästa uppföljning måste ligga efter dagen då den här gjordes.';
      await dialog.locator('.error-summary').getByRole('link', { name: problem }).waitFor();
      await dialog.locator('#follow-up-nextFollowUpOn-error').getByText(problem).waitFor();
      expect(await axeViolations(sara)).toEqual([]);

      await dialog.getByLabel('Nästa uppföljning (frivilligt)').fill(next);
      await dialog.getByRole('button', { name: 'Registrera uppföljningen' }).click();
      await dialog.waitFor({ state: 'detached' });
      await sara
        .getByRole('status')
        .getByText(/^Uppföljningen är registrerad\. Nästa uppföljning är /)
        .waitFor();
      expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);

      await header(sara).locator(`time[datetime="${next}"]`).waitFor();
      await rows.nth(1).waitFor();
      const latest = rows.first();
      await latest.locator(`time[datetime="${due}"]`).waitFor();
      await latest.locator(`time[datetime="${today}"]`).waitFor();
      expect(await latest.textContent()).toContain('I tid');
      expect(await latest.textContent()).toContain(SOCIAL_SERVICES);
    });

    it('shows the history to a participant that does not lead, without the button', async () => {
      const erik = await signedInPage(ERIK);
      await erik.goto(caseUrl);
      await erik.getByRole('heading', { level: 1, name: new RegExp(`^${reference}`) }).waitFor();
      await header(erik).locator(`time[datetime="${next}"]`).waitFor();
      const latest = history(erik).locator('tbody tr').first();
      await latest.locator(`time[datetime="${today}"]`).waitFor();
      expect(await history(erik).locator('tbody tr').count()).toBe(2);
      expect(await erik.getByRole('button', { name: 'Registrera uppföljning' }).count()).toBe(0);
      expect(await axeViolations(erik)).toEqual([]);
    });

    it('opens and closes the dialog from the keyboard, focus going back to the button', async () => {
      await sara.goto(caseUrl);
      const open = header(sara).getByRole('button', { name: 'Registrera uppföljning' });
      await open.focus();
      await sara.keyboard.press('Enter');
      const dialog = sara.getByRole('dialog', { name: `Registrera uppföljning för ${reference}` });
      await dialog.waitFor();
      expect(
        await dialog.getByLabel('Dagen uppföljningen gjordes').evaluate((e) => e === document.activeElement),
      ).toBe(true);
      await sara.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
    });
  });
});
