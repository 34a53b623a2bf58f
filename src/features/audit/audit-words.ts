import type { AuditOutcome, AuditRecord } from '../../../contracts/identity-api.ts';
import { builtOnFirstUse } from '../../lib/built-on-first-use.ts';

export const outcomeWords: Record<AuditOutcome, { label: string; color: string }> = {
  succeeded: { label: 'Succeeded', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
  // Refused by the console itself (role, audit trail) before anything reached the cloud.
  refused: { label: 'Refused', color: 'orange' },
  pending: { label: 'Pending', color: 'blue' },
};

const relative = builtOnFirstUse(() => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
];

/** "3 minutes ago", "yesterday", "2 months ago". */
export function timeAgo(at: string, now: number): string {
  let amount = Math.round((Date.parse(at) - now) / 1000);
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return relative().format(amount, unit);
    amount = Math.round(amount / size);
  }
  return relative().format(amount, 'year');
}

/** "Showing 51–100 of 1,234", or words for an empty page. */
export function showingRange(page: number, pageSize: number, shown: number, total: number) {
  if (total === 0) return 'No records';
  if (shown === 0) return `No records on page ${page.toLocaleString()}`;
  const first = (page - 1) * pageSize + 1;
  const last = first + shown - 1;
  return `Showing ${first.toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()}`;
}

/** How it ended, in a sentence, beside the outcome badge: the reason and the HTTP status. */
export function outcomeDetail(record: AuditRecord): string | null {
  const parts = [
    record.reason,
    record.httpStatus !== null ? `HTTP ${record.httpStatus}` : null,
    record.finalResult !== null ? `Final result: ${record.finalResult}` : null,
  ];
  const shown = parts.filter(Boolean);
  return shown.length > 0 ? shown.join(' · ') : null;
}

/** Rollouts are followed on their own page, `/rollouts/<operationId>`. */
export function isRollout(record: AuditRecord): record is AuditRecord & { operationId: string } {
  return record.operation === 'catalogs.updateImage' && record.operationId !== null;
}
