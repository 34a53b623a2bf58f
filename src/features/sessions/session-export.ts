import { csvLine } from '../../../contracts/csv.ts';
import {
  searchSessions,
  type Session,
  type SessionSearchRequest,
} from '../../api/citrix/sessions.ts';

const exportColumns: [string, (s: Session) => string | null | undefined][] = [
  ['Session ID', (s) => s.Id],
  ['User', (s) => s.User?.Name ?? s.UntrustedUserName],
  ['Display name', (s) => s.User?.DisplayName],
  ['UPN', (s) => s.User?.PrincipalName],
  ['State', (s) => s.State],
  ['Session type', (s) => s.SessionType],
  ['Machine', (s) => s.Machine?.Name],
  ['Delivery group', (s) => s.Machine?.DeliveryGroup?.Name],
  ['Catalog', (s) => s.Machine?.MachineCatalog?.Name],
  ['Client name', (s) => s.Client?.Name],
  ['Client address', (s) => s.Client?.IPAddress],
  ['Protocol', (s) => s.Connection?.Protocol],
  ['Started (UTC)', (s) => s.FormattedStartTime],
  ['State changed (UTC)', (s) => s.FormattedStateChangeTime],
];

/** Only the properties the CSV needs, so a 1,000-row page stays small. */
const exportFields =
  'Id,User,UntrustedUserName,State,SessionType,Machine,Client,Connection,FormattedStartTime,FormattedStateChangeTime';

export interface ExportProgress {
  done: number;
  total: number | null;
}

/**
 * Walks every page of the search (1,000 at a time, following continuation tokens) and returns the
 * CSV as chunks. Each page is turned into text as it arrives, so the page never does one long task.
 */
export async function exportSessionsCsv(
  search: SessionSearchRequest,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<string[]> {
  const chunks = [csvLine(exportColumns.map(([name]) => name))];
  let token: string | undefined;
  let done = 0;
  do {
    const page = await searchSessions(
      { search, limit: 1000, continuationToken: token, fields: exportFields },
      signal,
    );
    chunks.push(page.Items.map((s) => csvLine(exportColumns.map(([, read]) => read(s)))).join(''));
    done += page.Items.length;
    onProgress({ done, total: page.TotalItems ?? null });
    token = page.ContinuationToken ?? undefined;
  } while (token);
  return chunks;
}
