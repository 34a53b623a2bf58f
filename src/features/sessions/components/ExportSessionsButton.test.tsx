import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
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
