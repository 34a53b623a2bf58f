/**
 * A tiny console for the auth tests: a node:http server on loopback with the production
 * security headers, the auth middleware mounted, `/whoami` answering what identify() says, and
 * 404 for everything else (where the console's SPA fallback would be).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applySecurityHeaders } from '../../production/security-headers.ts';
import { createAuth, type Auth, type Identity } from '../auth.ts';
import { readAuthSettings, type AuthSettings } from '../settings.ts';
import { createMemoryAuthStore, type AuthStore } from './memory-store.ts';

/** An Identity as JSON: dates as ISO strings. */
export type IdentityJson = Omit<Identity, 'idleExpiresAt' | 'absoluteExpiresAt'> & {
  idleExpiresAt: string | null;
  absoluteExpiresAt: string | null;
};

export interface ConsoleWithAuth {
  url: string;
  auth: Auth;
  store: AuthStore;
  logs: string[];
  /** What `/whoami` (identify) answers for a `Cookie` header: 200 with the identity, or 401. */
  whoami(cookie: string): Promise<{ status: number; identity: IdentityJson | null }>;
  close(): Promise<void>;
}

export interface ConsoleWithAuthOptions {
  /** Environment for readAuthSettings (simulator mode); ignored when `settings` is given. */
  env?: Record<string, string>;
  /** Settings built from the URL the console listens on (for PUBLIC_URL). */
  settings?: (url: string) => AuthSettings;
  /** Runs once the URL is known, before `settings` (to start an IdP that needs it). */
  beforeSettings?: (url: string) => Promise<void>;
  store?: AuthStore;
  now?: () => Date;
}

export async function startConsoleWithAuth(
  options: ConsoleWithAuthOptions = {},
): Promise<ConsoleWithAuth> {
  const server = createServer();
  let url: string | null = null;
  const store = options.store ?? createMemoryAuthStore();
  const logs: string[] = [];
  const settings = (listening: string) =>
    options.settings?.(listening) ?? readAuthSettings(options.env ?? {}, { mode: 'simulator' });
  let auth: Auth | null = null;
  server.on('request', (req, res) => {
    // As the production server does: every page must work under the console's CSP.
    applySecurityHeaders(res);
    auth!.middleware(req, res, () => {
      if (req.url !== '/whoami') {
        res.writeHead(404).end('Not found');
        return;
      }
      auth!.identify(req).then(
        (identity) => {
          res.writeHead(identity ? 200 : 401, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(identity));
        },
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
  });
  url = await listen(server);
  await options.beforeSettings?.(url);
  auth = await createAuth({
    settings: settings(url),
    store,
    publicUrl: () => url!,
    log: (line) => logs.push(line),
    now: options.now,
  });
  return {
    url,
    auth,
    store,
    logs,
    async whoami(cookie) {
      const response = await fetch(`${url}/whoami`, { headers: { cookie } });
      return { status: response.status, identity: (await response.json()) as IdentityJson | null };
    },
    close: async () => {
      await auth!.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}
