/**
 * Who is acting, in Chromium through the embedded OpenID provider: sign-in from a deep link,
 * what each role sees, a help-desk log-off in the audit trail, a rollout another admin follows,
 * and sign-out that Back cannot undo.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { findRollout, readCatalogService } from '../support/catalog-facts.ts';

const consoleUrl = inject('consoleUrl');
const opened: BrowserSession[] = [];

async function browserAs(user: string | null): Promise<BrowserSession> {
  const browser = await openBrowser(user ? { signIn: { consoleUrl, as: user } } : {});
  opened.push(browser);
  return browser;
}

async function signInOnThePage(page: Page, username: string) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

beforeAll(() => mkdirSync('test-results', { recursive: true }));
afterEach(async () => {
  await Promise.all(opened.splice(0).map((browser) => browser.close()));
});
afterAll(async () => {
  await Promise.all(opened.splice(0).map((browser) => browser.close()));
});

describe('signing in', () => {
  it('sends a new visitor through the sign-in page and back to the address they opened', async () => {
    const { page } = await browserAs(null);
    await page.goto(`${consoleUrl}/sessions?user=aisha.chen`);
    await page.getByLabel('Username').waitFor();
    await page.screenshot({ path: 'test-results/sign-in-page.png' });
    await signInOnThePage(page, 'helpdesk');
    // Back at the ticket link it opened, which names one person: it lands on their page.
    await page.waitForURL(`${consoleUrl}/users/aisha.chen`);
    await page.getByRole('button', { name: 'Account: Harper Helpdesk, helpdesk' }).waitFor();
    await page.screenshot({ path: 'test-results/signed-in-helpdesk.png' });
  });

  it('says so in words when the password is wrong', async () => {
    const { page } = await browserAs(null);
    await page.goto(`${consoleUrl}/images`);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong username or password').waitFor();
  });
});

describe('what each role sees', () => {
  it('a viewer gets no session actions and no rollout entry', async () => {
    const { page, cookieHeader } = await browserAs('viewer');
    await page.goto(`${consoleUrl}/sessions`);
    const table = page.getByRole('table', { name: 'Sessions' });
    await table.getByRole('row').nth(1).waitFor();
    const link = table.getByRole('row').nth(1).getByRole('link');
    await link.click();
    const drawer = page.getByRole('dialog', { name: /^Session of / });
    await drawer.getByRole('region', { name: 'Machine' }).waitFor();
    const logOff = drawer.getByRole('button', { name: 'Log off' });
    expect((await logOff.count()) === 0 || (await logOff.isDisabled())).toBe(true);

    const { catalogs } = await readCatalogService(consoleUrl, cookieHeader);
    await page.goto(`${consoleUrl}/rollouts/new?catalog=${catalogs[0]!.id}`);
    await page.getByText(/Image rollouts need the admin role/).waitFor();
    await page.screenshot({ path: 'test-results/viewer-rollout-refused.png' });
  });

  it('a help-desk agent logs a session off and the audit trail says who did it', async () => {
    const { page } = await browserAs('helpdesk');
    await page.goto(`${consoleUrl}/sessions`);
    const table = page.getByRole('table', { name: 'Sessions' });
    const link = table.getByRole('row').nth(1).getByRole('link');
    await link.waitFor();
    const sessionId = decodeURIComponent(
      new URL((await link.getAttribute('href'))!, consoleUrl).pathname.split('/').pop()!,
    );
    await link.click();
    const drawer = page.getByRole('dialog', { name: /^Session of / });
    await drawer.getByRole('button', { name: 'Log off' }).click();
    const confirm = page.getByRole('dialog', { name: 'Log off: 1 session' });
    await confirm.getByRole('button', { name: 'Log off' }).click();
    await confirm.getByText('Done: logged off for 1 of 1.').waitFor({ timeout: 20_000 });

    await page.goto(`${consoleUrl}/audit?target=${encodeURIComponent(sessionId)}`);
    const row = page.getByRole('row').filter({ hasText: 'Log off a session' }).first();
    await row.waitFor();
    expect(await row.innerText()).toContain('Harper Helpdesk');
    await page.screenshot({ path: 'test-results/audit-trail.png', fullPage: true });
  });
});

describe('operations shared by everyone', () => {
  it('an admin’s rollout shows in another admin’s Operations menu and ends there too', async () => {
    const starter = await browserAs('admin');
    const colleague = await browserAs('admin');
    const { catalogs, images } = await readCatalogService(consoleUrl, starter.cookieHeader);
    const { catalog, image } = findRollout(catalogs, images, { fromEnd: true });

    const { page } = starter;
    await page.goto(`${consoleUrl}/rollouts/new?catalog=${catalog.id}&image=${image.id}`);
    await page.getByText('Pre-flight check passed').waitFor();
    for (let step = 0; step < 3; step += 1) {
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('button', { name: 'Start rollout' }).click();
    await page.waitForURL(/\/rollouts\/[0-9a-f-]{36}$/);

    const other = colleague.page;
    await other.goto(`${consoleUrl}/catalogs`);
    // Machine restarts other tests made are shared operations too: the count is not always 1.
    await other.getByRole('button', { name: /^Operations: [1-9]\d* in progress/ }).click();
    await other.getByRole('link', { name: `${catalog.name} → ${image.name}` }).click();
    await other
      .getByText(/Avery Admin/)
      .first()
      .waitFor();
    await other
      .getByRole('main')
      .getByText('Image updated; the catalog is active', { exact: true })
      .waitFor({ timeout: 40_000 });
    await other.screenshot({ path: 'test-results/rollout-seen-by-colleague.png', fullPage: true });
  });
});

describe('signing out', () => {
  it('ends the session: Back shows the sign-in page, not data', async () => {
    const { page } = await browserAs('admin');
    await page.goto(`${consoleUrl}/sessions`);
    await page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1).waitFor();
    await page.getByRole('button', { name: 'Account: Avery Admin, admin' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/auth\/signed-out/);
    await page.getByText('You are signed out').waitFor();
    await page.goBack();
    await page.getByLabel('Username').or(page.getByText('You are signed out')).first().waitFor();
    expect(await page.getByRole('table', { name: 'Sessions' }).count()).toBe(0);
    const me = await page.evaluate(() => fetch('/api/me').then((r) => r.status));
    expect(me).toBe(401);
  });
});
