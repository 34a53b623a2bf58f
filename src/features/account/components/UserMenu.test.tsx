import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { meAs } from '../../../testing/handlers.ts';
import { restoreLocation, spyOnPageNavigation } from '../../../testing/location.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';

afterEach(restoreLocation);

/** Opens the header's account menu and returns its panel. */
async function openAccount(name: string) {
  const view = render(undefined, { route: '/settings' });
  // The account button is its own chunk, loaded after the shell: the first load can be slow.
  const button = await screen.findByRole('button', { name }, { timeout: 5000 });
  await view.user.click(button);
  return { ...view, button, panel: await screen.findByRole('dialog') };
}

describe('the account menu', () => {
  it('shows who is signed in and their role, and their email and what the role allows', async () => {
    server.use(meAs('helpdesk'));
    const { button, panel } = await openAccount('Account: Harper Helpdesk, helpdesk');

    expect(within(screen.getByRole('banner')).getByRole('button', { name: /^Account/ })).toBe(
      button,
    );
    expect(within(button).getByText('Harper Helpdesk')).toBeVisible();
    expect(within(button).getByText('helpdesk')).toBeVisible();
    expect(within(panel).getByText('helpdesk@example.com')).toBeVisible();
    expect(within(panel).getByText(/Image rollouts need the admin role/)).toBeVisible();
  });

  it('signs out on the server, then goes where the server says', async () => {
    const navigate = spyOnPageNavigation('/settings');
    let signOuts = 0;
    server.use(
      http.post('/auth/logout', () => {
        signOuts += 1;
        return HttpResponse.json({ redirectTo: '/auth/signed-out' });
      }),
    );
    const { panel, user } = await openAccount('Account: Avery Admin, admin');
    expect(within(panel).getByText('admin@example.com')).toBeVisible();

    await user.click(within(panel).getByRole('button', { name: 'Sign out' }));

    await expect.poll(() => navigate.mock.calls).toEqual([['/auth/signed-out']]);
    expect(signOuts).toBe(1);
  });

  it('says in words when signing out failed, and stays', async () => {
    const navigate = spyOnPageNavigation('/settings');
    server.use(http.post('/auth/logout', () => new HttpResponse(null, { status: 503 })));
    const { panel, user } = await openAccount('Account: Avery Admin, admin');

    await user.click(within(panel).getByRole('button', { name: 'Sign out' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Could not sign out: Service unavailable.',
    );
    expect(navigate).not.toHaveBeenCalled();
  });

  it('warns that nobody signs in when the server runs without sign-in, and offers no Sign out', async () => {
    server.use(meAs('admin', { authMode: 'none', idleExpiresAt: null, absoluteExpiresAt: null }));
    const { button, panel } = await openAccount('No sign-in: local use only');

    expect(within(button).getByText('No sign-in: local use only')).toBeVisible();
    expect(within(panel).getByText(/Use it only on your own machine/)).toBeVisible();
    expect(within(panel).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });
});
