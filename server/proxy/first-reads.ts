/**
 * The reads the server names in a page's HTML for the person asking (`contracts/first-reads.ts`).
 * They name the customer, site and tenant, so only a signed-in person's page gets them, and they
 * must never hold the page up: when the connection is not known at once (tokens to mint, the
 * cloud slow), the page goes without them and the app asks itself, as it always can.
 */
import type { IncomingMessage } from 'node:http';
import type { ConnectionStatus } from '../../contracts/console-api.ts';
import { firstReadsOf, hasFirstReads } from '../../contracts/first-reads.ts';
import { pageFor } from '../../contracts/page-modules.ts';
import type { Identity } from '../auth/auth.ts';

export type FirstReads = (req: IncomingMessage, pathname: string) => Promise<readonly string[]>;

/** How long a page waits for the connection before going without its first reads. */
export const firstReadsWaitMs = 50;

export function createFirstReads(sources: {
  identify: (req: IncomingMessage) => Promise<Identity | null>;
  /** The connection as `/api/connection` reports it, from cached tokens and discovery. */
  status: () => Promise<ConnectionStatus>;
  waitMs?: number;
}): FirstReads {
  const waitMs = sources.waitMs ?? firstReadsWaitMs;
  return async (req, pathname) => {
    const page = pageFor(pathname);
    if (!page) return [];
    // Most pages have none: their loads read neither the session nor the connection here.
    if (!hasFirstReads(page.pattern)) return [];
    if (!(await sources.identify(req))) return [];
    const status = await within(sources.status(), waitMs);
    return status ? firstReadsOf(page.pattern, status) : [];
  };
}

/** The promise's value if it settles well within `ms`; null if it fails or takes longer. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([promise.catch(() => null), late]).finally(() => clearTimeout(timer));
}
