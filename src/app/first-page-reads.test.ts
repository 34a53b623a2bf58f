import { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw-server.ts';
import { personQueries } from '../features/people/person-queries.ts';
import { startFirstPageReads } from './first-page-reads.ts';

const started = (queryClient: QueryClient, queryKey: readonly unknown[]) =>
  queryClient.getQueryCache().find({ queryKey, exact: true }) !== undefined;

describe('a person’s page opened first', () => {
  it('starts their sessions and machines before the app draws, for the account as decoded', async () => {
    server.use(
      http.post('/api/cvad/manage/Machines/$search', () => HttpResponse.json({ Items: [] })),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startFirstPageReads(queryClient, '/users/CONTOSO%5Cjdoe');
    const queries = personQueries('CONTOSO\\jdoe');
    await waitFor(() => {
      expect(started(queryClient, queries.sessions.queryKey)).toBe(true);
      expect(started(queryClient, queries.machines.queryKey)).toBe(true);
    });
    expect(queryClient.getQueryCache().getAll()).toHaveLength(2);
  });
});
