import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { auditPageSchema, auditRecordSchema } from '../../contracts/identity-api.ts';
import { people } from './handlers.ts';

/** What `auditRecordSchema` parses (src/api/console/audit.ts reads the page with it). */
type AuditRecordInput = z.input<typeof auditRecordSchema>;

/** An audit record as `GET /api/audit` sends it: a help-desk log-off that succeeded. */
export function auditRecord(n: number, changes: Partial<AuditRecordInput> = {}): AuditRecordInput {
  return {
    id: `audit-${n}`,
    at: '2026-11-24T09:30:00.000Z',
    actor: people.helpdesk,
    operation: 'sessions.logoff',
    operationLabel: 'Log off a session',
    method: 'POST',
    path: `/api/cvad/manage/Sessions/session-${n}/$logoff`,
    targets: [{ type: 'session', id: `session-${n}`, name: `CONTOSO\\user${n}` }],
    request: null,
    outcome: 'succeeded',
    reason: null,
    httpStatus: 202,
    transactionId: null,
    location: null,
    operationId: null,
    finalResult: null,
    finishedAt: null,
    ...changes,
  };
}

/**
 * Serves `GET /api/audit` from `records`, paged as the server pages them, and keeps the query
 * string of each request so a test can see what the page asked for.
 */
export function serveAudit(records: AuditRecordInput[], total = records.length) {
  const queries: URLSearchParams[] = [];
  const handler = http.get('/api/audit', ({ request }) => {
    const query = new URL(request.url).searchParams;
    queries.push(query);
    const page = Number(query.get('page'));
    const pageSize = Number(query.get('pageSize'));
    const items = records.slice((page - 1) * pageSize, page * pageSize);
    return HttpResponse.json({ items, page, pageSize, total } satisfies z.input<
      typeof auditPageSchema
    >);
  });
  return { handler, queries };
}
