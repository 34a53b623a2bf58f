import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { auditRecord, serveAudit } from '../../../testing/audit-fixtures.ts';
import { meAs, people } from '../../../testing/handlers.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';

const lastQuery = (queries: URLSearchParams[]) => Object.fromEntries(queries.at(-1) ?? []);

describe('the audit trail', { timeout: 15_000 }, () => {
  it('asks the server for exactly the filters and page the address names', async () => {
    const { handler, queries } = serveAudit([auditRecord(1)]);
    server.use(handler);
    render(undefined, {
      route:
        '/audit?actor=jdoe&operation=sessions.logoff&target=cat-1&outcome=refused' +
        '&from=2026-11-01T00:00:00.000Z&to=2026-11-24T00:00:00.000Z&page=1&pageSize=25',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Audit trail' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(queries).toHaveLength(1));
    expect(lastQuery(queries)).toEqual({
      actor: 'jdoe',
      operation: 'sessions.logoff',
      target: 'cat-1',
      outcome: 'refused',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-24T00:00:00.000Z',
      page: '1',
      pageSize: '25',
    });
    expect(screen.getByRole('textbox', { name: 'Person' })).toHaveValue('jdoe');
    expect(screen.getByRole('combobox', { name: 'Operation' })).toHaveValue('Log off a session');
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('Refused');
  });

  it('puts a changed filter in the address and asks again from the first page', async () => {
    const records = Array.from({ length: 55 }, (_, i) => auditRecord(i + 1));
    const { handler, queries } = serveAudit(records);
    server.use(handler);
    const { user, router } = render(undefined, { route: '/audit?page=3&pageSize=25' });
    expect(await screen.findByText('Showing 51–55 of 55')).toBeVisible();

    await user.click(screen.getByRole('combobox', { name: 'Outcome' }));
    await user.click(await screen.findByRole('option', { name: 'Failed' }));
    await user.type(screen.getByRole('textbox', { name: 'Person' }), 'avery{Enter}');

    await waitFor(() =>
      expect(router.state.location.search).toBe('?actor=avery&outcome=failed&pageSize=25'),
    );
    await waitFor(() =>
      expect(lastQuery(queries)).toEqual({
        actor: 'avery',
        outcome: 'failed',
        page: '1',
        pageSize: '25',
      }),
    );
  });

  it('pages on the server: “Showing 51–100 of 1,234”, and the next page', async () => {
    const records = Array.from({ length: 150 }, (_, i) => auditRecord(i + 1));
    const { handler, queries } = serveAudit(records, 1234);
    server.use(handler);
    const { user, router } = render(undefined, { route: '/audit?outcome=succeeded&page=2' });

    expect(await screen.findByText('Showing 51–100 of 1,234')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'Audit records' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(within(table).getByRole('link', { name: 'CONTOSO\\user51' })).toHaveAttribute(
      'href',
      '/sessions/session-51',
    );

    await user.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByText('Showing 101–150 of 1,234')).toBeVisible();
    expect(router.state.location.search).toBe('?outcome=succeeded&page=3');
    expect(lastQuery(queries)).toMatchObject({ outcome: 'succeeded', page: '3', pageSize: '50' });
  });

  it('says how each write ended in words, with its reason, status and rollout', async () => {
    server.use(
      serveAudit([
        auditRecord(1, {
          actor: people.helpdesk,
          operation: 'catalogs.updateImage',
          operationLabel: 'Roll out an image to a catalog',
          targets: [{ type: 'catalog', id: 'cat-1', name: 'Finance Dedicated' }],
          outcome: 'refused',
          reason: 'Your role, helpdesk, cannot start image rollouts.',
          httpStatus: 403,
        }),
        auditRecord(2, {
          actor: people.admin,
          operation: 'catalogs.updateImage',
          operationLabel: 'Roll out an image to a catalog',
          targets: [{ type: 'catalog', id: 'cat-2', name: null }],
          operationId: 'op-7',
          finalResult: 'succeeded',
        }),
        auditRecord(3, { outcome: 'failed', reason: 'Session was not found', httpStatus: 404 }),
        auditRecord(4, { outcome: 'pending', httpStatus: null }),
      ]).handler,
    );
    render(undefined, { route: '/audit' });
    const table = await screen.findByRole('table', { name: 'Audit records' });
    const [, refused, rollout, failed, pending] = within(table).getAllByRole('row');

    expect(refused).toHaveTextContent('Harper Helpdeskhelpdeskhelpdesk@example.com');
    expect(refused).toHaveTextContent('Roll out an image to a catalog');
    expect(within(refused!).getByRole('link', { name: 'Finance Dedicated' })).toHaveAttribute(
      'href',
      '/catalogs/cat-1',
    );
    expect(refused).toHaveTextContent(
      'RefusedYour role, helpdesk, cannot start image rollouts. · HTTP 403',
    );
    expect(within(rollout!).getByRole('link', { name: 'cat-2' })).toHaveAttribute(
      'href',
      '/catalogs/cat-2',
    );
    expect(rollout).toHaveTextContent('SucceededHTTP 202 · Final result: succeeded');
    expect(within(rollout!).getByRole('link', { name: 'Rollout progress' })).toHaveAttribute(
      'href',
      '/rollouts/op-7',
    );
    expect(failed).toHaveTextContent('FailedSession was not found · HTTP 404');
    expect(pending).toHaveTextContent('Pending');
    // Read-only: nothing in the trail can be changed from here.
    expect(within(table).queryAllByRole('button')).toEqual([]);
  });

  it('shows a machine restart’s first targets, and the rest of its people on request', async () => {
    const onIt = Array.from({ length: 12 }, (_, i) => ({
      type: 'user',
      id: `CONTOSO\\person${i + 1}`,
      name: `Person ${i + 1}`,
    }));
    server.use(
      serveAudit([
        auditRecord(1, {
          operation: 'machines.restart',
          operationLabel: 'Restart a machine',
          targets: [{ type: 'machine', id: 'machine-1', name: 'CONTOSO\\MS-0001' }, ...onIt],
        }),
      ]).handler,
    );
    const { user } = render(undefined, { route: '/audit' });
    const table = await screen.findByRole('table', { name: 'Audit records' });
    const targets = () => within(table).queryAllByText(/^CONTOSO\\MS-0001$|^Person \d+$/);
    await waitFor(() => expect(targets()).toHaveLength(4));
    const more = within(table).getByRole('button', { name: 'Show 9 more targets' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(targets()).toHaveLength(13);
    const fewer = within(table).getByRole('button', { name: 'Show fewer targets' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(targets()).toHaveLength(4);
  });

  it('exports the records the filters match, every page of them, as CSV', async () => {
    render(undefined, { route: '/audit?actor=jdoe&outcome=refused&page=4&pageSize=100' });

    const link = await screen.findByRole('link', { name: 'Export CSV' });
    expect(link).toHaveAttribute('href', '/api/audit/export.csv?actor=jdoe&outcome=refused');
    expect(link).toHaveAttribute('download');
  });

  it('says there is nothing yet, or nothing matching, in words', async () => {
    const { user } = render(undefined, { route: '/audit?outcome=failed' });

    expect(await screen.findByText(/No records match these filters/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText(/Nothing has been recorded yet/)).toBeVisible();
  });

  it('names an address value it cannot use, and leaves it out of the request', async () => {
    const { handler, queries } = serveAudit([]);
    server.use(handler);
    render(undefined, { route: '/audit?outcome=maybe&from=yesterday&pageSize=7' });

    expect(await screen.findByText(/invalid outcome ‘maybe’; showing every outcome/)).toBeVisible();
    expect(screen.getByText(/invalid start time .* ‘yesterday’/)).toBeVisible();
    await waitFor(() => expect(lastQuery(queries)).toEqual({ page: '1', pageSize: '50' }));
  });

  it('explains a failed load in words, and tries again', async () => {
    let failing = true;
    server.use(
      http.get('/api/audit', () =>
        failing
          ? HttpResponse.json(
              { error: { code: 'bad_request', message: 'The audit filters are not usable.' } },
              { status: 400 },
            )
          : HttpResponse.json({ items: [], page: 1, pageSize: 50, total: 0 }),
      ),
    );
    const { user } = render(undefined, { route: '/audit' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the audit trail');
    expect(alert).toHaveTextContent('The audit filters are not usable.');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Nothing has been recorded yet/)).toBeVisible();
  });

  it('is in the navigation for every role, viewers included', async () => {
    server.use(meAs('viewer'));
    const { user } = render(undefined, { route: '/sessions' });
    const navigation = await screen.findByRole('navigation', { name: 'Main' });

    await user.click(within(navigation).getByRole('link', { name: 'Audit' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Audit trail' }),
    ).toBeInTheDocument();
  });
});
