import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screenMatching } from '../../../testing/media.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
  sessionFixture,
  sessionSearchHandler,
} from '../../../testing/session-fixtures.ts';
import { drawerCoversScreenQuery } from '../list-behind-drawer.ts';

/** A screen as narrow as a phone's, where a session's drawer covers it edge to edge. */
const onAPhone = () => screenMatching(drawerCoversScreenQuery);

const sessions = [sessionFixture(1), sessionFixture(2), sessionFixture(3)];

function siteWithSessions() {
  server.use(
    catalogListHandler,
    sessionSearchHandler([sessions], []),
    http.get('*/api/cvad/manage/Sessions/:id', ({ params }) =>
      HttpResponse.json(sessions.find((s) => s.Id === params.id)),
    ),
  );
}

/** The list's rows, drawn or not, whatever the open drawer hides from assistive technology. */
const listRows = () =>
  screen
    .queryAllByRole('link', { name: /^User Number \d$/, hidden: true })
    .filter((link) => link.closest('table'));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a session opened from a link on a phone', () => {
  it('draws the list behind its drawer only when the drawer closes', async () => {
    onAPhone();
    siteWithSessions();
    const { user } = render(undefined, { route: `/sessions/${sessions[1]!.Id}` });

    const drawer = await screen.findByRole('dialog', { name: 'Session of User Number 2' });
    await within(drawer).findByRole('region', { name: 'User' });
    // The list's answer is in (the pager counts it), but nobody can see rows under the drawer.
    expect(await screen.findByText(/3 sessions/, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(listRows()).toEqual([]);

    await user.click(within(drawer).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(listRows()).toHaveLength(3));
    expect(screen.getByRole('table', { name: 'Sessions' })).toBeVisible();
  });

  it('is as wide as the screens on which the list waits for it to close', async () => {
    siteWithSessions();
    render(undefined, { route: `/sessions/${sessions[1]!.Id}` });
    const drawer = await screen.findByRole('dialog', { name: 'Session of User Number 2' });
    const width = /max-width: ([\d.]+)em/.exec(drawerCoversScreenQuery)![1];
    expect(drawer.closest('[style*="--drawer-size"]')).toHaveStyle({
      '--drawer-size': `calc(${width}rem * var(--mantine-scale))`,
    });
  });

  it('keeps the list drawn when a session opens from it', async () => {
    onAPhone();
    siteWithSessions();
    const { user } = render(undefined, { route: '/sessions' });

    await user.click(await screen.findByRole('link', { name: 'User Number 3' }));
    await screen.findByRole('dialog', { name: 'Session of User Number 3' });
    expect(listRows()).toHaveLength(3);
  });

  it('draws the list at once on a screen wider than the drawer', async () => {
    siteWithSessions();
    render(undefined, { route: `/sessions/${sessions[0]!.Id}` });

    await screen.findByRole('dialog', { name: 'Session of User Number 1' });
    await waitFor(() => expect(listRows()).toHaveLength(3));
  });
});
