import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  driverNames,
  openEmptyStoreForBlock,
  startPostgresForFile,
} from './testing/store-drivers.ts';
import type { PendingSignIn } from './types.ts';

const postgres = startPostgresForFile();
const tenMinutes = 10 * 60_000;

function sampleSignIn(overrides: Partial<PendingSignIn> = {}): PendingSignIn {
  return {
    state: randomUUID(),
    codeVerifier: 'verifier-'.padEnd(43, 'v'),
    nonce: randomUUID(),
    returnTo: '/catalogs?site=site-1',
    createdAt: new Date('2025-03-01T10:00:00Z'),
    ...overrides,
  };
}

describe.each(driverNames)('pending sign-ins on %s', (driver) => {
  const opened = openEmptyStoreForBlock(driver, postgres);
  const signIns = () => opened().store.signIns;

  it('hands a request back once: a replayed callback finds nothing', async () => {
    const request = sampleSignIn();
    await signIns().create(request);
    const now = new Date('2025-03-01T10:05:00Z');

    expect(await signIns().take(request.state, now, tenMinutes)).toEqual(request);
    expect(await signIns().take(request.state, now, tenMinutes)).toBeNull();
  });

  it('refuses a request as old as the allowed age, and removes it', async () => {
    const request = sampleSignIn();
    await signIns().create(request);
    const expiry = new Date(request.createdAt.getTime() + tenMinutes);

    expect(await signIns().take(request.state, expiry, tenMinutes)).toBeNull();
    expect(await signIns().take(request.state, request.createdAt, tenMinutes)).toBeNull();
  });

  it('sweeps abandoned requests while keeping recent ones', async () => {
    const abandoned = sampleSignIn({ createdAt: new Date('2025-03-01T09:00:00Z') });
    const recent = sampleSignIn({ createdAt: new Date('2025-03-01T10:00:00Z') });
    const completed = sampleSignIn({ createdAt: new Date('2025-03-01T10:01:00Z') });
    for (const request of [abandoned, recent, completed]) await signIns().create(request);

    await signIns().take(completed.state, new Date('2025-03-01T10:02:00Z'), tenMinutes);

    // Taken with its own creation time, the abandoned one would be young enough: it was swept.
    expect(await signIns().take(abandoned.state, abandoned.createdAt, tenMinutes)).toBeNull();
    expect(await signIns().take(recent.state, recent.createdAt, tenMinutes)).toEqual(recent);
  });

  it('refuses a return address that would leave the console', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/path', 'catalogs']) {
      await expect(signIns().create(sampleSignIn({ returnTo }))).rejects.toThrow(
        /check constraint/,
      );
    }
  });
});
