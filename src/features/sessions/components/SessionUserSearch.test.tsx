import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
  filteringSearchHandler,
  lookalikeSessions,
  sessionFixture,
  type RecordedSearch,
} from '../../../testing/session-fixtures.ts';

/**
 * Opens the list, then `route` from within the console: a ticket link opened from outside lands on
 * the person's page instead (SessionTicketLink.test.tsx); the list's exact match is tested here.
 */
async function setup(route: string) {
  const recorded: RecordedSearch[] = [];
  const sessions = [sessionFixture(1), ...lookalikeSessions];
  server.use(catalogListHandler, filteringSearchHandler(sessions, recorded));
  const rendered = render(undefined, { route: '/sessions' });
  if (route !== '/sessions') await rendered.router.navigate(route);
  return { recorded, ...rendered };
}

const table = () => screen.findByRole('table', { name: 'Sessions' });
const userLinks = async () =>
  within(await table())
    .queryAllByRole('link', { name: /^Aisha Chen/ })
    .map((link) => link.textContent);

describe('sessions page: a user= link is one person, exactly', () => {
  it.each(['aisha.chen', 'CONTOSO\\aisha.chen', 'aisha.chen@corp.contoso.com', 'AISHA.CHEN'])(
    'opens user=%s as that user only, not aisha.chen2 or aisha.chen3',
    async (value) => {
      await setup(`/sessions?user=${encodeURIComponent(value)}`);
      // The list opened first (all three) may still show while the exact search is read.
      await waitFor(async () => expect(await userLinks()).toEqual(['Aisha Chen']));
      const box = screen.getByRole('textbox', { name: 'User' });
      expect(box).toHaveValue(value);
      expect(box).toHaveAccessibleDescription(/exact match/i);
    },
  );

  it('keeps a visible search that also finds names that start alike', async () => {
    const { user } = await setup('/sessions');
    const box = await screen.findByRole('textbox', { name: 'Search sessions' });
    expect(box).toHaveAccessibleDescription(/contain/i);
    await user.type(box, 'aisha.chen');
    await waitFor(async () =>
      expect(await userLinks()).toEqual(['Aisha Chen', 'Aisha Chen (2)', 'Aisha Chen (3)']),
    );
  });

  it('turns the exact user into that search on request', async () => {
    const { user, router } = await setup('/sessions?user=aisha.chen');
    await within(await table()).findByRole('link', { name: 'Aisha Chen' });
    await user.click(await screen.findByRole('button', { name: 'Search similar names' }));
    await waitFor(async () => expect(await userLinks()).toHaveLength(3));
    const params = new URLSearchParams(router.state.location.search);
    expect([params.get('q'), params.get('user')]).toEqual(['aisha.chen', null]);
    expect(screen.getByRole('textbox', { name: 'Search sessions' })).toHaveValue('aisha.chen');
    expect(screen.queryByRole('textbox', { name: 'User' })).toBeNull();
  });
});
