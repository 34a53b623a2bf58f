/**
 * What the Audit page shows, read from and written to the URL (`/audit?actor=jdoe&outcome=refused
 * &page=2`), so a link in a ticket or from a session's History opens exactly those records. Each
 * parameter is declared once below: its value, its default, and the words for a value that does
 * not parse; reading, writing and explaining the address all come from that one table.
 */
import { auditOutcomes, type AuditOutcome } from '../../../contracts/identity-api.ts';
import {
  auditedOperations,
  type AuditedOperationId,
  type AuditPageRequest,
} from '../../api/console/audit.ts';
import { describeInvalidValue } from '../../lib/address-problems.ts';

export const pageSizes = [25, 50, 100, 200] as const;
export type AuditPageSize = (typeof pageSizes)[number];

export interface AuditView {
  actor: string;
  operation: AuditedOperationId | '';
  target: string;
  outcome: AuditOutcome | '';
  /** ISO 8601, in UTC, so a shared link means the same moment in every time zone. */
  from: string;
  to: string;
  /** 1-based. */
  page: number;
  pageSize: AuditPageSize;
}

interface ParamRule<T> {
  /** What the URL's value means; undefined when it cannot be used. */
  parse: (raw: string) => T | undefined;
  fallback: T;
  /** For a value that does not parse: what it is, and what the page shows instead. */
  invalid?: { label: string; instead: string };
}

const text: ParamRule<string> = { parse: (raw) => raw.trim() || undefined, fallback: '' };

const oneOf =
  <T extends string | number>(allowed: readonly T[]) =>
  (raw: string): T | undefined =>
    allowed.find((value) => String(value) === raw);

// A date and time with its zone (`Z` or an offset), as the server and `toISOString` write them.
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const timestamp = (raw: string) =>
  isoTimestamp.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : undefined;

const positiveInteger = (raw: string) => (/^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : undefined);

/** The one declaration: each field's URL parameter has the same name as the field. */
const rules: { [K in keyof AuditView]: ParamRule<AuditView[K]> } = {
  actor: text,
  operation: {
    parse: oneOf(auditedOperations.map((operation) => operation.id)),
    fallback: '',
    invalid: { label: 'operation', instead: 'showing every operation' },
  },
  target: text,
  outcome: {
    parse: oneOf(auditOutcomes),
    fallback: '',
    invalid: { label: 'outcome', instead: 'showing every outcome' },
  },
  from: {
    parse: timestamp,
    fallback: '',
    invalid: {
      label: 'start time (expected an ISO 8601 date and time)',
      instead: 'not limiting how far back',
    },
  },
  to: {
    parse: timestamp,
    fallback: '',
    invalid: {
      label: 'end time (expected an ISO 8601 date and time)',
      instead: 'showing up to now',
    },
  },
  page: {
    parse: positiveInteger,
    fallback: 1,
    invalid: { label: 'page number', instead: 'showing the first page' },
  },
  pageSize: {
    parse: oneOf(pageSizes),
    fallback: 50,
    invalid: {
      label: 'page size',
      instead: `showing 50 per page (choose ${pageSizes.join(', ')})`,
    },
  },
};

const fields = Object.keys(rules) as (keyof AuditView)[];

function readField<K extends keyof AuditView>(params: URLSearchParams, field: K): AuditView[K] {
  const raw = params.get(field);
  return (raw ? rules[field].parse(raw) : undefined) ?? rules[field].fallback;
}

export function readAuditView(params: URLSearchParams): AuditView {
  return {
    actor: readField(params, 'actor'),
    operation: readField(params, 'operation'),
    target: readField(params, 'target'),
    outcome: readField(params, 'outcome'),
    from: readField(params, 'from'),
    to: readField(params, 'to'),
    page: readField(params, 'page'),
    pageSize: readField(params, 'pageSize'),
  };
}

export const defaultView: AuditView = readAuditView(new URLSearchParams());

/** Only what differs from the defaults goes into the URL, so links stay short. */
export function writeAuditView(view: AuditView): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = view[field];
    if (value !== rules[field].fallback) params.set(field, String(value));
  }
  return params;
}

/** What readAuditView ignored in the address, in words (it falls back all the same). */
export function describeAuditViewProblems(params: URLSearchParams): string[] {
  return fields.flatMap((field) => {
    const raw = params.get(field);
    const { parse, invalid } = rules[field];
    if (!raw || !invalid || parse(raw) !== undefined) return [];
    return [describeInvalidValue(invalid.label, raw, invalid.instead)];
  });
}

const filterFields = ['actor', 'operation', 'target', 'outcome', 'from', 'to'] as const;

/** Whether any filter narrows the trail (paging aside). */
export function isFiltered(view: AuditView): boolean {
  return filterFields.some((field) => view[field] !== defaultView[field]);
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
