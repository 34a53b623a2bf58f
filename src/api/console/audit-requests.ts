/**
 * What a page of the audit trail is asked for with, as the API client sends it: apart from the
 * client (`audit.ts`) and its schemas, so that the early reads (`src/early-reads/audit-reads.ts`)
 * build the same request without zod.
 */
import type { AuditOutcome } from '../../../contracts/audit-outcomes.ts';

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
export function auditFilterParams(filters: AuditFilters): URLSearchParams {
  const { actor, operation, target, outcome, from, to } = filters;
  const entries = Object.entries({ actor, operation, target, outcome, from, to });
  return new URLSearchParams(
    entries.filter((entry): entry is [string, string] => !!entry[1]?.trim()),
  );
}

/** The query of `GET /api/audit` for one page: the filters, then the page and its size. */
export function auditPageParams(request: AuditPageRequest): URLSearchParams {
  const searchParams = auditFilterParams(request);
  searchParams.set('page', String(request.page));
  searchParams.set('pageSize', String(request.pageSize));
  return searchParams;
}
