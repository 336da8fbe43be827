import type { Page } from 'playwright-core';

/** Every demo user's password (packages/db/src/seed/demo-users.ts). */
export const DEMO_PASSWORD = 'samlad-demo-2026';

/** Fills in and sends the sign-in form on the page it is on (Swedish labels). */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}

/** Opens the sign-in page, signs in, and waits until the app has left the sign-in page. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/logga-in`);
  await submitSignIn(page, email);
  await page.waitForURL((url) => url.pathname !== '/logga-in');
}

/** Opens the user menu in the header and signs out; waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.locator('.user-menu__button').click();
  await page.getByRole('button', { name: 'Logga ut', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/logga-in');
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
}
