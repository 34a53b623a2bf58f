import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tabTo } from '../support/keyboard.ts';
import { personOnTwoMachines } from '../support/person-facts.ts';
import { withOwnConsole } from '../support/own-console.ts';
import { faultWords, settle } from './resilience-support.ts';

/**
 * Issue 14's "done when": a help-desk agent takes a ticket link, lands on the person, sees their
 * sessions and machines, logs one session off and restarts one machine, and is told truthfully
 * how each ended: in Chromium, with the keyboard only, with the simulator's faults on. Each step
 * is its own test, run in order on one page.
 */

/** A person with sessions on two machines: one session to log off, one machine to restart. */
async function ticketPerson(consoleUrl: string, cookie: string) {
  const person = await personOnTwoMachines(consoleUrl, cookie);
  const [restartId, logoffId] = person.machineIds;
  const onRestart = person.sessionsOn(restartId!);
  return {
    /** As a ticket names them: the bare account name, no domain. */
    ticketName: person.account.split('\\').pop()!,
    displayName: person.displayName,
    machineNames: person.machineNames,
    toLogOff: person.sessionsOn(logoffId!)[0]!,
    toRestart: { name: onRestart[0]!.Machine.Name, sessions: onRestart },
  };
}

describe('a help-desk ticket, keyboard only, with the simulator faulting', () => {
  const own = withOwnConsole(
    {
      SIM_FAULT_5XX_RATE: '0.1',
      SIM_FAULT_RATE_LIMIT_RATE: '0.03',
      SIM_RETRY_AFTER_SECONDS: '1',
      SIM_FAULT_RESET_RATE: '0.02',
      SIM_SESSIONS: '400',
    },
    'helpdesk',
  );
  let person: Awaited<ReturnType<typeof ticketPerson>>;

  beforeAll(async () => {
    person = await ticketPerson(own.url, own.browser.cookieHeader!);
    mkdirSync('test-results', { recursive: true });
  });

  it('takes the ticket link and lands on the person it names', async () => {
    const { page } = own.browser;
    await page.goto(`${own.url}/sessions?user=${encodeURIComponent(person.ticketName)}`);
    await page.waitForURL(`${own.url}/users/${encodeURIComponent(person.ticketName)}`, {
      timeout: 60_000,
    });
    await settle(page, page.getByRole('heading', { level: 1, name: person.displayName }), {
      keyboard: true,
    });
  });

  it('sees their sessions and the machines they are on', async () => {
    const { page } = own.browser;
    const sessions = page.getByRole('table', { name: 'Their sessions' });
    for (const session of [person.toLogOff, ...person.toRestart.sessions]) {
      await sessions.locator(`a[href="/sessions/${session.Id}"]`).waitFor();
    }
    for (const name of person.machineNames) {
      await settle(page, page.getByRole('table', { name: `Machine ${name}` }), { keyboard: true });
    }
    await page.screenshot({ path: 'test-results/help-desk-ticket-person.png' });
  });

  it('logs one session off and is told truthfully how it ended', async () => {
    const { page } = own.browser;
    const session = person.toLogOff;
    const toolbar = page.getByRole('toolbar', {
      name: `Actions on the session on ${session.Machine.Name}`,
    });
    await tabTo(page, toolbar.getByRole('button', { name: 'Log off' }).first(), {
      maxPresses: 150,
    });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Log off: 1 session' });
    await tabTo(page, dialog.getByRole('button', { name: 'Log off' }));
    await page.keyboard.press('Enter');
    const done = dialog.getByText(/^Done: /);
    const failed = dialog.getByText('1 did not succeed');
    await done.or(failed).first().waitFor({ timeout: 45_000 });
    const refused = await failed.isVisible();
    const said = await dialog.innerText();
    await page.screenshot({ path: 'test-results/help-desk-ticket-logoff.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const link = page
      .getByRole('table', { name: 'Their sessions' })
      .locator(`a[href="/sessions/${session.Id}"]`);
    if (refused) {
      // Refused under a fault: said in words (src/lib/action-failure-words.ts), and the session
      // is still theirs on the page.
      expect(said).toMatch(faultWords);
      await link.waitFor();
    } else {
      await link.waitFor({ state: 'detached', timeout: 30_000 });
    }
  });

  it('restarts one machine and is told truthfully how it ended', async () => {
    const { page } = own.browser;
    const machine = person.toRestart;
    const toolbar = page.getByRole('toolbar', { name: `Actions on ${machine.name}` });
    await tabTo(page, toolbar.getByRole('button', { name: 'Restart' }), { maxPresses: 150 });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Restart: ${machine.name}` });
    await dialog.getByText(/This ends \d+ sessions? on it/).waitFor();
    await tabTo(page, dialog.getByRole('button', { name: 'Restart' }));
    await page.keyboard.press('Enter');
    const done = dialog.getByText('Done: the machine restarted.');
    const failed = dialog.getByText('Restart did not succeed');
    await done.or(failed).first().waitFor({ timeout: 60_000 });
    const restarted = await done.isVisible();
    const said = await dialog.innerText();
    await page.screenshot({ path: 'test-results/help-desk-ticket-restart.png' });
    await tabTo(page, dialog.getByRole('button', { name: 'Close' }), { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const sessions = page.getByRole('table', { name: 'Their sessions' });
    const card = page.getByRole('table', { name: `Machine ${machine.name}` });
    if (restarted) {
      // The restart ended its sessions: they leave the page, and the machine says so.
      for (const session of machine.sessions) {
        await sessions
          .locator(`a[href="/sessions/${session.Id}"]`)
          .waitFor({ state: 'detached', timeout: 30_000 });
      }
      await card.getByText('no sessions').waitFor({ timeout: 30_000 });
      await page.getByText('Done: the machine restarted.').waitFor();
    } else {
      // Refused under a fault: said in words; its sessions are still on the page.
      expect(said).toMatch(faultWords);
      await sessions.locator(`a[href="/sessions/${machine.sessions[0]!.Id}"]`).waitFor();
    }
    await page.screenshot({ path: 'test-results/help-desk-ticket-done.png' });
  });
});
