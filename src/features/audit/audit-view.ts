/**
 * What the Audit page shows, read from and written to the URL (`/audit?actor=jdoe&outcome=refused
 * &page=2`), so a link in a ticket or from a session's History opens exactly those records. Each
 * parameter is declared once below: its value, its default, and the words for a value that does
 * not parse; reading, writing and explaining the address all come from that one declaration.
 */
import { auditOutcomes } from '../../../contracts/audit-outcomes.ts';
import { auditedOperations } from '../../../contracts/audited-operations.ts';
import type { AuditPageRequest } from '../../api/console/audit-requests.ts';
import { defineUrlView, type UrlView } from '../../lib/url-view.ts';

export const pageSizes = [25, 50, 100, 200] as const;
export type AuditPageSize = (typeof pageSizes)[number];

/** Each field's URL parameter has the same name as the field. */
export const auditUrlView = defineUrlView({
  actor: { kind: 'text', default: '', trim: true },
  operation: {
    kind: 'oneOf',
    values: auditedOperations.map((operation) => operation.id),
    default: '',
    label: 'operation',
    instead: 'showing every operation',
  },
  target: { kind: 'text', default: '', trim: true },
  outcome: {
    kind: 'oneOf',
    values: auditOutcomes,
    default: '',
    label: 'outcome',
    instead: 'showing every outcome',
  },
  /** ISO 8601, in UTC, so a shared link means the same moment in every time zone. */
  from: {
    kind: 'date',
    time: true,
    default: '',
    label: 'start time (expected an ISO 8601 date and time)',
    instead: 'not limiting how far back',
  },
  to: {
    kind: 'date',
    time: true,
    default: '',
    label: 'end time (expected an ISO 8601 date and time)',
    instead: 'showing up to now',
  },
  /** 1-based. */
  page: {
    kind: 'number',
    min: 1,
    max: 999_999,
    default: 1,
    label: 'page number',
    instead: 'showing the first page',
  },
  pageSize: {
    kind: 'oneOf',
    values: pageSizes,
    default: 50,
    label: 'page size',
    instead: `showing 50 per page (choose ${pageSizes.join(', ')})`,
  },
});

export type AuditView = UrlView<typeof auditUrlView.declaration>;

const defaultView = auditUrlView.defaults;

const filterFields = ['actor', 'operation', 'target', 'outcome', 'from', 'to'] as const;

/** How many filters narrow the trail (paging aside). */
export function activeFilterCount(view: AuditView): number {
  return filterFields.filter((field) => view[field] !== defaultView[field]).length;
}

/** Whether any filter narrows the trail (paging aside). */
export function isFiltered(view: AuditView): boolean {
  return activeFilterCount(view) > 0;
}

/** Every filter back to its default; the page and its size stay. */
export const noFilters = {
  actor: '',
  operation: '',
  target: '',
  outcome: '',
  from: '',
  to: '',
} satisfies Pick<AuditView, (typeof filterFields)[number]>;

/** The server's query for this view: the same names, empty filters left out. */
export function toAuditRequest(view: AuditView): AuditPageRequest {
  const { outcome, ...rest } = view;
  return { ...rest, outcome: outcome || undefined };
}
