/**
 * Mounts the console backend in a bare node:http server on loopback, exactly as a production
 * server would, plus a raw HTTP client: fetch would normalise `..` and refuse some headers, and
 * these tests need to send exactly what an attacker could.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createConsoleBackend,
  type ConsoleBackend,
  type ConsoleBackendOptions,
} from '../../../server/proxy/backend.ts';
import { openStore } from '../../../server/store/open-store.ts';
import type { ConsoleStore } from '../../../server/store/types.ts';
import { fakeCredentials } from './fake-cloud.ts';

export interface RunningConsole {
  url: string;
  backend: ConsoleBackend;
  logLines: string[];
  close(): Promise<void>;
}

/** What the SPA fallback answers, so tests can tell "not the proxy's business" from a 404. */
export const spaFallbackBody = 'spa-fallback';

let sharedStore: Promise<ConsoleStore> | null = null;

/**
 * One in-memory database for every console a test file starts: opening PGlite and migrating takes
 * seconds, and these tests are about forwarding, not storage. Records accumulate; tests that read
 * them filter by what they did.
 */
export function sharedTestStore(): Promise<ConsoleStore> {
  sharedStore ??= openStore({ CONSOLE_DATA_DIR: 'memory://' });
  return sharedStore;
}

export async function startConsole(
  env: Record<string, string>,
  options: ConsoleBackendOptions = {},
): Promise<RunningConsole> {
  const logLines: string[] = [];
  // These tests are about forwarding: sign-in is off (a local admin, loopback only) and the
  // database is in memory, unless a test says otherwise. tests/proxy/access.test.ts signs in.
  const backend = await createConsoleBackend(
    { CONSOLE_AUTH: 'none', CONSOLE_DATA_DIR: 'memory://', ...env },
    {
      log: (line) => logLines.push(line),
      store: options.store ?? (await sharedTestStore()),
      ...options,
    },
  );
  const server = createServer((req, res) =>
    backend.middleware(req, res, () => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(spaFallbackBody);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  backend.listening(url, '127.0.0.1');
  return {
    url,
    backend,
    logLines,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await backend.close();
    },
  };
}

/** Environment of a server holding both providers' credentials (pointed at a fake cloud). */
export function cloudEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    CITRIX_CUSTOMER_ID: fakeCredentials.customerId,
    CITRIX_CLIENT_ID: fakeCredentials.clientId,
    CITRIX_CLIENT_SECRET: fakeCredentials.clientSecret,
    RACKSPACE_USERNAME: fakeCredentials.username,
    RACKSPACE_API_KEY: fakeCredentials.apiKey,
    ...extra,
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json(): unknown;
}

export function send(
  baseUrl: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(baseUrl);
    const req = request({
      host: target.hostname,
      port: target.port,
      method: init.method ?? 'GET',
      path,
      // An explicit length: Node sends DELETE bodies unframed otherwise.
      headers: {
        ...(init.body === undefined || init.headers?.['Transfer-Encoding']
          ? {}
          : { 'Content-Length': Buffer.byteLength(init.body) }),
        ...init.headers,
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          json: () => JSON.parse(body) as unknown,
        });
      });
    });
    req.end(init.body);
  });
}
