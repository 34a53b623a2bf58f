import { csvLine } from '../../../contracts/csv.ts';
import type { SessionSearchRequest } from '../../api/citrix/search-requests.ts';
import { searchSessions, type Session } from '../../api/citrix/sessions.ts';
import { nextTask } from '../../lib/next-task.ts';
import { readWithRetries, type Sleep } from '../../lib/read-with-retries.ts';

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

/** An export so far: the CSV read, a part per page, and the token of the next page to read. */
export interface ExportRun extends ExportProgress {
  /**
   * Each page's CSV as its own Blob, encoded as it arrives: the file is then a Blob of Blobs,
   * made at once. Made from strings at the end, 100,000 rows took one 300 ms task to encode.
   */
  parts: Blob[];
  /** The next page's continuation token; undefined for page 1. */
  token: string | undefined;
}

/** A page still failed after its retries: the rows read before it are kept in `run`. */
export class ExportStopped extends Error {
  constructor(
    readonly run: ExportRun,
    readonly reason: unknown,
  ) {
    super('The export stopped at a page that could not be read.');
  }
}

/** The exported file's type: CSV, in UTF-8. */
export const csvType = 'text/csv;charset=utf-8';

/** Rows turned into CSV text in one go; the browser gets its turn between slices. */
const rowsPerSlice = 200;

/** A page's rows as CSV text, a slice at a time, so no one task holds the page for long. */
async function toCsv(sessions: Session[]): Promise<string> {
  const lines: string[] = [];
  for (let start = 0; start < sessions.length; start += rowsPerSlice) {
    await nextTask();
    for (const s of sessions.slice(start, start + rowsPerSlice)) {
      lines.push(csvLine(exportColumns.map(([, read]) => read(s))));
    }
  }
  return lines.join('');
}

const csvPart = (text: string) => new Blob([text], { type: csvType });

const startRun = (): ExportRun => ({
  parts: [csvPart(csvLine(exportColumns.map(([name]) => name)))],
  token: undefined,
  done: 0,
  total: null,
});

/** The CSV's file name: the date, and for a partial export how much of the search it holds. */
export function exportFileName(partial?: ExportProgress, now = new Date()) {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '');
  if (!partial) return `sessions-${stamp}.csv`;
  return `sessions-partial-${partial.done}-of-${partial.total ?? 'unknown'}-${stamp}.csv`;
}

/**
 * Walks every page of the search (1,000 at a time, following continuation tokens) and returns the
 * CSV, a part per page. Each page is turned into text as it arrives, in slices with the browser's
 * turn between them (after the page's parse, too), so the page never does one long task.
 * Each page is retried as reads are; one that still fails throws `ExportStopped` with the rows read
 * so far, and passing its `run` as `from` carries on from that page without reading the rest again.
 */
export async function exportSessionsCsv(
  search: SessionSearchRequest,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
  { from = startRun(), sleep }: { from?: ExportRun; sleep?: Sleep } = {},
): Promise<Blob[]> {
  let run = from;
  do {
    const { token } = run;
    const page = await readWithRetries(
      () =>
        searchSessions(
          { search, limit: 1000, continuationToken: token, fields: exportFields },
          signal,
        ),
      signal,
      sleep,
    ).catch((error: unknown) => {
      throw signal.aborted ? error : new ExportStopped(run, error);
    });
    run = {
      parts: [...run.parts, csvPart(await toCsv(page.Items))],
      done: run.done + page.Items.length,
      total: page.TotalItems ?? null,
      token: page.ContinuationToken ?? undefined,
    };
    onProgress({ done: run.done, total: run.total });
  } while (run.token);
  return run.parts;
}
