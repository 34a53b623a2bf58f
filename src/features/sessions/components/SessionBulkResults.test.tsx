import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import { sessionFixture } from '../../../testing/session-fixtures.ts';
import { simulateSite } from './simulated-sessions-site.ts';

const logoffUrl = /\/api\/cvad\/manage\/Sessions\/([^/]+)\/\$logoff/;

/**
 * Eight sessions; on the first try, Users 2 and 4 are refused as busy (503 with the service's own
 * advice) and Users 6 and 8 as in conflict (409). Every try after the first goes through.
 */
function eightWithFourRefused() {
  simulateSite(8);
  const posted: number[] = [];
  server.use(
    http.post(logoffUrl, ({ request }) => {
      const id = logoffUrl.exec(new URL(request.url).pathname)![1]!;
      const n = Number(id.slice(-12));
      const firstTry = !posted.includes(n);
      posted.push(n);
      if (firstTry && (n === 2 || n === 4)) {
        return HttpResponse.json(
          { ErrorMessage: 'Service is busy. Contact Citrix support with the transaction ID.' },
          { status: 503 },
        );
      }
      if (firstTry && (n === 6 || n === 8)) {
        return HttpResponse.json({ detail: 'Session is locked by operation 77.' }, { status: 409 });
      }
      return undefined; // on to the site, which logs it off through a job
    }),
  );
  return posted;
}

async function logOffAllEight() {
  const rendered = render(undefined, { route: '/sessions' });
  const { user } = rendered;
  const selectAll = { name: 'Select every session on this page' };
  await user.click(await screen.findByRole('checkbox', selectAll, { timeout: 5000 }));
  const toolbar = screen.getByRole('toolbar', { name: 'Actions on selected sessions' });
  expect(within(toolbar).getByText('8 selected')).toBeVisible();
  await user.click(within(toolbar).getByRole('button', { name: 'Log off' }));
  const dialog = await screen.findByRole('dialog', { name: 'Log off: 8 sessions' });
  await user.click(within(dialog).getByRole('button', { name: 'Log off' }));
  return { ...rendered, toolbar, dialog };
}

/** The dialog's last word on the run, once every session has ended. */
function findOutcome(dialog: HTMLElement, text: string) {
  return within(dialog).findByText(text, {}, { timeout: 8000 });
}

function outcomeOf(dialog: HTMLElement, n: number) {
  const results = within(dialog).getByRole('table', { name: 'Log off results' });
  const row = within(results).getByRole('row', { name: new RegExp(`User Number ${n} `) });
  return within(row).getAllByRole('cell').at(-1)!.textContent;
}

describe('an action on many sessions, some of which fail', { timeout: 30_000 }, () => {
  it('lists each session’s outcome in words, with totals that add up, and keeps the failed ones selected', async () => {
    eightWithFourRefused();
    const { user, toolbar, dialog } = await logOffAllEight();

    expect(
      await findOutcome(dialog, '8 selected: 4 done, 4 failed, 0 not attempted.'),
    ).toBeVisible();
    // Not "done" for some and "did not succeed" for the same ones.
    expect(within(dialog).queryByText(/^Done: /)).not.toBeInTheDocument();
    expect(within(dialog).getByText('4 did not succeed')).toBeVisible();
    for (const n of [1, 3, 5, 7]) expect(outcomeOf(dialog, n)).toBe('Done');
    for (const n of [2, 4]) {
      expect(outcomeOf(dialog, n)).toMatch(/^Failed: Service unavailable\. .*could not answer/);
    }
    for (const n of [6, 8]) {
      expect(outcomeOf(dialog, n)).toMatch(/^Failed: Conflicting change\. .*still running/);
    }
    // The reason is the console's words, not the service's own text or advice.
    expect(dialog).not.toHaveTextContent(/Service is busy|Citrix support|operation 77/);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await within(toolbar).findByText('4 selected')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Sessions' });
    for (const n of [2, 4, 6, 8]) {
      expect(
        within(table).getByRole('checkbox', { name: new RegExp(`User Number ${n} on`) }),
      ).toBeChecked();
    }
  });

  it('retries only the failed ones, updates their rows, and leaves nothing selected once all are done', async () => {
    const posted = eightWithFourRefused();
    const { user, toolbar, dialog } = await logOffAllEight();
    await findOutcome(dialog, '4 did not succeed');
    expect([...posted].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    await user.click(within(dialog).getByRole('button', { name: 'Retry the failed ones' }));
    expect(await findOutcome(dialog, 'Done: logged off for 8 of 8.')).toBeVisible();
    expect(posted.slice(8).sort((a, b) => a - b)).toEqual([2, 4, 6, 8]);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(outcomeOf(dialog, n)).toBe('Done');
    expect(within(dialog).queryByText(/did not succeed/)).not.toBeInTheDocument();
    expect(
      within(dialog).queryByRole('button', { name: 'Retry the failed ones' }),
    ).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await within(toolbar).findByText('0 selected')).toBeVisible();
    expect(await screen.findByText('No sessions match this search.')).toBeVisible();
  });

  it('stops when a failure would meet every session, and counts the rest as not attempted', async () => {
    simulateSite(8);
    const posted: string[] = [];
    server.use(
      http.post(logoffUrl, ({ request }) => {
        posted.push(request.url);
        if (!request.url.includes(sessionFixture(1).Id)) return undefined;
        return HttpResponse.json(
          { error: { code: 'forbidden', message: 'Your role, viewer, cannot log off sessions.' } },
          { status: 403 },
        );
      }),
    );
    const { user, toolbar, dialog } = await logOffAllEight();
    expect(
      await findOutcome(dialog, '8 selected: 3 done, 1 failed, 4 not attempted.'),
    ).toBeVisible();
    expect(within(dialog).getByText('1 did not succeed, 4 not attempted')).toBeVisible();
    expect(outcomeOf(dialog, 1)).toMatch(/^Failed: Not allowed for your role\./);
    for (const n of [5, 6, 7, 8]) {
      expect(outcomeOf(dialog, n)).toBe(
        'Not attempted: the run stopped at “Not allowed for your role”, which every session would meet.',
      );
    }
    expect(posted).toHaveLength(4); // the three already under way, and the refused one

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await within(toolbar).findByText('5 selected')).toBeVisible();
  });

  it('stops when asked: the ones already sent finish, the rest are not attempted', async () => {
    let release = () => {};
    simulateSite(8, { jobsHeldUntil: new Promise<void>((resolve) => (release = resolve)) });
    const { user, toolbar, dialog } = await logOffAllEight();
    // Four are sent at a time: stop while their jobs are still running, then let them end.
    await waitFor(() => expect(within(dialog).getAllByText('Working…')).toHaveLength(4));
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    release();
    expect(
      await findOutcome(dialog, '8 selected: 4 done, 0 failed, 4 not attempted.'),
    ).toBeVisible();
    for (const n of [5, 6, 7, 8]) {
      expect(outcomeOf(dialog, n)).toBe('Not attempted: the run was stopped before it.');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await within(toolbar).findByText('4 selected')).toBeVisible();
  });
});
