import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { cvadApi } from '../../../lib/api-clients.ts';
import { sessionPageSchema, sessionSchema } from './session-schemas.ts';
import type { SessionSearchRequest } from './session-search.ts';

export interface SessionPageRequest {
  search: SessionSearchRequest;
  limit: number;
  /** Opaque; from the previous page's answer. */
  continuationToken?: string;
  /** Only these top-level properties (e.g. for export). */
  fields?: string;
}

export async function searchSessions(request: SessionPageRequest, signal?: AbortSignal) {
  const searchParams: Record<string, string | number> = { limit: request.limit };
  if (request.continuationToken) searchParams.continuationToken = request.continuationToken;
  if (request.fields) searchParams.fields = request.fields;
  const body = await cvadApi
    .post('Sessions/$search', { json: request.search, searchParams, signal })
    .json();
  return sessionPageSchema.parse(body);
}

async function getSession(id: string, signal: AbortSignal) {
  const body = await cvadApi.get(`Sessions/${encodeURIComponent(id)}`, { signal }).json();
  return sessionSchema.parse(body);
}

/** Sessions change by themselves (users log on and off), so pages refresh while watched. */
export const autoRefreshMs = 30_000;

export const sessionQueries = {
  all: () => ['sessions'] as const,
  pages: () => [...sessionQueries.all(), 'page'] as const,
  page: (request: SessionPageRequest, autoRefresh: boolean) =>
    queryOptions({
      queryKey: [...sessionQueries.pages(), request] as const,
      queryFn: ({ signal }) => searchSessions(request, signal),
      // The previous page stays on screen while the next one loads, instead of a blank table.
      placeholderData: keepPreviousData,
      refetchInterval: autoRefresh ? autoRefreshMs : false,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => getSession(id, signal),
    }),
};
