import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditPageSchema } from '../../../contracts/identity-api.ts';
import { consoleApi } from '../../lib/api-clients.ts';
import {
  auditFilterParams,
  auditPageParams,
  type AuditFilters,
  type AuditPageRequest,
} from './audit-requests.ts';

export type { AuditFilters, AuditPageRequest } from './audit-requests.ts';

async function getAuditPage(request: AuditPageRequest, signal: AbortSignal) {
  const searchParams = auditPageParams(request);
  return auditPageSchema.parse(await consoleApi.get('audit', { searchParams, signal }).json());
}

/** The CSV of every record the filters match: a plain download link (Content-Disposition). */
export function auditExportUrl(filters: AuditFilters): string {
  const query = auditFilterParams(filters).toString();
  return `/api/audit/export.csv${query ? `?${query}` : ''}`;
}

export const auditQueries = {
  all: () => ['audit'] as const,
  lists: () => [...auditQueries.all(), 'list'] as const,
  list: (request: AuditPageRequest) =>
    queryOptions({
      queryKey: [...auditQueries.lists(), request] as const,
      queryFn: ({ signal }) => getAuditPage(request, signal),
      // The page on screen stays while the next one loads, instead of a blank table.
      placeholderData: keepPreviousData,
    }),
};
