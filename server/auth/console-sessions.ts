/**
 * The console's server-side sessions. The browser holds a random 32-byte id; the database holds
 * only its SHA-256, so a leaked database (or backup) cannot be replayed as cookies.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../contracts/identity-api.ts';
import type { SessionRepository, StoredSession } from '../store/types.ts';

export interface SessionLifetimes {
  idleMs: number;
  maxMs: number;
}

export interface ConsoleSessions {
  /** Stores a new session; returns the id for the cookie. */
  start(actor: Actor, idToken: string | null): Promise<{ id: string; session: StoredSession }>;
  /** The active session for a cookie's id, its idle lifetime slid forward; null when none. */
  resume(id: string): Promise<StoredSession | null>;
  /** Ends the session; returns what it was. */
  end(id: string): Promise<StoredSession | null>;
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

export function createConsoleSessions(
  repository: SessionRepository,
  lifetimes: SessionLifetimes,
  now: () => Date,
): ConsoleSessions {
  // Sliding on every API call would write once per request; a minute (or a tenth of a short
  // idle lifetime) of slack keeps writes rare and the idle lifetime honest.
  const slideSlackMs = Math.min(60_000, lifetimes.idleMs / 10);
  const idleEnd = (from: Date, absolute: Date) =>
    new Date(Math.min(from.getTime() + lifetimes.idleMs, absolute.getTime()));

  return {
    async start(actor, idToken) {
      const id = randomBytes(32).toString('base64url');
      const createdAt = now();
      const absoluteExpiresAt = new Date(createdAt.getTime() + lifetimes.maxMs);
      const session: StoredSession = {
        idHash: hashSessionId(id),
        actor,
        idToken,
        createdAt,
        idleExpiresAt: idleEnd(createdAt, absoluteExpiresAt),
        absoluteExpiresAt,
      };
      await repository.create(session);
      return { id, session };
    },
    async resume(id) {
      const at = now();
      const session = await repository.findActive(hashSessionId(id), at);
      // The store filters expired sessions too; checking here keeps a lax store from extending one.
      if (!session || session.idleExpiresAt <= at || session.absoluteExpiresAt <= at) return null;
      const slid = idleEnd(at, session.absoluteExpiresAt);
      if (slid.getTime() - session.idleExpiresAt.getTime() < slideSlackMs) return session;
      await repository.touch(session.idHash, slid);
      return { ...session, idleExpiresAt: slid };
    },
    end: (id) => repository.remove(hashSessionId(id)),
  };
}
