import { queryOptions, useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { consoleApi } from '../lib/api-clients.ts';
import { createQueryClient } from '../lib/query-client.ts';
import { server } from '../testing/msw-server.ts';
import { render } from '../testing/render.tsx';
import { RetryStatus } from './RetryStatus.tsx';

/** A stand-in resource: the one query this test reads. */
const probeQuery = queryOptions({
  queryKey: ['probe'],
  queryFn: () => consoleApi.get('probe').json<{ name: string }>(),
});

function Probe() {
  const { data } = useQuery(probeQuery);
  return (
    <>
      <RetryStatus />
      <p>{data ? `Loaded ${data.name}` : 'Loading'}</p>
    </>
  );
}

describe('RetryStatus', () => {
  it('names the problem a read is being retried for, and goes once the read succeeds', async () => {
    let attempts = 0;
    server.use(
      http.get('/api/probe', () => {
        attempts += 1;
        return attempts < 3
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } })
          : HttpResponse.json({ name: 'probe' });
      }),
    );
    render(<Probe />, { queryClient: createQueryClient() });

    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Retrying: Too many requests'));
    expect(await screen.findByText('Loaded probe', {}, { timeout: 4000 })).toBeVisible();
    expect(status).toBeEmptyDOMElement();
    expect(attempts).toBe(3);
  });

  it('stays empty when reads succeed at once', async () => {
    server.use(http.get('/api/probe', () => HttpResponse.json({ name: 'probe' })));
    render(<Probe />, { queryClient: createQueryClient() });
    expect(await screen.findByText('Loaded probe')).toBeVisible();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
