/**
 * Sessions and sign-ins in memory, for the auth tests: the same contract as the database store
 * (server/store/types.ts), including that expired entries are never returned.
 */
import type {
  ConsoleStore,
  PendingSignIn,
  SessionRepository,
  SignInRepository,
  StoredSession,
} from '../../store/types.ts';

export type AuthStore = Pick<ConsoleStore, 'sessions' | 'signIns' | 'signOuts'>;

export function createMemoryAuthStore(): AuthStore & { sessionCount(): number } {
  const sessions = new Map<string, StoredSession>();
  const signIns = new Map<string, PendingSignIn>();
  const signOuts = new Map<string, { url: string; createdAt: Date }>();
  const isActive = (session: StoredSession, now: Date) =>
    session.idleExpiresAt > now && session.absoluteExpiresAt > now;

  const sessionRepository: SessionRepository = {
    async create(session) {
      sessions.set(session.idHash, structuredClone(session));
    },
    async findActive(idHash, now) {
      const session = sessions.get(idHash);
      return session && isActive(session, now) ? structuredClone(session) : null;
    },
    async touch(idHash, idleExpiresAt) {
      const session = sessions.get(idHash);
      if (!session) return;
      session.idleExpiresAt =
        idleExpiresAt < session.absoluteExpiresAt ? idleExpiresAt : session.absoluteExpiresAt;
    },
    async remove(idHash) {
      const session = sessions.get(idHash) ?? null;
      sessions.delete(idHash);
      return session;
    },
    async removeExpired(now) {
      const expired = [...sessions.values()].filter((session) => !isActive(session, now));
      for (const session of expired) sessions.delete(session.idHash);
      return expired.length;
    },
  };

  const signInRepository: SignInRepository = {
    async create(request) {
      signIns.set(request.state, structuredClone(request));
    },
    async take(state, now, maxAgeMs) {
      const request = signIns.get(state) ?? null;
      signIns.delete(state);
      if (!request || now.getTime() - request.createdAt.getTime() > maxAgeMs) return null;
      return request;
    },
  };

  return {
    sessions: sessionRepository,
    signIns: signInRepository,
    signOuts: {
      async create(ticketHash, endSessionUrl, createdAt) {
        signOuts.set(ticketHash, { url: endSessionUrl, createdAt });
      },
      async take(ticketHash, now, maxAgeMs) {
        const ticket = signOuts.get(ticketHash);
        signOuts.delete(ticketHash);
        return ticket && now.getTime() - ticket.createdAt.getTime() < maxAgeMs ? ticket.url : null;
      },
    },
    sessionCount: () => sessions.size,
  };
}
