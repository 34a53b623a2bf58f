import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { tabTo } from '../support/keyboard.ts';
import { personOnTwoMachines } from '../support/person-facts.ts';

const consoleUrl = inject('consoleUrl');

/** A seeded person with sessions on two machines or more, and the first of those machines. */
async function personOnTwoMachinesAndOne(cookie: string) {
  const person = await personOnTwoMachines(consoleUrl, cookie);
  const sessionsOnIt = person.sessionsOn(person.machineIds[0]!);
  return { ...person, machineName: sessionsOnIt[0]!.Machine.Name, sessionsOnIt };
}

describe('the person view, as a help-desk agent', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'helpdesk' } });
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(() => browser.close());

  it('asks for a person’s sessions and machines once each, sent with the page before its code', async () => {
    const { page } = browser;
    const seeded = await personOnTwoMachinesAndOne(browser.cookieHeader!);
    const searches: string[] = [];
    const onRequest = (request: { url(): string; method(): string }) => {
      if (request.url().includes('/$search')) searches.push(new URL(request.url()).pathname);
    };
    page.on('request', onRequest);
    try {
      await page.goto(`${consoleUrl}/users/${encodeURIComponent(seeded.account)}`);
      await page.getByRole('heading', { level: 1, name: seeded.displayName }).waitFor();
      await page.getByRole('table', { name: 'Their sessions' }).waitFor();
      // Each answer went to the app's own query: none read twice (src/lib/early-answers.ts).
      expect(searches.sort()).toEqual([
        '/api/cvad/manage/Machines/$search',
        '/api/cvad/manage/Sessions/$search',
      ]);
      const taken = await page.evaluate(() =>
        performance
          .getEntriesByName('daas-console:early-answer-taken')
          .map((mark) => new URL((mark as PerformanceMark).detail as string).pathname)
          // The header's reads are taken early too (tests/e2e/shell.test.ts).
          .filter((pathname) => pathname.endsWith('/$search'))
          .sort(),
      );
      expect(taken).toEqual(searches);
      // Nothing here is a form or a popover until someone acts: the dialogs', form controls' and
      // Floating UI's code loads at the page's first input (src/components/lazy-dialog.tsx).
      const scripts = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      );
      expect(scripts.filter((name) => /\/assets\/(controls|floating)-/.test(name))).toEqual([]);
    } finally {
      page.off('request', onRequest);
    }
  });

  it('comes Back to the same place on a person’s page after following a link from far down', async () => {
    const { page } = browser;
    const seeded = await personOnTwoMachinesAndOne(browser.cookieHeader!);
    await page.setViewportSize({ width: 1280, height: 500 });
    try {
      await page.goto(`${consoleUrl}/users/${encodeURIComponent(seeded.account)}`);
      await page.getByRole('heading', { level: 1, name: seeded.displayName }).waitFor();
      for (const name of seeded.machineNames) {
        await page.getByRole('table', { name: `Machine ${name}` }).waitFor();
      }
      // The last link on the page, at its foot (the person's whole audit trail). Their history
      // is read once the page has painted: until it answers, a loader taller than the answer
      // stands there, and the place read below would be one the page no longer reaches.
      const last = page.getByRole('link', { name: /^Search the audit trail for/ });
      await last.waitFor();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      const place = await page.evaluate(() => window.scrollY);
      await last.click();
      await page.waitForURL((url) => !url.pathname.startsWith('/users/'));
      await page.getByRole('heading', { level: 1 }).waitFor();

      await page.goBack();
      await page.getByRole('heading', { level: 1, name: seeded.displayName }).waitFor();
      // Within a pixel: the page's height is fractional (1,545.89 px in one run), and the place
      // read just after the scroll was 1,045 where Back put it at 1,046, on builds before and
      // after 6 December, night, alike.
      await expect
        .poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - place))
        .toBeLessThanOrEqual(1);
      expect(await last.isVisible()).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('shows a person’s sessions and machines, and restarts one machine with the keyboard only', async () => {
    const { page } = browser;
    const seeded = await personOnTwoMachinesAndOne(browser.cookieHeader!);
    await page.goto(`${consoleUrl}/users/${encodeURIComponent(seeded.account)}`);
    await page.getByRole('heading', { level: 1, name: seeded.displayName }).waitFor();
    const sessions = page.getByRole('table', { name: 'Their sessions' });
    for (const session of seeded.sessionsOnIt) {
      await sessions.locator(`a[href="/sessions/${session.Id}"]`).waitFor();
    }
    for (const name of seeded.machineNames) {
      await page.getByRole('table', { name: `Machine ${name}` }).waitFor();
    }
    await page.screenshot({ path: 'test-results/person-view.png' });

    const toolbar = page.getByRole('toolbar', { name: `Actions on ${seeded.machineName}` });
    await tabTo(page, toolbar.getByRole('button', { name: 'Restart' }), { maxPresses: 120 });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Restart: ${seeded.machineName}` });
    await dialog.getByText(/shuts down and starts again\. This ends \d+ sessions? on it/).waitFor();
    await tabTo(page, dialog.getByRole('button', { name: 'Restart' }));
    await page.keyboard.press('Enter');
    await dialog.getByText('Done: the machine restarted.').waitFor({ timeout: 20_000 });
    await tabTo(page, dialog.getByRole('button', { name: 'Close' }), { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // Its sessions have ended; the machine stays on the page with its result.
    for (const session of seeded.sessionsOnIt) {
      await sessions.locator(`a[href="/sessions/${session.Id}"]`).waitFor({ state: 'detached' });
    }
    const machine = page.getByRole('table', { name: `Machine ${seeded.machineName}` });
    await machine.getByText('no sessions').waitFor();
    await page.getByText('Done: the machine restarted.').waitFor();
    await page.screenshot({ path: 'test-results/person-view-restarted.png' });
    expect(browser.pageErrors).toEqual([]);
  });

  it('paints a person’s sessions and machines while the tables’ code is on its way, then their history', async () => {
    const { page } = browser;
    const seeded = await personOnTwoMachinesAndOne(browser.cookieHeader!);
    // Something in their history for its table to show: a message to one of their sessions.
    const sent = await fetch(
      `${consoleUrl}/api/cvad/manage/Sessions/${seeded.sessionsOnIt[0]!.Id}/$sendMessage?async=true`,
      {
        method: 'POST',
        headers: {
          Cookie: browser.cookieHeader!,
          Origin: consoleUrl,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ Title: 'IT', Text: 'Checking in', Style: 'Information' }),
      },
    );
    expect(sent.status, await sent.clone().text()).toBeLessThan(300);
    // The tables' code held back, as on a slow phone: the page must not wait for it.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = /\/assets\/tables-[\w-]+\.js$/;
    await page.route(held, async (route) => {
      await released;
      // The page may have moved on by then (a failing run): nothing is left to answer.
      await route.continue().catch(() => undefined);
    });
    try {
      await page.goto(`${consoleUrl}/users/${encodeURIComponent(seeded.account)}`);
      await page.getByRole('heading', { level: 1, name: seeded.displayName }).waitFor();
      const sessions = page.getByRole('table', { name: 'Their sessions' });
      await sessions.getByRole('row').nth(1).waitFor();
      for (const name of seeded.machineNames) {
        await page.getByRole('table', { name: `Machine ${name}` }).waitFor();
      }
      const history = page.getByRole('region', { name: /^History of actions/ });
      await history.getByRole('img', { name: 'Loading the history' }).waitFor();
      release();
      await history.getByRole('table', { name: 'Audit records' }).getByRole('row').nth(1).waitFor();
      expect(browser.pageErrors).toEqual([]);
    } finally {
      release();
      await page.unroute(held);
    }
  });
});
