import { screen } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meAs } from '../../testing/handlers.ts';
import { server } from '../../testing/msw-server.ts';
import { render } from '../../testing/render.tsx';

describe('a link to a new rollout', () => {
  it.each([
    ['/rollouts/new?catalog=cat-1', 'Back to the catalog', '/catalogs/cat-1'],
    ['/rollouts/new?image=img-9', 'Back to the image', '/images/citrix/img-9'],
    ['/rollouts/new', 'Back to the catalogs', '/catalogs'],
  ])(
    'explains to the help desk that rollouts need the admin role (%s), with the way back',
    async (route, back, href) => {
      server.use(meAs('helpdesk'));
      render(undefined, { route });

      expect(
        await screen.findByText('Image rollouts need the admin role. Your role is helpdesk.'),
      ).toBeVisible();
      expect(screen.getByRole('heading', { level: 1, name: 'Roll out a new image' })).toBeVisible();
      expect(screen.getByRole('link', { name: back })).toHaveAttribute('href', href);
      expect(screen.queryByText(/Update a catalog's master image/)).not.toBeInTheDocument();
    },
  );

  it('opens the wizard for an admin', async () => {
    render(undefined, { route: '/rollouts/new?catalog=cat-1' });

    expect(await screen.findByText(/Update a catalog's master image/)).toBeVisible();
    expect(screen.queryByText(/Image rollouts need the admin role/)).not.toBeInTheDocument();
  });

  it('keeps the heading and description the page was painted with while the role is read', async () => {
    // The page's HTML paints both (static shells); the role check must not take the words away.
    server.use(http.get('/api/me', () => delay('infinite')));
    render(undefined, { route: '/rollouts/new?catalog=cat-1' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Roll out a new image' }),
    ).toBeVisible();
    expect(screen.getByText(/Update a catalog's master image/)).toBeVisible();
  });
});
