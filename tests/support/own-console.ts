import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type BrowserSession } from './browser.ts';
import { serveBuiltConsole, type RunningConsole } from './serve-console.ts';

/** A describe's own console and a browser signed in to it, there from its first test on. */
export interface OwnConsole {
  readonly url: string;
  readonly browser: BrowserSession;
}

/**
 * For a describe whose tests need the simulator set apart (faults, latency, hostile data, a few
 * sessions): serves the built console under `env` and opens a browser signed in to it as the
 * demo account `as`, before its tests, and closes both after them. Call it in the describe's
 * body; the describe's own `beforeAll` hooks, registered after it, run after it and can use it.
 */
export function withOwnConsole(env: Record<string, string>, as = 'admin'): OwnConsole {
  let running: RunningConsole | undefined;
  let browser: BrowserSession | undefined;
  beforeAll(async () => {
    running = await serveBuiltConsole(env);
    browser = await openBrowser({ signIn: { consoleUrl: running.url, as } });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });
  const started = <T>(part: T | undefined): T => {
    if (part === undefined) throw new Error('The describe’s own console is not started yet.');
    return part;
  };
  return {
    get url() {
      return started(running).url;
    },
    get browser() {
      return started(browser);
    },
  };
}
