import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditPageSchema, type AuditOutcome } from '../../../contracts/identity-api.ts';
import { consoleApi } from '../../lib/api-clients.ts';

export {
  auditedOperations,
  type AuditedOperationId,
} from '../../../contracts/audited-operations.ts';

/** What the trail is narrowed to; empty fields do not filter. */
export interface AuditFilters {
  /** Subject, name or email, part of it. */
  actor?: string;
  operation?: string;
  /** A target's id or name, part of it. */
  target?: string;
  outcome?: AuditOutcome;
  /** ISO 8601 timestamps. */
  from?: string;
  to?: string;
}

/** One page of the trail: the filters, a 1-based page number and up to 200 a page. */
export interface AuditPageRequest extends AuditFilters {
  page: number;
  pageSize: number;
}

/** Only the fields that filter, so the server reads the same query the URL shows. */
function filterParams(filters: AuditFilters): URLSearchParams {
  const { actor, operation, target, outcome, from, to } = filters;
  const entries = Object.entries({ actor, operation, target, outcome, from, to });
  return new URLSearchParams(
    entries.filter((entry): entry is [string, string] => !!entry[1]?.trim()),
  );
}

async function getAuditPage(request: AuditPageRequest, signal: AbortSignal) {
  const searchParams = filterParams(request);
  searchParams.set('page', String(request.page));
  searchParams.set('pageSize', String(request.pageSize));
  return auditPageSchema.parse(await consoleApi.get('audit', { searchParams, signal }).json());
}

/** The CSV of every record the filters match: a plain download link (Content-Disposition). */
export function auditExportUrl(filters: AuditFilters): string {
  const query = filterParams(filters).toString();
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
