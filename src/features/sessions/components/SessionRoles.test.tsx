import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { meAs } from '../../../testing/handlers.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
  sessionFixture,
  sessionSearchHandler,
} from '../../../testing/session-fixtures.ts';

const session = sessionFixture(2);
const viewerReason = 'Your role, viewer, cannot log off, disconnect or message sessions.';

function serveSession() {
  server.use(
    catalogListHandler,
    http.get('*/api/cvad/manage/Sessions/:id', () => HttpResponse.json(session)),
  );
}

/** Opens the sessions page and selects User Number 2's session; returns the actions toolbar. */
async function selectSession() {
  server.use(catalogListHandler, sessionSearchHandler([[sessionFixture(1), session]], []));
  const view = render(undefined, { route: '/sessions' });
  const table = await screen.findByRole('table', { name: 'Sessions' });
  await view.user.click(await within(table).findByRole('checkbox', { name: /User Number 2 on/ }));
  const toolbar = screen.getByRole('toolbar', { name: 'Actions on selected sessions' });
  return { ...view, toolbar };
}

describe('session actions by role', { timeout: 15_000 }, () => {
  it('shows a viewer the actions as unavailable, saying why, and opens nothing', async () => {
    server.use(meAs('viewer'));
    const { user, toolbar } = await selectSession();

    for (const name of ['Log off', 'Disconnect', 'Send message']) {
      const button = await within(toolbar).findByRole('button', { name });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(viewerReason);
    }
    await user.click(within(toolbar).getByRole('button', { name: 'Log off' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets the help desk act on the selected sessions', async () => {
    server.use(meAs('helpdesk'));
    const { user, toolbar } = await selectSession();

    const logOff = await within(toolbar).findByRole('button', { name: 'Log off' });
    expect(logOff).not.toHaveAttribute('aria-disabled');
    await user.click(logOff);
    expect(await screen.findByRole('dialog', { name: 'Log off: 1 session' })).toBeVisible();
  });

  it('gives a viewer the session’s details and history, without its actions', async () => {
    server.use(meAs('viewer'));
    serveSession();
    render(undefined, { route: `/sessions/${session.Id}` });
    const drawer = await screen.findByRole('dialog', { name: 'Session of User Number 2' });
    const actions = await within(drawer).findByRole('toolbar', { name: 'Session actions' });

    const disconnect = await within(actions).findByRole('button', { name: 'Disconnect' });
    expect(disconnect).toHaveAttribute('aria-disabled', 'true');
    expect(disconnect).toHaveAccessibleDescription(viewerReason);
    expect(within(actions).getByRole('link', { name: 'History' })).toHaveAttribute(
      'href',
      `/audit?target=${session.Id}`,
    );
  });
});
