import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
  filteringSearchHandler,
  lookalikeSessions,
  sessionFixture,
} from '../../../testing/session-fixtures.ts';

/** The same bare name in a second domain: a ticket naming `aisha.chen` then means two people. */
const otherDomainAisha = sessionFixture(31, {
  User: {
    DisplayName: 'Aisha Chen (Lab)',
    Name: 'LAB\\aisha.chen',
    PrincipalName: 'aisha.chen@lab.contoso.com',
    Sid: 'S-1-5-21-9-9-9-1131',
  },
});

function setup(route: string, extra: ReturnType<typeof sessionFixture>[] = []) {
  server.use(
    catalogListHandler,
    filteringSearchHandler([sessionFixture(1), ...lookalikeSessions, ...extra], []),
  );
  return render(undefined, { route });
}

describe('a ticket link to one user', () => {
  it('lands on that person when the link names exactly one user, replacing the link in history', async () => {
    const { router } = setup('/sessions?user=aisha.chen');
    // The person page's code loads on first visit: slow in a cold test run, hence the wait.
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/aisha.chen'), {
      timeout: 20_000,
    });
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('stays on the sessions list, exactly matched, when the name is in two domains', async () => {
    const { router } = setup('/sessions?user=aisha.chen', [otherDomainAisha]);
    const table = await screen.findByRole('table', { name: 'Sessions' });
    await within(table).findByRole('link', { name: 'Aisha Chen (Lab)' });
    expect(within(table).getByRole('link', { name: 'Aisha Chen' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sessions');
  });

  it('stays on the list when the link also narrows the sessions, as a filtered view', async () => {
    const { router } = setup('/sessions?user=aisha.chen&state=Active');
    const table = await screen.findByRole('table', { name: 'Sessions' });
    await within(table).findByRole('link', { name: 'Aisha Chen' });
    expect(router.state.location.pathname).toBe('/sessions');
  });

  it('does not leave the list when the user is typed into the page, only when a link opens it', async () => {
    const { router } = setup('/sessions');
    await screen.findByRole('table', { name: 'Sessions' });
    await router.navigate('/sessions?user=aisha.chen');
    const table = await screen.findByRole('table', { name: 'Sessions' });
    await within(table).findByRole('link', { name: 'Aisha Chen' });
    expect(router.state.location.pathname).toBe('/sessions');
  });
});
