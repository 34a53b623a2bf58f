import { afterEach, describe, expect, it } from 'vitest';
import { sessionCookieHeader, signInOverHttp } from '../../tests/support/sign-in.ts';
import { openStore } from '../store/open-store.ts';
import type { ConsoleStore } from '../store/types.ts';
import { startConsoleWithAuth, type ConsoleWithAuth } from './testing/console-with-auth.ts';

let store: ConsoleStore | null = null;
const started: ConsoleWithAuth[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((running) => running.close()));
  await store?.close();
  store = null;
});

describe('sign-in over the console database (PGlite in memory)', () => {
  it('signs in, survives a restart of the console, and signs out', async () => {
    store = await openStore({ CONSOLE_DATA_DIR: 'memory://' });
    const first = await startConsoleWithAuth({ store });
    started.push(first);
    const cookie = sessionCookieHeader(await signInOverHttp(first.url, 'admin'));
    await first.close();
    started.pop();

    const second = await startConsoleWithAuth({ store });
    started.push(second);
    const me = await second.whoami(cookie);
    expect(me.status).toBe(200);
    expect(me.identity?.actor).toEqual({
      subject: 'admin',
      name: 'Avery Admin',
      email: 'avery.admin@example.com',
      role: 'admin',
    });

    const logout = await fetch(`${second.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie, origin: second.url },
    });
    expect(logout.status).toBe(200);
    expect((await second.whoami(cookie)).status).toBe(401);
  }, 60_000); // PGlite takes seconds to start when the machine is busy
});
