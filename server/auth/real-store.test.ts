import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.ts';
import type { ConsoleStore } from '../store/types.ts';
import { consolesPerTest } from './testing/consoles-per-test.ts';

let store: ConsoleStore | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});
// Registered after the store's afterEach, so it runs before it: the consoles close first.
const consoles = consolesPerTest();

describe('sign-in over the console database (PGlite in memory)', () => {
  it('signs in, survives a restart of the console, and signs out', async () => {
    store = await openStore({ CONSOLE_DATA_DIR: 'memory://' });
    const { second, cookie } = await consoles.signInThenRestart(store, 'admin');
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
