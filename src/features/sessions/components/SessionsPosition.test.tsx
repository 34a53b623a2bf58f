import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
  expiredTokenHandler,
  sessionFixture,
  sessionSearchHandler,
  type RecordedSearch,
} from '../../../testing/session-fixtures.ts';

const fourPages = [1, 3, 5, 7].map((n) => [sessionFixture(n), sessionFixture(n + 1)]);

/** Opens /sessions and turns to page 3 (User Number 5 and 6). */
async function onPageThree(recorded: RecordedSearch[] = []) {
  server.use(catalogListHandler, sessionSearchHandler(fourPages, recorded));
  const rendered = render(undefined, { route: '/sessions?state=Active' });
  await screen.findByRole('link', { name: 'User Number 1' });
  for (const user of ['User Number 3', 'User Number 5']) {
    await rendered.user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('link', { name: user });
  }
  return rendered;
}

describe('sessions page: the page position lives in the history entry', () => {
  it('reopens page 3 after a reload of the same history entry, with no token in the address', async () => {
    const { router, unmount } = await onPageThree();
    const entry = router.state.location;
    expect(entry.search).toBe('?state=Active');
    unmount();

    // A reload: the browser keeps the entry (its address and its state) and the app starts afresh.
    const recorded: RecordedSearch[] = [];
    server.use(sessionSearchHandler(fourPages, recorded));
    render(undefined, { route: entry });
    expect(await screen.findByRole('link', { name: 'User Number 5' })).toBeVisible();
    expect(screen.getByText(/^Page 3/)).toBeVisible();
    expect(recorded.map((r) => r.continuationToken)).toEqual(['page-2']);
  });

  it('comes Back to page 3 from another page, and Forward and Back again', async () => {
    const { router } = await onPageThree();
    await act(() => router.navigate('/audit'));
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('link', { name: 'User Number 5' })).toBeVisible();
    expect(screen.getByText(/^Page 3/)).toBeVisible();

    await act(() => router.navigate(1));
    // The router shows the next address once its page is drawn (a transition).
    await waitFor(() => expect(router.state.location.pathname).toBe('/audit'));
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('link', { name: 'User Number 5' })).toBeVisible();
    expect(router.state.location.search).toBe('?state=Active');
  });

  it('keeps page 3 under an opened session and after Back from it', async () => {
    const { router, user } = await onPageThree();
    // The drawer's own reads are beside the point here: the session has just ended.
    server.use(
      http.get(
        /\/api\/cvad\/manage\/Sessions\/[^$]/,
        () => new HttpResponse(null, { status: 404 }),
      ),
    );
    await user.click(screen.getByRole('link', { name: 'User Number 5' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/sessions\/0+/));
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/sessions');
    expect(await screen.findByRole('link', { name: 'User Number 5' })).toBeVisible();
    expect(screen.getByText(/^Page 3/)).toBeVisible();
  });

  it('says the place has expired when the restored token is refused, and offers page 1', async () => {
    const { router, unmount } = await onPageThree();
    const entry = router.state.location;
    unmount();

    server.use(expiredTokenHandler);
    const { user } = render(undefined, { route: entry });
    const notice = await screen.findByRole('alert', { name: /place in the list has expired/ });
    expect(notice).toHaveTextContent(/page 3 can no longer be reached/);
    expect(notice).toHaveTextContent(/token has expired/);
    expect(screen.queryByRole('table', { name: 'Sessions' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start again from page 1' }));
    expect(await screen.findByRole('link', { name: 'User Number 1' })).toBeVisible();
    expect(screen.getByText(/^Page 1/)).toBeVisible();
    expect(screen.queryByRole('alert', { name: /has expired/ })).not.toBeInTheDocument();
  });
});
