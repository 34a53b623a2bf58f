import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.ts';
import { tabTo } from '../support/keyboard.ts';

const consoleUrl = inject('consoleUrl');

interface SeededSession {
  Id: string;
  User: { Name: string; DisplayName: string };
  Machine: { Id: string; Name: string };
}

/** A seeded person with sessions on two or more machines, read through the proxy. */
async function personOnTwoMachines(cookie: string) {
  const response = await fetch(`${consoleUrl}/api/cvad/manage/Sessions?limit=1000`, {
    headers: { cookie },
  });
  const { Items } = (await response.json()) as { Items: SeededSession[] };
  const machinesOf = new Map<string, Map<string, string>>();
  for (const session of Items) {
    const machines = machinesOf.get(session.User.Name) ?? new Map<string, string>();
    machines.set(session.Machine.Id, session.Machine.Name);
    machinesOf.set(session.User.Name, machines);
  }
  const [account, machines] = [...machinesOf].find(([, found]) => found.size >= 2)!;
  const person = Items.find((s) => s.User.Name === account)!.User;
  const [machineId, machineName] = [...machines][0]!;
  const sessionsOnIt = Items.filter((s) => s.Machine.Id === machineId && s.User.Name === account);
  return { account, person, machineNames: [...machines.values()], machineName, sessionsOnIt };
}

describe('the person view, as a help-desk agent', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser({ signIn: { consoleUrl, as: 'helpdesk' } });
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(() => browser.close());

  it('shows a person’s sessions and machines, and restarts one machine with the keyboard only', async () => {
    const { page } = browser;
    const seeded = await personOnTwoMachines(browser.cookieHeader!);
    await page.goto(`${consoleUrl}/users/${encodeURIComponent(seeded.account)}`);
    await page.getByRole('heading', { level: 1, name: seeded.person.DisplayName }).waitFor();
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
});
