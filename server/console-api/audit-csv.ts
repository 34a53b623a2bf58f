/** The audit trail as CSV (RFC 4180), safe to open in a spreadsheet. */
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

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/return) as a formula; a leading
 * apostrophe keeps it text (OWASP "CSV injection").
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditCsv(records: AuditRecord[]): string {
  const header = columns.map(([name]) => cell(name)).join(',');
  const rows = records.map((record) => columns.map(([, pick]) => cell(pick(record))).join(','));
  return `${[header, ...rows].join('\r\n')}\r\n`;
}
