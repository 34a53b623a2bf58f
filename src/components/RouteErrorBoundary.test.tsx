import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consoleApi } from '../lib/api-clients.ts';
import { server } from '../testing/msw-server.ts';
import { render } from '../testing/render.tsx';
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx';

beforeEach(() => {
  // React and the router log every caught error; the assertions below are what matters.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('RouteErrorBoundary', () => {
  it('puts a page’s crash into words, and “Try again” renders the page afresh', async () => {
    let broken = true;
    function FlakyPage() {
      if (broken) throw new Error('Cannot read the catalog list');
      return <p>Catalog list</p>;
    }
    const { user } = render(undefined, {
      routes: [{ path: '/', Component: FlakyPage, ErrorBoundary: RouteErrorBoundary }],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This page could not be shown');
    expect(alert).toHaveTextContent('Cannot read the catalog list');

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Catalog list')).toBeInTheDocument();
  });

  it('explains a failed request the page needed, in the problem’s words', async () => {
    server.use(
      http.get('/api/probe', () =>
        HttpResponse.json(
          { error: { code: 'upstream_unreachable', message: 'api.cloud.com did not answer.' } },
          { status: 502 },
        ),
      ),
    );
    render(undefined, {
      routes: [
        {
          path: '/',
          loader: () => consoleApi.get('probe').json(),
          Component: () => <p>Loaded</p>,
          ErrorBoundary: RouteErrorBoundary,
        },
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Service unavailable');
    expect(alert).toHaveTextContent('api.cloud.com did not answer.');
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });
});
