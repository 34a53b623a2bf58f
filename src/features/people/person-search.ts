import {
  exactUserFilter,
  type MachineSearch,
  type SessionPageRequest,
} from '../../api/citrix/search-requests.ts';
import type { Session } from '../../api/citrix/sessions.ts';

/** More sessions than one person ever has at once; the page says so if it is reached. */
export const personLimit = 100;

export function personSessionsRequest(user: string): SessionPageRequest {
  return {
    search: {
      SearchFilters: [exactUserFilter(user)],
      SearchFilterGroups: [],
      SearchFilterGroupsType: 'And',
      SortCriteria: { Property: 'StartTime', SortDirection: 'Descending' },
    },
    limit: personLimit,
  };
}

export function personMachinesSearch(user: string): MachineSearch {
  return { filters: [exactUserFilter(user)], limit: personLimit };
}

/**
 * Whether an account name (`DOMAIN\name` or UPN, as a session or an audit target names it) is
 * this person's: the rule the exact `$search` filter sends, applied here without case, as the
 * directory compares names; a bare name given as the account itself also counts.
 */
export function isPersonsAccount(account: string | null | undefined, user: string): boolean {
  if (!account) return false;
  const name = account.toLowerCase();
  if (name === user.trim().toLowerCase()) return true;
  const { Operator, Value } = exactUserFilter(user);
  const wanted = Value.toLowerCase();
  return Operator === 'Equals' ? name === wanted : name.endsWith(wanted);
}

/** Their sessions only: the search already matched them exactly; this keeps any other out. */
export function isPersonsSession(session: Session, user: string): boolean {
  const { User } = session;
  return [User?.Name, User?.SamName, User?.PrincipalName, session.UntrustedUserName].some(
    (account) => isPersonsAccount(account, user),
  );
}

/** The name a person goes by: the directory's display name from any session, else the address's. */
export function personDisplayName(sessions: Session[], user: string): string {
  return sessions.find((s) => s.User?.DisplayName)?.User?.DisplayName ?? user;
}
