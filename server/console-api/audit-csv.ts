/** The audit trail as CSV (RFC 4180), safe to open in a spreadsheet. */
import { csvLine } from '../../contracts/csv.ts';
import type { AuditRecord } from '../../contracts/identity-api.ts';

const columns: [string, (record: AuditRecord) => string | number | null][] = [
  ['When (UTC)', (r) => r.at],
  ['Who', (r) => r.actor.name],
  ['Email', (r) => r.actor.email],
  ['Subject', (r) => r.actor.subject],
  ['Role', (r) => r.actor.role],
  ['Operation', (r) => r.operationLabel],
  ['Operation id', (r) => r.operation],
  ['Method', (r) => r.method],
  ['Path', (r) => r.path],
  ['Targets', (r) => r.targets.map((t) => `${t.type} ${t.name ?? t.id} (${t.id})`).join('; ')],
  ['Outcome', (r) => r.outcome],
  ['Reason', (r) => r.reason],
  ['HTTP status', (r) => r.httpStatus],
  ['Citrix transaction id', (r) => r.transactionId],
  ['Final result', (r) => r.finalResult],
  ['Finished (UTC)', (r) => r.finishedAt],
];

export function auditCsv(records: AuditRecord[]): string {
  const header = csvLine(columns.map(([name]) => name));
  const rows = records.map((record) => csvLine(columns.map(([, pick]) => pick(record))));
  return [header, ...rows].join('');
}
