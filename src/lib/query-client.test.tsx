import { screen, waitFor } from '@testing-library/react';
import { TimeoutError } from 'ky';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { render } from '../testing/render.tsx';
import { server } from '../testing/msw-server.ts';
import { consoleApi } from './api-clients.ts';
import { createQueryClient, queryRetryDelay, shouldRetryQuery } from './query-client.ts';

/** The error a real request through the console's client throws for this response. */
async function errorFor(response: Response) {
  server.use(http.get('/api/probe', () => response));
  return consoleApi.get('probe').then(
    () => {
      throw new Error('Expected the request to fail');
    },
    (error: unknown) => error,
  );
}

describe('shouldRetryQuery', () => {
  it.each([
    ['a 503', () => errorFor(new HttpResponse(null, { status: 503 }))],
    ['a 500', () => errorFor(new HttpResponse(null, { status: 500 }))],
    ['Citrix’s 429', () => errorFor(new HttpResponse(null, { status: 429 }))],
    [
      'Rackspace’s 413 overLimit',
      () =>
        errorFor(
          HttpResponse.json(
            { overLimit: { code: 413, message: 'Rate limited.', retryAfter: '2' } },
            { status: 413 },
          ),
        ),
    ],
    ['a network failure', () => errorFor(HttpResponse.error())],
    ['a timeout', async () => new TimeoutError(new Request('http://localhost/api/probe'))],
  ])('retries %s, up to three times', async (_name, makeError) => {
    const error = await makeError();
    expect([0, 1, 2].map((count) => shouldRetryQuery(count, error))).toEqual([true, true, true]);
    expect(shouldRetryQuery(3, error)).toBe(false);
  });

  it.each([
    ['a 400', () => errorFor(new HttpResponse(null, { status: 400 }))],
    ['a 401', () => errorFor(new HttpResponse(null, { status: 401 }))],
    ['a 403', () => errorFor(new HttpResponse(null, { status: 403 }))],
    ['a 404', () => errorFor(new HttpResponse(null, { status: 404 }))],
    ['a 409', () => errorFor(new HttpResponse(null, { status: 409 }))],
    ['a 413 that is not rate limiting', () => errorFor(new HttpResponse(null, { status: 413 }))],
    [
      'an unconfigured provider',
      () =>
        errorFor(
          HttpResponse.json(
            { error: { code: 'provider_not_configured', message: 'No Rackspace credentials.' } },
            { status: 503 },
          ),
        ),
    ],
    ['a response that fails its schema', async () => z.string().safeParse(1).error],
  ])('never retries %s', async (_name, makeError) => {
    expect(shouldRetryQuery(0, await makeError())).toBe(false);
  });

  it('does not retry when the server asks for a longer pause than it is worth waiting', async () => {
    const error = await errorFor(
      new HttpResponse(null, { status: 429, headers: { 'Retry-After': '300' } }),
    );
    expect(shouldRetryQuery(0, error)).toBe(false);
  });
});

describe('queryRetryDelay', () => {
  it('waits as long as Retry-After says', async () => {
    const error = await errorFor(
      new HttpResponse(null, { status: 429, headers: { 'Retry-After': '5' } }),
    );
    expect(queryRetryDelay(0, error)).toBe(5000);
  });

  it('caps a long Retry-After at 30 seconds', async () => {
    const error = await errorFor(
      new HttpResponse(null, { status: 503, headers: { 'Retry-After': '90' } }),
    );
    expect(queryRetryDelay(0, error)).toBe(30_000);
  });

  it('otherwise backs off exponentially, with jitter, up to 30 seconds', async () => {
    const error = await errorFor(new HttpResponse(null, { status: 503 }));
    const delays = [0, 1, 2, 10].map((count) => queryRetryDelay(count, error));
    const ranges = [
      [500, 1000],
      [1000, 2000],
      [2000, 4000],
      [15_000, 30_000],
    ];
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(ranges[index]?.[0] ?? Infinity);
      expect(delay).toBeLessThanOrEqual(ranges[index]?.[1] ?? -Infinity);
    });
  });
});

describe('createQueryClient', () => {
  it('never retries a mutation', () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
  });

  it('tells the user when a background refresh fails over data already on screen', async () => {
    const queryClient = createQueryClient();
    render(<p>Page</p>, { queryClient });
    const probe = {
      queryKey: ['probe'],
      queryFn: () => consoleApi.get('probe').json(),
      retry: false,
    };
    server.use(http.get('/api/probe', () => HttpResponse.json({ shown: true })));
    await queryClient.fetchQuery(probe);
    server.use(http.get('/api/probe', () => new HttpResponse(null, { status: 404 })));

    await queryClient.refetchQueries({ queryKey: probe.queryKey });

    expect(await screen.findByText('Could not refresh: Not found')).toBeInTheDocument();
  });

  it('leaves a failed first load to the page, without a notification', async () => {
    const queryClient = createQueryClient();
    render(<p>Page</p>, { queryClient });
    server.use(http.get('/api/probe', () => new HttpResponse(null, { status: 404 })));

    await expect(
      queryClient.fetchQuery({
        queryKey: ['probe'],
        queryFn: () => consoleApi.get('probe').json(),
        retry: false,
      }),
    ).rejects.toThrow();

    await waitFor(() => expect(queryClient.getQueryState(['probe'])?.status).toBe('error'));
    expect(screen.queryByText(/could not refresh/i)).not.toBeInTheDocument();
  });
});
