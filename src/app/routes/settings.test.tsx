import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { simulatorConnection, testedSimulatorConnection } from '../../testing/handlers.ts';
import { server } from '../../testing/msw-server.ts';
import { render } from '../../testing/render.tsx';

async function renderSettings() {
  const rendered = render(undefined, { route: '/settings' });
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return rendered;
}

describe('Settings', () => {
  it('shows each provider’s connection in detail', async () => {
    await renderSettings();

    const citrix = await screen.findByRole('table', { name: 'Citrix DaaS connection' });
    expect(citrix).toHaveTextContent('simcust01');
    expect(citrix).toHaveTextContent('Contoso Health');
    expect(citrix).toHaveTextContent('6f1c2a0e-9d53-4c1b-8f0a-6f4b7c2d9e10');
    expect(citrix).toHaveTextContent('Contoso Cloud Site');
    const rackspace = screen.getByRole('table', { name: 'Rackspace Cloud Servers connection' });
    expect(within(rackspace).getByRole('row', { name: 'Region Dallas (DFW)' })).toBeVisible();
    expect(rackspace).toHaveTextContent('Dallas (DFW), Chicago (ORD), Northern Virginia (IAD)');
    expect(within(citrix).getByRole('row', { name: 'Region United States' })).toBeVisible();
    expect(within(citrix).getByText('United States')).toHaveAttribute('title', 'Code: us');
    expect(rackspace).toHaveTextContent('987654');
    expect(screen.getByText('Mode: Simulator')).toBeInTheDocument();
  });

  it('copies the customer ID', async () => {
    const { user } = await renderSettings();

    await user.click(await screen.findByRole('button', { name: 'Copy Customer ID' }));

    expect(await screen.findByRole('button', { name: 'Copied Customer ID' })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('simcust01');
  });

  it('tests the connection, busy while it runs, then shows each provider’s latency', async () => {
    let finishTest: () => void = () => {};
    server.use(
      http.post('/api/connection/test', async () => {
        await new Promise<void>((resolve) => (finishTest = resolve));
        return HttpResponse.json(testedSimulatorConnection);
      }),
    );
    const { user } = await renderSettings();
    const button = screen.getByRole('button', { name: 'Test connection' });

    await user.click(button);
    expect(button).toBeDisabled();
    const result = screen.getByRole('status', { name: 'Connection test result' });
    expect(result).toHaveTextContent('Testing the connection to each cloud');

    finishTest();
    expect(await within(result).findByText('Connected · 142 ms')).toBeInTheDocument();
    expect(within(result).getByText('Connected · 87 ms')).toBeInTheDocument();
    expect(button).toBeEnabled();
  });

  it('shows a provider’s failed test in words', async () => {
    server.use(
      http.post('/api/connection/test', () =>
        HttpResponse.json({
          ...simulatorConnection,
          rackspace: {
            state: 'error',
            region: 'DFW',
            problem: {
              code: 'upstream_unreachable',
              message: 'identity.api.rackspacecloud.com refused the connection.',
            },
          },
        }),
      ),
    );
    const { user } = await renderSettings();

    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    const result = screen.getByRole('status', { name: 'Connection test result' });
    expect(await within(result).findByText('Service unavailable')).toBeInTheDocument();
    expect(result).toHaveTextContent('identity.api.rackspacecloud.com refused the connection.');
    expect(within(result).getByText('Connected')).toBeInTheDocument();
  });

  it('explains when the test itself could not run', async () => {
    server.use(http.post('/api/connection/test', () => HttpResponse.error()));
    const { user } = await renderSettings();

    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The connection test could not run');
    expect(alert).toHaveTextContent('Cannot reach the console server');
  });

  it('names the .env.local variables for credentials, without values', async () => {
    await renderSettings();
    const credentials = screen.getByRole('region', { name: 'Credentials' });
    expect(within(credentials).getByText('CITRIX_CLIENT_ID')).toBeInTheDocument();
    expect(within(credentials).getByText('RACKSPACE_API_KEY')).toBeInTheDocument();
  });

  it('lets you choose dark, light or automatic colours', async () => {
    const { user } = await renderSettings();
    const scheme = screen.getByRole('radiogroup', { name: 'Color scheme' });

    await user.click(within(scheme).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(within(scheme).getByRole('radio', { name: 'Dark' })).toBeChecked();

    await user.click(within(scheme).getByRole('radio', { name: 'Auto' }));
    // With "auto", the operating system decides; the test browser prefers light.
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  });
});
