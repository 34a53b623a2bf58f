/**
 * The consoles an auth test starts, closed after each test, so a file sets that up in one line:
 * `const consoles = consolesPerTest();` then `const running = await consoles.start();`.
 */
import { afterEach } from 'vitest';
import { sessionCookieHeader, signInOverHttp } from '../../../tests/support/sign-in.ts';
import {
  startConsoleWithAuth,
  type ConsoleWithAuth,
  type ConsoleWithAuthOptions,
} from './console-with-auth.ts';
import type { AuthStore } from './memory-store.ts';

export interface ConsolesPerTest {
  /** Starts a console that is closed once the test ends. */
  start(options?: ConsoleWithAuthOptions): Promise<ConsoleWithAuth>;
  /**
   * Signs `username` in on a console over `store`, stops it and starts another over the same
   * store, as a restart does: the second console and the session's `Cookie` header. `options`
   * go to both consoles.
   */
  signInThenRestart(
    store: AuthStore,
    username: string,
    options?: Omit<ConsoleWithAuthOptions, 'store'>,
  ): Promise<{ second: ConsoleWithAuth; cookie: string }>;
}

/** Registers the afterEach that closes every console a test started; call it at a file's top. */
export function consolesPerTest(): ConsolesPerTest {
  const started: ConsoleWithAuth[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((running) => running.close()));
  });
  const start = async (options?: ConsoleWithAuthOptions) => {
    const running = await startConsoleWithAuth(options);
    started.push(running);
    return running;
  };
  return {
    start,
    async signInThenRestart(store, username, options) {
      const first = await startConsoleWithAuth({ ...options, store });
      let cookie: string;
      try {
        cookie = sessionCookieHeader(await signInOverHttp(first.url, username));
      } finally {
        await first.close();
      }
      return { second: await start({ ...options, store }), cookie };
    },
  };
}
