/**
 * The Audit page's early read, apart from the other pages' (`routes.ts`) as the sessions list's
 * is (`sessions-reads.ts`): reading the page's view from its address takes the audited
 * operations' list and the address reader, which only this page needs.
 */
import { auditPageParams } from '../api/console/audit-requests.ts';
import { auditUrlView, toAuditRequest } from '../features/audit/audit-view.ts';
import type { EarlyRead } from '../lib/early-answers.ts';
import { consoleRead } from './requests.ts';
import type { Address } from './routes.ts';

/** The page of the trail the address shows (`AuditPage`): its filters, page and page size. */
export function auditPageReads({ search }: Address): EarlyRead[] {
  const view = auditUrlView.read(new URLSearchParams(search));
  return [consoleRead('audit', auditPageParams(toAuditRequest(view)))];
}
