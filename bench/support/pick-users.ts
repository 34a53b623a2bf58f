/**
 * Chooses the people the sessions benchmarks look up, by reading the simulator through the
 * console's proxy as the signed-in bench user. The simulator's data is generated from a fixed
 * seed, so the same people are chosen on every run.
 */
import { searchBoxProperties } from '../../src/features/sessions/search-box-properties.ts';

interface SessionRow {
  User?: { Name?: string | null; DisplayName?: string | null } | null;
  Machine?: { Id?: string | null } | null;
}

async function searchSessions(
  consoleUrl: string,
  cookie: string | null,
  body: unknown,
): Promise<SessionRow[]> {
  const response = await fetch(`${consoleUrl}/api/cvad/manage/Sessions/$search?limit=1000`, {
    method: 'POST',
    headers: { Cookie: cookie ?? '', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`$search answered ${response.status}`);
  return ((await response.json()) as { Items: SessionRow[] }).Items;
}

const bareName = (account: string) => account.slice(account.lastIndexOf('\\') + 1);

/**
 * Someone with sessions on several machines: among the first 1,000 sessions sorted by account,
 * the person on the most distinct machines (the first such, leaving out the last account on the
 * page, whose sessions may run on past it).
 */
export async function personOnSeveralMachines(consoleUrl: string, cookie: string | null) {
  const rows = await searchSessions(consoleUrl, cookie, {
    SortCriteria: { Property: 'UserName', SortDirection: 'Ascending' },
  });
  const machines = new Map<string, Set<string>>();
  for (const row of rows) {
    const account = row.User?.Name;
    if (!account || !row.Machine?.Id) continue;
    machines.set(account, (machines.get(account) ?? new Set()).add(row.Machine.Id));
  }
  const lastAccount = rows.at(-1)?.User?.Name;
  let best: { account: string; machines: number } | undefined;
  for (const [account, ids] of machines) {
    if (account !== lastAccount && ids.size > (best?.machines ?? 2)) {
      best = { account, machines: ids.size };
    }
  }
  if (!best) throw new Error('No one has sessions on three machines or more');
  const { account } = best;
  const theirs = rows.filter((row) => row.User?.Name === account);
  return {
    account,
    machines: best.machines,
    user: bareName(account),
    displayName: theirs[0]?.User?.DisplayName ?? account,
    sessions: theirs.length,
  };
}

/**
 * Someone a help-desk agent finds by typing their account name: a bare name (no domain) that the
 * sessions box's "contains" search answers with their sessions and no one else's, so the table
 * tells the answer to the whole name from the answer to part of it. Tried in the order of the
 * accounts given (from the first page of the sessions list).
 */
export async function uniquelyTypedAccount(
  consoleUrl: string,
  cookie: string | null,
  accounts: string[],
) {
  for (const account of accounts) {
    const typed = bareName(account);
    const rows = await searchSessions(consoleUrl, cookie, {
      SearchFilterGroups: [
        {
          SearchFilterGroupType: 'Or',
          SearchFilters: searchBoxProperties.map((Property) => ({
            Property,
            Operator: 'Contains',
            Value: typed,
          })),
        },
      ],
    });
    if (rows.length > 0 && rows.every((row) => row.User?.Name === account)) {
      return { account, typed };
    }
  }
  throw new Error('Every account tried also finds other people');
}
