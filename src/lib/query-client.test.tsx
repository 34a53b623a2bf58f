import { act, screen, waitFor } from '@testing-library/react';
import { TimeoutError } from 'ky';
import { http, HttpResponse } from 'msw';
import { MutationObserver, queryOptions } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
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

/** What a read through the console's client throws when this 200 answer's body is read as JSON. */
async function jsonFailureFor(response: Response) {
  server.use(http.get('/api/probe', () => response));
  return consoleApi
    .get('probe')
    .json()
    .then(
      () => {
        throw new Error('Expected the body to fail');
      },
      (error: unknown) => error,
    );
}

/** A 200 whose connection drops after part of the body, as SIM_FAULT_RESET_RATE does. */
/** A stand-in resource for the client's own behaviour. */
const probeQuery = queryOptions({
  queryKey: ['probe'],
  queryFn: () => consoleApi.get('probe').json(),
});

function cutMidBody(part: string) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(part));
      controller.error(new TypeError('terminated'));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
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
    ['a connection cut mid-body', () => jsonFailureFor(cutMidBody('{"items": [{"id": "a"'))],
    ['a 200 whose JSON stops halfway', () => jsonFailureFor(new Response('{"items": [{"id"'))],
    ['a timeout', async () => new TimeoutError(new Request('http://localhost/api/probe'))],
  ])('retries %s, up to three times', async (_name, makeError) => {
    const error = await makeError();
    expect([0, 1, 2].map((count) => shouldRetryQuery(count, error))).toEqual([true, true, true]);
    expect(shouldRetryQuery(3, error)).toBe(false);
  });

  it.each([
    ['a 400', () => errorFor(new HttpResponse(null, { status: 400 }))],
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
    ['an HTML page instead of JSON', () => jsonFailureFor(new Response('<!doctype html><p>'))],
  ])('never retries %s', async (_name, makeError) => {
    expect(shouldRetryQuery(0, await makeError())).toBe(false);
  });

  it('retries a 401 once: the proxy drops a token the cloud refused, so the next read gets a new one', async () => {
    const error = await errorFor(new HttpResponse(null, { status: 401 }));
    expect(shouldRetryQuery(0, error)).toBe(true);
    expect(shouldRetryQuery(1, error)).toBe(false);
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

  it.each([
    ['a 503', () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } })],
    ['a 429', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } })],
    ['a network failure', () => HttpResponse.error()],
  ])('sends a write once, even when it fails with %s', async (_name, answer) => {
    let posts = 0;
    server.use(
      http.post('/api/probe', () => {
        posts += 1;
        return answer();
      }),
    );
    const write = new MutationObserver(createQueryClient(), {
      mutationFn: () => consoleApi.post('probe').json(),
    });
    await expect(write.mutate()).rejects.toThrow();
    expect(posts).toBe(1);
  });

  it('rides out a 429 storm, waiting as long as each Retry-After says, then has the data', async () => {
    const requestedAt: number[] = [];
    server.use(
      http.get('/api/probe', () => {
        requestedAt.push(performance.now());
        return requestedAt.length < 3
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } })
          : HttpResponse.json({ shown: true });
      }),
    );
    const data = await createQueryClient().fetchQuery(probeQuery);
    expect(data).toEqual({ shown: true });
    const waits = requestedAt.slice(1).map((at, index) => at - (requestedAt[index] ?? at));
    expect(waits).toHaveLength(2);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(950);
  });

  it('tells the user when a background refresh fails over data already on screen', async () => {
    const queryClient = createQueryClient();
    render(<p>Page</p>, { queryClient });
    const probe = { ...probeQuery, retry: false };
    server.use(http.get('/api/probe', () => HttpResponse.json({ shown: true })));
    await queryClient.fetchQuery(probe);
    server.use(http.get('/api/probe', () => new HttpResponse(null, { status: 404 })));

    await queryClient.refetchQueries({ queryKey: probe.queryKey });

    expect(await screen.findByText('Could not refresh: Not found')).toBeInTheDocument();
  });

  it('keeps one refresh toast per query, with the latest problem, until a refresh works', async () => {
    const queryClient = createQueryClient();
    render(<p>Page</p>, { queryClient });
    const probe = { ...probeQuery, retry: false };
    const answerWith = (status: number) =>
      server.use(
        http.get('/api/probe', () =>
          status === 200 ? HttpResponse.json({ shown: true }) : new HttpResponse(null, { status }),
        ),
      );
    const refresh = () => queryClient.refetchQueries({ queryKey: probe.queryKey });
    answerWith(200);
    await queryClient.fetchQuery(probe);

    answerWith(403);
    await refresh();
    expect(await screen.findByText('Could not refresh: Not allowed')).toBeVisible();
    answerWith(404);
    await refresh();
    expect(await screen.findByText('Could not refresh: Not found')).toBeVisible();
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    // The page shows old data for as long as refreshing fails: the toast does not time out.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await act(() => vi.advanceTimersByTimeAsync(60_000));
    } finally {
      vi.useRealTimers();
    }
    expect(screen.getByText('Could not refresh: Not found')).toBeVisible();

    answerWith(200);
    await refresh();
    await waitFor(() => expect(screen.queryByText(/Could not refresh/)).not.toBeInTheDocument());
  });

  it('leaves a failed first load to the page, without a notification', async () => {
    const queryClient = createQueryClient();
    render(<p>Page</p>, { queryClient });
    server.use(http.get('/api/probe', () => new HttpResponse(null, { status: 404 })));

    await expect(queryClient.fetchQuery({ ...probeQuery, retry: false })).rejects.toThrow();

    await waitFor(() =>
      expect(queryClient.getQueryState(probeQuery.queryKey)?.status).toBe('error'),
    );
    expect(screen.queryByText(/could not refresh/i)).not.toBeInTheDocument();
  });
});
