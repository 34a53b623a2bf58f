import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
  searchUrl,
  sessionFixture,
  sessionSearchHandler,
  type RecordedSearch,
} from '../../../testing/session-fixtures.ts';

// jsdom has no object URLs and does not download: keep the file the button hands to the browser.
let downloaded: { blob: Blob; name: string } | null = null;
beforeEach(() => {
  downloaded = null;
  let blob: Blob | null = null;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return 'blob:export';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (blob) downloaded = { blob, name: this.download };
  });
});
afterEach(() => vi.restoreAllMocks());

async function exportedFile() {
  const { user } = render(undefined, { route: '/sessions' });
  await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
  expect(await screen.findByText('Export finished.')).toBeVisible();
  expect(downloaded?.name).toMatch(/^sessions-.*\.csv$/);
  return downloaded!.blob.text();
}

describe('sessions export', () => {
  it('keeps every cell a spreadsheet would run as a formula as text, tab and return included', async () => {
    const hostile = sessionFixture(1, {
      User: {
        Name: '=cmd|"/c calc"!A1',
        DisplayName: '\t=HYPERLINK("https://evil.example")',
        PrincipalName: '@SUM(1+1)',
      },
      Client: { Name: '\r=1+2', IPAddress: '-10.1.0.1' },
      Connection: { Protocol: '+Hdx' },
    });
    const recorded: RecordedSearch[] = [];
    server.use(
      catalogListHandler,
      sessionSearchHandler([[hostile], [sessionFixture(2)]], recorded),
    );

    const lines = (await exportedFile()).split('\r\n');

    expect(lines[0]).toBe(
      'Session ID,User,Display name,UPN,State,Session type,Machine,Delivery group,Catalog,' +
        'Client name,Client address,Protocol,Started (UTC),State changed (UTC)',
    );
    expect(lines[1]).toBe(
      '00000000-0000-4000-8000-000000000001,' +
        `"'=cmd|""/c calc""!A1",` +
        `"'\t=HYPERLINK(""https://evil.example"")",` +
        `"'@SUM(1+1)",` +
        'Active,Desktop,CONTOSO\\FS-VD-0001,Finance Dedicated,Finance Dedicated,' +
        `"'\r=1+2","'-10.1.0.1","'+Hdx",` +
        '2026-11-20T09:30:00Z,2026-11-20T10:00:00Z',
    );
    // The second page, found by its continuation token, follows unchanged.
    expect(lines[2]).toMatch(/^00000000-0000-4000-8000-000000000002,CONTOSO\\user2,User Number 2,/);
    expect(recorded.filter((search) => search.limit === '1000')).toHaveLength(2);
  });
});

const threePages = [
  [sessionFixture(1), sessionFixture(2)],
  [sessionFixture(3), sessionFixture(4)],
  [sessionFixture(5)],
];

/**
 * The third page (token `page-2`) is refused with a 503 while `failing()` says so. Retry-After: 0
 * lets the retries run at once, as the server asked.
 */
function thirdPageFails(failing: () => boolean) {
  let failures = 0;
  const handler = http.post(searchUrl, ({ request }) => {
    if (new URL(request.url).searchParams.get('continuationToken') !== 'page-2') return;
    if (!failing()) return;
    failures++;
    return HttpResponse.json(
      { detail: 'The service is busy.' },
      { status: 503, headers: { 'Retry-After': '0' } },
    );
  });
  return { handler, failures: () => failures };
}

/** The session IDs a CSV lists, below its header. */
const idsIn = (csv: string) =>
  csv
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((row) => row.split(',')[0]);
const allIds = threePages.flat().map((session) => session.Id);

describe('sessions export under faults', () => {
  it('reads a failing page again, as reads are retried, and finishes the export', async () => {
    let calls = 0;
    const third = thirdPageFails(() => ++calls <= 2);
    const recorded: RecordedSearch[] = [];
    server.use(catalogListHandler, third.handler, sessionSearchHandler(threePages, recorded));

    expect(idsIn(await exportedFile())).toEqual(allIds);
    expect(third.failures()).toBe(2);
    expect(screen.queryByText(/failed|stopped/i)).not.toBeInTheDocument();
  });

  it('offers the rows fetched so far, named as partial, and resumes from the failed page', async () => {
    let failing = true;
    const third = thirdPageFails(() => failing);
    const recorded: RecordedSearch[] = [];
    server.use(catalogListHandler, third.handler, sessionSearchHandler(threePages, recorded));
    const { user } = render(undefined, { route: '/sessions' });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

    const stopped = await screen.findByRole('alert', { name: 'Export stopped at 4 of 5 sessions' });
    expect(stopped).toHaveTextContent(/The service is busy/);
    expect(third.failures()).toBe(4);
    await user.click(screen.getByRole('button', { name: 'Download the 4 rows fetched so far' }));
    expect(downloaded?.name).toMatch(/^sessions-partial-4-of-5-\d{4}-\d\d-\d\dT\d{6}\.csv$/);
    expect(idsIn(await downloaded!.blob.text())).toEqual(allIds.slice(0, 4));

    failing = false;
    const tokensBefore = recorded.length;
    await user.click(screen.getByRole('button', { name: 'Resume export' }));
    expect(await screen.findByText('Export finished.')).toBeVisible();
    // Only the page that failed is read again; the rows already fetched are not.
    expect(recorded.slice(tokensBefore).map((r) => r.continuationToken)).toEqual(['page-2']);
    expect(downloaded?.name).toMatch(/^sessions-\d{4}-\d\d-\d\dT\d{6}\.csv$/);
    expect(idsIn(await downloaded!.blob.text())).toEqual(allIds);
    expect(screen.queryByRole('alert', { name: /Export stopped/ })).not.toBeInTheDocument();
  });

  it('stops at a page holding a session it cannot read, keeping the rows before it', async () => {
    const unreadable = http.post(searchUrl, ({ request }) => {
      if (new URL(request.url).searchParams.get('continuationToken') !== 'page-2') return;
      // A session with no usable Id: the whole page is refused, not half of it written.
      return HttpResponse.json({ Items: [{ ...sessionFixture(5), Id: 42 }], TotalItems: 5 });
    });
    server.use(catalogListHandler, unreadable, sessionSearchHandler(threePages, []));
    const { user } = render(undefined, { route: '/sessions' });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));

    expect(
      await screen.findByRole('alert', { name: 'Export stopped at 4 of 5 sessions' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Download the 4 rows fetched so far' }));
    expect(idsIn(await downloaded!.blob.text())).toEqual(allIds.slice(0, 4));
  });
});
