import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
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
    const { user } = render(
      <RouteErrorBoundary>
        <FlakyPage />
      </RouteErrorBoundary>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This page could not be shown');
    expect(alert).toHaveTextContent('Cannot read the catalog list');

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Catalog list')).toBeInTheDocument();
  });

  it('explains a failed request the page needed, in the problem’s words, and asks again', async () => {
    let down = true;
    server.use(
      http.get('/api/probe', () =>
        down
          ? HttpResponse.json(
              { error: { code: 'upstream_unreachable', message: 'api.cloud.com did not answer.' } },
              { status: 502 },
            )
          : HttpResponse.json({ answer: 'Loaded' }),
      ),
    );
    function ProbePage() {
      const { data } = useSuspenseQuery(
        queryOptions({
          queryKey: ['probe'],
          queryFn: () => consoleApi.get('probe').json<{ answer: string }>(),
        }),
      );
      return <p>{data.answer}</p>;
    }
    const { user } = render(
      <RouteErrorBoundary>
        <Suspense fallback={null}>
          <ProbePage />
        </Suspense>
      </RouteErrorBoundary>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Service unavailable');
    expect(alert).toHaveTextContent('api.cloud.com did not answer.');
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');

    down = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Loaded')).toBeInTheDocument();
  });

  it('forgets the error at the next address', async () => {
    function Broken(): never {
      throw new Error('Cannot read the catalog list');
    }
    const page = (content: ReactNode) => (
      <>
        <Link to="/other">Other page</Link>
        <RouteErrorBoundary>{content}</RouteErrorBoundary>
      </>
    );
    const { user } = render(undefined, {
      routes: [
        { path: '/', element: page(<Broken />) },
        { path: '/other', element: page(<p>Other page’s content</p>) },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot read the catalog list');
    await user.click(screen.getByRole('link', { name: 'Other page' }));
    expect(await screen.findByText('Other page’s content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
