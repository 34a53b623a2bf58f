import { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw-server.ts';
import { personQueries } from '../features/people/person-queries.ts';
import { catalogQueries } from '../api/citrix/catalogs.ts';
import { citrixSiteOf } from '../api/citrix/sites.ts';
import { connectionQueries } from '../api/console/connection.ts';
import { operationQueries } from '../api/console/operations.ts';
import { prefetchRollout } from '../features/rollouts/prefetch-rollout.ts';
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

describe('a catalog’s or a rollout’s page opened first', () => {
  const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

  it('reads the catalog in the site the connection names, before the app draws', async () => {
    const queryClient = newClient();
    startFirstPageReads(queryClient, '/catalogs/cat-42');
    await waitFor(() => {
      const status = queryClient.getQueryData(connectionQueries.status().queryKey);
      const site = status && citrixSiteOf(status.citrix);
      expect(site && started(queryClient, catalogQueries.detail(site, 'cat-42').queryKey)).toBe(
        true,
      );
    });
  });

  it('reads the rollout’s operation, and nothing for an ID no operation can have', async () => {
    const id = '0b7d3c1e-5f2a-4c8e-9a61-2d4f6b8e0c13';
    const queryClient = newClient();
    startFirstPageReads(queryClient, `/rollouts/${id}`);
    await waitFor(() =>
      expect(started(queryClient, operationQueries.detail(id).queryKey)).toBe(true),
    );

    // The rollout page asks nothing for an ID no operation can have ('new' is the wizard's).
    const other = newClient();
    prefetchRollout(other, 'new');
    prefetchRollout(other, 'not-an-operation');
    expect(other.getQueryCache().getAll()).toHaveLength(0);
  });
});
