import { useQuery } from '@tanstack/react-query';
import type { AuditRecord } from '../../../contracts/identity-api.ts';
import { auditQueries } from '../../api/console/audit.ts';
import { isPersonsAccount } from './person-search.ts';

/** The latest records; a person's sessions see few actions, and the trail is one link away. */
export const historyPageSize = 100;

/**
 * What was done to this person's sessions, newest first. The audit trail names a session target
 * by its Id and by its user's account (`DOMAIN\name`, looked up when the action was taken) and
 * filters by "contains" on either: so it is read once by the account (sessions that have ended
 * included), and only records with a session target of theirs are kept, by account or by the Id
 * of a session they have now. One read, not one per session: `useQueries` would grow the shell.
 */
export function usePersonHistory(account: string, sessionIds: string[]) {
  const query = useQuery(
    auditQueries.list({ target: account, page: 1, pageSize: historyPageSize }),
  );
  const ids = new Set(sessionIds);
  const isTheirs = (record: AuditRecord) =>
    record.targets.some(
      (target) =>
        target.type === 'session' && (ids.has(target.id) || isPersonsAccount(target.name, account)),
    );
  return {
    query: {
      data: query.data?.items.filter(isTheirs),
      error: query.error,
      refetch: query.refetch,
    },
    readAt: query.dataUpdatedAt,
    /** The trail holds more records for the account than were read: older ones are not shown. */
    partial: (query.data?.total ?? 0) > historyPageSize,
  };
}
