import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { alice } from './testing/sample-records.ts';
import {
  driverNames,
  openEmptyStoreForBlock,
  startPostgresForFile,
} from './testing/store-drivers.ts';
import type { StoredSession } from './types.ts';

const postgres = startPostgresForFile();
const at = (iso: string) => new Date(iso);

function sampleSession(overrides: Partial<StoredSession> = {}): StoredSession {
  return {
    idHash: createHash('sha256').update(randomBytes(32)).digest('base64url'),
    actor: alice,
    idToken: 'eyJ.id.token',
    createdAt: at('2025-03-01T10:00:00Z'),
    idleExpiresAt: at('2025-03-01T10:30:00Z'),
    absoluteExpiresAt: at('2025-03-01T18:00:00Z'),
    ...overrides,
  };
}

describe.each(driverNames)('sessions on %s', (driver) => {
  const opened = openEmptyStoreForBlock(driver, postgres);
  const sessions = () => opened().store.sessions;

  it('finds a stored session, as stored, while both lifetimes last', async () => {
    const session = sampleSession({ actor: { ...alice, email: null } });
    await sessions().create(session);

    expect(await sessions().findActive(session.idHash, at('2025-03-01T10:29:59Z'))).toEqual(
      session,
    );
  });

  it('finds nothing once the idle or the absolute lifetime has passed, or for an unknown id', async () => {
    const idle = sampleSession();
    const absolute = sampleSession({ idleExpiresAt: at('2025-03-01T18:00:00Z') });
    await sessions().create(idle);
    await sessions().create(absolute);

    expect(await sessions().findActive(idle.idHash, at('2025-03-01T10:30:00Z'))).toBeNull();
    expect(await sessions().findActive(absolute.idHash, at('2025-03-01T18:00:00Z'))).toBeNull();
    expect(await sessions().findActive('unknown', at('2025-03-01T10:00:00Z'))).toBeNull();
  });

  it('slides the idle lifetime, but never past the absolute one', async () => {
    const session = sampleSession();
    await sessions().create(session);

    await sessions().touch(session.idHash, at('2025-03-01T11:00:00Z'));
    const slid = await sessions().findActive(session.idHash, at('2025-03-01T10:45:00Z'));
    expect(slid?.idleExpiresAt).toEqual(at('2025-03-01T11:00:00Z'));

    await sessions().touch(session.idHash, at('2025-03-02T00:00:00Z'));
    const capped = await sessions().findActive(session.idHash, at('2025-03-01T17:00:00Z'));
    expect(capped?.idleExpiresAt).toEqual(session.absoluteExpiresAt);
  });

  it('removes a session and returns what it was; a second removal finds nothing', async () => {
    const session = sampleSession();
    await sessions().create(session);

    expect(await sessions().remove(session.idHash)).toEqual(session);
    expect(await sessions().remove(session.idHash)).toBeNull();
    expect(await sessions().findActive(session.idHash, session.createdAt)).toBeNull();
  });

  it('sweeps the sessions past either lifetime and keeps the rest', async () => {
    // Clears what the earlier tests stored (all in 2025), so the count below is this test's own.
    await sessions().removeExpired(at('2030-01-01T00:00:00Z'));
    const now = at('2030-01-01T12:00:00Z');
    const idleEnded = sampleSession({
      idleExpiresAt: at('2030-01-01T11:00:00Z'),
      absoluteExpiresAt: at('2030-01-01T20:00:00Z'),
    });
    const absoluteEnded = sampleSession({
      idleExpiresAt: at('2030-01-01T12:00:00Z'),
      absoluteExpiresAt: at('2030-01-01T12:00:00Z'),
    });
    const live = sampleSession({
      idleExpiresAt: at('2030-01-01T12:30:00Z'),
      absoluteExpiresAt: at('2030-01-01T20:00:00Z'),
    });
    for (const session of [idleEnded, absoluteEnded, live]) await sessions().create(session);

    expect(await sessions().removeExpired(now)).toBe(2);
    expect(await sessions().remove(idleEnded.idHash)).toBeNull();
    expect(await sessions().findActive(live.idHash, now)).toEqual(live);
  });
});
