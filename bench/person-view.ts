/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** Who the person view is opened for, and what its first content must show. */
export interface BenchPerson {
  /** The bare account name, as a ticket gives it: `/users/aisha.chen12`. */
  user: string;
  displayName: string;
  /** Their sessions now: the sessions table shows one row each. */
  sessions: number;
}

/**
 * Opens one person's page cold: a new document, so React Query's cache is empty, while the
 * browser's HTTP cache holds the scripts, as for an agent who has used the console before.
 * First content is the first animation frame, counted from navigation start, in which the page's
 * h1 reads the person's display name and their sessions table holds a row for each of their
 * sessions. Each session's applications, the machine cards and the history may still be reading.
 */
export async function personFirstContent(page: Page, consoleUrl: string, person: BenchPerson) {
  await page.goto('about:blank');
  await page.goto(`${consoleUrl}/users/${encodeURIComponent(person.user)}`);
  const handle = await page.waitForFunction(
    ({ displayName, sessions }) => {
      const heading = document.querySelector('h1')?.textContent;
      const rows = document.querySelectorAll(
        'table[aria-label="Their sessions"] tbody tr:not([aria-hidden])',
      );
      return heading === displayName && rows.length === sessions && performance.now();
    },
    person,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}
