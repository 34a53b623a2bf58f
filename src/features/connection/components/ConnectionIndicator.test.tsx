import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../../../contracts/console-api.ts';
import { simulatorConnection } from '../../../testing/handlers.ts';
import { server } from '../../../testing/msw-server.ts';
import { render } from '../../../testing/render.tsx';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';

function serveConnection(status: ConnectionStatus) {
  server.use(http.get('/api/connection', () => HttpResponse.json(status)));
}

describe('ConnectionIndicator', () => {
  it('shows the simulator, the discovered customer and site, and the Rackspace region', async () => {
    render(<ConnectionIndicator />);

    const indicator = await screen.findByRole('button', { name: /Simulator/ });
    expect(indicator).toHaveTextContent('Contoso Health · Contoso Cloud Site');
    expect(indicator).toHaveTextContent('Rackspace Dallas (DFW)');
  });

  it('shows the cloud region, and IDs where Citrix has no names', async () => {
    serveConnection({
      ...simulatorConnection,
      mode: 'cloud',
      citrix: {
        state: 'connected',
        region: 'eu',
        customerId: 'acme01',
        customerName: null,
        siteId: 'site-42',
        siteName: null,
      },
    });
    const { user } = render(<ConnectionIndicator />);

    const indicator = await screen.findByRole('button', { name: /Cloud/ });
    expect(indicator).toHaveTextContent('acme01 · site-42');
    expect(indicator).not.toHaveTextContent(/\beu\b/);
    await user.click(indicator);
    const details = screen.getByRole('dialog');
    expect(await within(details).findByText(/region European Union/)).toBeInTheDocument();
  });

  it('shows an unconfigured provider as “Not configured”, not as a failure', async () => {
    serveConnection({ ...simulatorConnection, rackspace: { state: 'not-configured' } });
    const { user } = render(<ConnectionIndicator />);

    const indicator = await screen.findByRole('button', { name: /Rackspace not configured/ });
    await user.click(indicator);

    const details = screen.getByRole('dialog');
    // The details load when the popover first opens.
    expect(await within(details).findByText('Not configured')).toBeInTheDocument();
    expect(within(details).getByText('Connected')).toBeInTheDocument();
  });

  it('puts a provider’s problem into words', async () => {
    serveConnection({
      ...simulatorConnection,
      mode: 'cloud',
      citrix: {
        state: 'error',
        region: 'us',
        customerId: 'acme01',
        problem: { code: 'credentials_rejected', message: 'Citrix Cloud returned invalid_client.' },
      },
    });
    const { user } = render(<ConnectionIndicator />);

    const indicator = await screen.findByRole('button', {
      name: /Citrix: Cloud credentials were rejected/,
    });
    await user.click(indicator);

    expect(
      await within(screen.getByRole('dialog')).findByText(/Citrix Cloud returned invalid_client\./),
    ).toBeInTheDocument();
  });

  it('says so when the console server cannot be reached, and can try again', async () => {
    server.use(http.get('/api/connection', () => HttpResponse.error()));
    const { user } = render(<ConnectionIndicator />);

    const indicator = await screen.findByRole('button', {
      name: 'Cannot reach the console server',
    });
    await user.click(indicator);
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent(
      'Check your network connection',
    );

    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: /Simulator/ })).toBeInTheDocument();
  });

  it('shows that it is checking while the first answer is on its way', async () => {
    server.use(http.get('/api/connection', () => new Promise<Response>(() => {})));
    render(<ConnectionIndicator />);
    expect(await screen.findByRole('status')).toHaveTextContent('Checking the connection');
  });

  it('moves focus into its details, and Escape closes them and returns focus', async () => {
    const { user } = render(<ConnectionIndicator />);
    const indicator = await screen.findByRole('button', { name: /Simulator/ });
    await user.click(indicator);
    const details = screen.getByRole('dialog');
    await waitFor(() => expect(details).toContainElement(document.activeElement as HTMLElement));

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(indicator).toHaveFocus());
  });

  it('links from its details to Settings', async () => {
    const { user } = render(undefined, { route: '/images' });

    await user.click(await screen.findByRole('button', { name: /Simulator/ }));
    await user.click(await screen.findByRole('link', { name: 'Connection settings' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });
});
