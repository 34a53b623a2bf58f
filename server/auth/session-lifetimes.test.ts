import { describe, expect, it } from 'vitest';
import { sessionCookieHeader, signInOverHttp } from '../../tests/support/sign-in.ts';
import { consolesPerTest } from './testing/consoles-per-test.ts';
import { createMemoryAuthStore } from './testing/memory-store.ts';

const consoles = consolesPerTest();

const minutes = (count: number) => count * 60_000;

/** A console whose session clock the test moves; the IdP keeps real time. */
async function startWithClock(env: Record<string, string> = {}) {
  const start = new Date('2030-01-01T09:00:00Z').getTime();
  let offset = 0;
  const running = await consoles.start({ env, now: () => new Date(start + offset) });
  const cookie = sessionCookieHeader(await signInOverHttp(running.url, 'admin'));
  return {
    running,
    cookie,
    at: (minutesLater: number) => {
      offset = minutes(minutesLater);
      return running.whoami(cookie);
    },
    iso: (minutesLater: number) => new Date(start + minutes(minutesLater)).toISOString(),
  };
}

describe('session lifetimes', () => {
  it('ends a session left idle for 30 minutes; using it slides that forward', async () => {
    const { at, iso } = await startWithClock();

    const used = await at(29);
    expect(used.status).toBe(200);
    expect(used.identity?.idleExpiresAt).toBe(iso(59));
    expect((await at(58)).status).toBe(200);
    expect((await at(58 + 31)).status).toBe(401);
  });

  it('ends a session at its absolute lifetime however busy it is', async () => {
    const { at, iso } = await startWithClock({ SESSION_MAX_HOURS: '1' });

    for (const minute of [20, 40, 50]) expect((await at(minute)).status).toBe(200);
    const last = await at(50);
    expect(last.identity?.absoluteExpiresAt).toBe(iso(60));
    expect(last.identity?.idleExpiresAt).toBe(iso(60));
    expect((await at(60)).status).toBe(401);
  });

  it('honours SESSION_IDLE_MINUTES', async () => {
    const { at } = await startWithClock({ SESSION_IDLE_MINUTES: '5' });

    expect((await at(4)).status).toBe(200);
    expect((await at(4 + 6)).status).toBe(401);
  });

  it('survives a restart: another console over the same store knows the cookie', async () => {
    const { second, cookie } = await consoles.signInThenRestart(
      createMemoryAuthStore(),
      'helpdesk',
    );
    const me = await second.whoami(cookie);

    expect(me.status).toBe(200);
    expect(me.identity?.actor).toMatchObject({ subject: 'helpdesk', role: 'helpdesk' });
  });

  it('knows nobody without a cookie, or with one it did not mint', async () => {
    const { running } = await startWithClock();

    expect((await running.whoami('')).status).toBe(401);
    const forged = `daas-console-session=${Buffer.alloc(32, 7).toString('base64url')}`;
    expect((await running.whoami(forged)).status).toBe(401);
  });
});
