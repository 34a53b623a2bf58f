import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import {
  catalogListHandler,
  sessionFixture,
  sessionSearchHandler,
} from '../../../testing/session-fixtures.ts';

describe('session details', () => {
  it('reads a value sent as "" like one sent as null, falling back to what else is known', async () => {
    const session = sessionFixture(3, {
      UntrustedUserName: 'HTLABS04\\DevUser1',
      User: { DisplayName: '', Name: '', PrincipalName: '', Sid: null },
      Connection: {
        Protocol: 'Hdx',
        ConnectionMode: 'Brokered',
        ConnectedViaHostName: '',
        ConnectedViaIP: '10.107.1.34',
        LaunchedViaHostName: '',
        LaunchedViaIP: '20.62.252.155',
        SmartAccessTags: [],
      },
    });
    server.use(
      catalogListHandler,
      sessionSearchHandler([[session]], []),
      http.get('*/api/cvad/manage/Sessions/:id', () => HttpResponse.json(session)),
    );
    render(undefined, { route: `/sessions/${session.Id}` });

    const drawer = await screen.findByRole('dialog', { name: 'Session of HTLABS04\\DevUser1' });
    const user = await within(drawer).findByRole('region', { name: 'User' });
    expect(user).toHaveTextContent('AccountHTLABS04\\DevUser1');
    expect(user).toHaveTextContent('UPN—');
    const connection = await within(drawer).findByRole('region', { name: 'Connection' });
    expect(connection).toHaveTextContent('Connected via10.107.1.34');
    expect(connection).toHaveTextContent('Launched via20.62.252.155');
  });

  it('says a session that is not in the site was not found, with the way back, like a missing catalog', async () => {
    server.use(
      catalogListHandler,
      sessionSearchHandler([[sessionFixture(1)]], []),
      http.get('*/api/cvad/manage/Sessions/:id', () =>
        HttpResponse.json({ ErrorMessage: 'Session was not found' }, { status: 404 }),
      ),
    );
    render(undefined, { route: '/sessions/no-such-session' });

    const drawer = await screen.findByRole('dialog', { name: 'Session not found' });
    expect(within(drawer).getByText(/There is no session with ID no-such-session/)).toBeVisible();
    expect(within(drawer).getByRole('link', { name: 'Back to the sessions' })).toHaveAttribute(
      'href',
      '/sessions',
    );
  });

  it('shows the codes the API sends in words, with the code itself on hover for a ticket', async () => {
    const session = sessionFixture(5, {
      Connection: { Protocol: 'Hdx', ConnectionMode: 'LeasedConnection', SmartAccessTags: [] },
      Machine: {
        Name: 'CONTOSO\\FS-VD-0005',
        SessionSupport: 'SingleSession',
        RegistrationState: 'Registered',
      },
    });
    server.use(
      catalogListHandler,
      sessionSearchHandler([[session]], []),
      http.get('*/api/cvad/manage/Sessions/:id', () => HttpResponse.json(session)),
    );
    render(undefined, { route: `/sessions/${session.Id}` });

    const drawer = await screen.findByRole('dialog', { name: 'Session of User Number 5' });
    const connection = await within(drawer).findByRole('region', { name: 'Connection' });
    expect(within(connection).getByRole('row', { name: /^Protocol/ })).toHaveTextContent(
      'ProtocolHDX',
    );
    expect(within(connection).getByTitle('Code: Hdx')).toHaveTextContent('HDX');
    expect(within(connection).getByTitle('Code: LeasedConnection')).toHaveTextContent(
      /Leased connection/,
    );
    const machine = within(drawer).getByRole('region', { name: 'Machine' });
    expect(within(machine).getByTitle('Code: SingleSession')).toHaveTextContent('Single-session');
    expect(within(machine).getByTitle('Code: Registered')).toHaveTextContent(/^Registered/);
    expect(drawer).not.toHaveTextContent(/\bHdx\b|SingleSession|LeasedConnection/);
  });
});
