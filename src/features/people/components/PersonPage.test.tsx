import { act, screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '../../../lib/paths.ts';
import { createQueryClient } from '../../../lib/query-client.ts';
import { meAs } from '../../../testing/handlers.ts';
import { server } from '../../../testing/msw-server.ts';
import { serveAuditByTarget, simulatePersonSite } from '../../../testing/person-site.ts';
import { render } from '../../../testing/render.tsx';
import { sessionFixture } from '../../../testing/session-fixtures.ts';

const aishaPage = paths.user.href('CONTOSO\\aisha.chen');
const historyName = 'History of actions on their sessions and machines';

describe('the person view', { timeout: 15_000 }, () => {
  it('shows one person’s sessions with their applications, the machines they are on and the history of actions', async () => {
    server.use(meAs('helpdesk'));
    const site = simulatePersonSite();
    const audit = serveAuditByTarget();
    render(undefined, { route: aishaPage });

    expect(await screen.findByRole('heading', { level: 1, name: 'Aisha Chen' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Their sessions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // The look-alike `aisha.chenx` and the colleague on the same machine are not hers.
    expect(table).not.toHaveTextContent('FS-VD-0003');
    const link = within(rows[1]!).getByRole('link', {
      name: 'Application session on CONTOSO\\FS-VD-0002',
    });
    expect(link).toHaveAttribute('href', paths.sessionDetail.href(sessionFixture(2).Id));
    const apps = await within(rows[1]!).findByRole('list', { name: 'Applications' });
    expect(
      within(apps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Microsoft Excel', 'Microsoft Outlook']);
    expect(await within(rows[0]!).findByText('A full desktop')).toBeVisible();

    const machines = screen.getByRole('region', { name: 'Machines they are on' });
    expect(
      await within(machines).findByRole('table', { name: 'Machine CONTOSO\\FS-VD-0001' }),
    ).toBeVisible();
    expect(
      await within(machines).findByRole('table', { name: 'Machine CONTOSO\\FS-VD-0002' }),
    ).toBeVisible();
    expect(within(machines).queryByText('CONTOSO\\FS-VD-0003')).toBeNull();

    const history = screen.getByRole('region', { name: historyName });
    const records = await within(history).findByRole('table', { name: 'Audit records' });
    const recordRows = within(records).getAllByRole('row').slice(1);
    expect(recordRows.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual([
      'Restart a machine',
      'Hide a session',
      'Log off a session',
    ]);
    // The trail is read by her account, which also finds actions on sessions that have ended.
    expect(new Set(audit.targets)).toEqual(new Set(['contoso\\aisha.chen']));
    // Sessions and machines are both searched for exactly this account.
    expect(site.searches).toEqual([
      [{ Property: 'UserName', Operator: 'Equals', Value: 'CONTOSO\\aisha.chen' }],
      [{ Property: 'UserName', Operator: 'Equals', Value: 'CONTOSO\\aisha.chen' }],
    ]);
  });

  it('reads applications, machines and history once the sessions have painted, not before', async () => {
    simulatePersonSite();
    serveAuditByTarget();
    // Frames held back: nothing has painted until they run.
    const frames: FrameRequestCallback[] = [];
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const paths: string[] = [];
    const record = ({ request }: { request: Request }) => {
      paths.push(decodeURIComponent(new URL(request.url).pathname));
    };
    server.events.on('request:start', record);
    try {
      render(undefined, { route: aishaPage });
      const table = await screen.findByRole('table', { name: 'Their sessions' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // On a phone these reads shared the first paint's bandwidth and held it back.
      const details = paths.filter((path) =>
        /\/Applications$|\/Machines\/[^$]|\/api\/audit/.test(path),
      );
      expect(details).toEqual([]);

      frame.mockRestore();
      act(() => frames.splice(0).forEach((callback) => callback(performance.now())));
      const rows = within(table).getAllByRole('row').slice(1);
      expect(await within(rows[1]!).findByRole('list', { name: 'Applications' })).toBeVisible();
      const history = screen.getByRole('region', { name: historyName });
      expect(await within(history).findByRole('table', { name: 'Audit records' })).toBeVisible();
    } finally {
      server.events.removeListener('request:start', record);
      frame.mockRestore();
    }
  });

  it('draws the machines she is on from the search that found them, not read again one by one', async () => {
    simulatePersonSite();
    serveAuditByTarget();
    const machineReads: string[] = [];
    const record = ({ request }: { request: Request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname);
      if (request.method === 'GET' && /\/Machines\/[^$/]+$/.test(path)) machineReads.push(path);
    };
    server.events.on('request:start', record);
    try {
      // The app's own client: how fresh an answer stays is its setting, not the tests' default.
      render(undefined, { route: aishaPage, queryClient: createQueryClient() });
      const machines = await screen.findByRole('region', { name: 'Machines they are on' });
      for (const name of ['CONTOSO\\FS-VD-0001', 'CONTOSO\\FS-VD-0002']) {
        expect(within(machines).getByRole('table', { name: `Machine ${name}` })).toBeVisible();
      }
      // Past the first paint, when a machine's own read would start: the search's answer is
      // seconds old at most, as fresh as a read of each would be.
      const history = screen.getByRole('region', { name: historyName });
      expect(await within(history).findByRole('table', { name: 'Audit records' })).toBeVisible();
      expect(machineReads).toEqual([]);
    } finally {
      server.events.removeListener('request:start', record);
    }
  });

  it('shows the restart of a machine she was on when it was restarted, not the look-alike’s machine', async () => {
    simulatePersonSite();
    serveAuditByTarget();
    render(undefined, { route: aishaPage });
    const history = await screen.findByRole('region', { name: historyName });
    const records = await within(history).findByRole('table', { name: 'Audit records' });
    const restart = within(records)
      .getAllByRole('row')
      .find((row) => within(row).queryByText('Restart a machine'));
    expect(restart, 'the restart of CONTOSO\\FS-VD-0002 is in her history').toBeDefined();
    expect(restart).toHaveTextContent('CONTOSO\\FS-VD-0002');
    // The others it ended sessions of are named, each a way to their own view.
    expect(within(restart!).getByRole('link', { name: 'Omar Haddad' })).toHaveAttribute(
      'href',
      paths.user.href('CONTOSO\\omar.haddad'),
    );
    expect(within(records).queryByText('Maintenance of a look-alike’s machine')).toBeNull();
  });

  it('names the person asked for while their sessions are on the way', async () => {
    simulatePersonSite();
    server.use(http.post('/api/cvad/manage/Sessions/$search', () => delay('infinite')));
    render(undefined, { route: aishaPage });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'CONTOSO\\aisha.chen' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Loading')).toBeVisible();
  });

  it('matches a bare account name exactly, as the end of DOMAIN\\name', async () => {
    const site = simulatePersonSite();
    serveAuditByTarget();
    render(undefined, { route: paths.user.href('aisha.chen') });
    const table = await screen.findByRole('table', { name: 'Their sessions' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(site.searches[0]).toEqual([
      { Property: 'UserName', Operator: 'EndsWith', Value: '\\aisha.chen' },
    ]);
  });

  it('hides a stuck session after confirmation, then unhides it', async () => {
    server.use(meAs('helpdesk'));
    const site = simulatePersonSite();
    serveAuditByTarget();
    const { user } = render(undefined, { route: aishaPage });
    const name = 'the session on CONTOSO\\FS-VD-0002';
    await user.click(await screen.findByRole('button', { name: `Hide ${name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Hide ${name}` });
    expect(dialog).toHaveTextContent(/when it will not end/);
    await user.click(within(dialog).getByRole('button', { name: 'Hide' }));
    expect(await within(dialog).findByText('Done: the session is hidden.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const table = screen.getByRole('table', { name: 'Their sessions' });
    expect(await within(table).findByText('Hidden')).toBeVisible();

    await user.click(await screen.findByRole('button', { name: `Unhide ${name}` }));
    const again = await screen.findByRole('dialog', { name: `Unhide ${name}` });
    await user.click(within(again).getByRole('button', { name: 'Unhide' }));
    expect(await within(again).findByText('Done: the session is no longer hidden.')).toBeVisible();
    expect(site.calls).toEqual([`hide ${sessionFixture(2).Id}`, `unhide ${sessionFixture(2).Id}`]);
  });

  it('shows a viewer the hide action disabled, with the reason', async () => {
    server.use(meAs('viewer'));
    simulatePersonSite();
    serveAuditByTarget();
    render(undefined, { route: aishaPage });
    const hide = await screen.findByRole('button', {
      name: 'Hide the session on CONTOSO\\FS-VD-0001',
    });
    expect(hide).toHaveAttribute('aria-disabled', 'true');
    expect(hide).toHaveAccessibleDescription('Your role, viewer, cannot hide or unhide sessions.');
  });

  it('says so when the person has no sessions and no machines, with the way back', async () => {
    simulatePersonSite();
    serveAuditByTarget();
    render(undefined, { route: paths.user.href('CONTOSO\\nobody') });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No sessions for this person' }),
    ).toBeVisible();
    expect(
      screen.getByText(/There is no session or machine in use by CONTOSO\\nobody now/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the sessions' })).toHaveAttribute(
      'href',
      paths.sessions.href(),
    );
  });

  it('explains a failed lookup in words', async () => {
    simulatePersonSite();
    serveAuditByTarget();
    server.use(
      http.post(/\/api\/cvad\/manage\/Machines\/\$search/, () =>
        HttpResponse.json({ error: { code: 'forbidden', message: 'No.' } }, { status: 403 }),
      ),
    );
    render(undefined, { route: aishaPage });
    expect(await screen.findByText('Could not look up CONTOSO\\aisha.chen')).toBeVisible();
  });
});
