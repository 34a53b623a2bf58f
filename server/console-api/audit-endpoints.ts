/**
 * `GET /api/audit` (filtered, server-paged) and `GET /api/audit/export.csv` (the same filters,
 * every matching record). Read-only: no endpoint edits or deletes a record.
 */
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { auditOutcomes, type AuditPage } from '../../contracts/identity-api.ts';
import { sendJson } from '../proxy/errors.ts';
import type { AuditFilters, ConsoleStore } from '../store/types.ts';
import { auditCsv } from './audit-csv.ts';
import { blankToUndefined, readQuery } from './query-values.ts';
import { toAuditRecord } from './records.ts';

const optionalText = z.preprocess(blankToUndefined, z.string().max(200).optional());
const optionalDate = optionalText.pipe(
  z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date and time (ISO 8601)')
    .transform((value) => new Date(value))
    .optional(),
);

const querySchema = z.object({
  actor: optionalText,
  operation: optionalText,
  target: optionalText,
  outcome: optionalText.pipe(z.enum(auditOutcomes).optional()),
  from: optionalDate,
  to: optionalDate,
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});

function readAuditQuery(rawUrl: string) {
  const { page, pageSize, ...filters } = readQuery(querySchema, rawUrl, 'audit filters');
  return { page, pageSize, filters: filters satisfies AuditFilters };
}

export async function sendAuditPage(res: ServerResponse, rawUrl: string, store: ConsoleStore) {
  const { page, pageSize, filters } = readAuditQuery(rawUrl);
  const { items, total } = await store.audit.list(filters, page, pageSize);
  const body: AuditPage = { items: items.map(toAuditRecord), page, pageSize, total };
  sendJson(res, 200, body);
}

const exportLimit = 50_000;
const exportPageSize = 500;

export async function sendAuditExport(res: ServerResponse, rawUrl: string, store: ConsoleStore) {
  const { filters } = readAuditQuery(rawUrl);
  const records = [];
  for (let page = 1; records.length < exportLimit; page += 1) {
    const { items } = await store.audit.list(filters, page, exportPageSize);
    records.push(...items.map(toAuditRecord));
    if (items.length < exportPageSize) break;
  }
  const csv = auditCsv(records);
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  res.writeHead(200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="daas-console-audit-${stamp}.csv"`,
    'Content-Length': Buffer.byteLength(csv),
    'Cache-Control': 'no-store',
  });
  res.end(csv);
}
