import { useQuery } from '@tanstack/react-query';
import type { AuditRecord, AuditTarget } from '../../../contracts/identity-api.ts';
import { auditQueries } from '../../api/console/audit.ts';
import { useAfterFirstPaint } from '../../hooks/use-after-first-paint.ts';
import { isPersonsAccount } from './person-search.ts';

/** The latest records; a person's sessions see few actions, and the trail is one link away. */
export const historyPageSize = 100;

/**
 * What was done to this person's sessions and to the machines they were on, newest first. The
 * audit trail names a session target by its Id and by its user's account (`DOMAIN\name`, looked
 * up when the action was taken), and a machine action names, beside the machine, the people on
 * it then as `user` targets by account; it filters by "contains" on a target's id or name. So it
 * is read once by the account (sessions that have ended and machines they have left included),
 * and only records with a session target of theirs, by account or by the Id of a session they
 * have now, or with a machine target and a `user` target of their account, are kept. One read,
 * not one per session or machine: `useQueries` would grow the shell. The machines they are on now
 * do not widen it: an action on one before they were on it did nothing to them.
 */
export function usePersonHistory(account: string, sessionIds: string[]) {
  const query = useQuery({
    ...auditQueries.list({ target: account, page: 1, pageSize: historyPageSize }),
    // Below their sessions: read once those have painted (useAfterFirstPaint).
    enabled: useAfterFirstPaint(),
  });
  const ids = new Set(sessionIds);
  const isTheirSession = (target: AuditTarget) =>
    target.type === 'session' && (ids.has(target.id) || isPersonsAccount(target.name, account));
  const isThem = (target: AuditTarget) =>
    target.type === 'user' && isPersonsAccount(target.id, account);
  const isTheirs = ({ targets }: AuditRecord) =>
    targets.some(isTheirSession) ||
    (targets.some((target) => target.type === 'machine') && targets.some(isThem));
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
