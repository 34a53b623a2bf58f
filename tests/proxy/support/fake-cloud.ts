/**
 * A stand-in for both clouds, laid out like them (and like the simulator), that records every
 * request it receives. Token endpoints count mints and can be told to fail; any other path echoes
 * the request back unless a test scripts an answer for it.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

export const fakeCredentials = {
  customerId: 'cust-fake',
  clientId: 'client-fake',
  clientSecret: 'citrix-secret-0123456789',
  siteId: 'site-fake-1',
  username: 'rack-user',
  apiKey: 'rackspace-apikey-0123456789',
  tenantId: '987654',
};

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface FakeCloud {
  url: string;
  requests: RecordedRequest[];
  mints: { citrix: number; rackspace: number };
  /** Every token handed out, to check none of them reaches the browser. */
  issuedTokens: string[];
  /** Lifetime of the next tokens, in seconds. */
  tokenTtlSeconds: number;
  /** How many upcoming mints (of either provider) answer 401. */
  failingMints: number;
  /** Delay before a token endpoint answers, to widen the window for concurrent requests. */
  mintDelayMs: number;
  script(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startFakeCloud(): Promise<FakeCloud> {
  const scripted = new Map<string, Handler>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      fake.requests.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const path = req.url!.split('?')[0]!;
      const handler = scripted.get(path) ?? builtIn(path);
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const mint = (
    provider: 'citrix' | 'rackspace',
    res: ServerResponse,
    answer: (token: string) => unknown,
  ) => {
    setTimeout(() => {
      if (fake.failingMints > 0) {
        fake.failingMints -= 1;
        json(res, 401, {
          error: 'invalid_client',
          error_description: 'Client authentication failed',
        });
        return;
      }
      fake.mints[provider] += 1;
      const token = `${provider}-token-${fake.mints[provider]}-${Math.random().toString(36).slice(2)}`;
      fake.issuedTokens.push(token);
      json(res, 200, answer(token));
    }, fake.mintDelayMs);
  };

  const builtIn = (path: string): Handler => {
    if (/^\/cctrustoauth2\/[^/]+\/tokens\/clients$/.test(path)) {
      return (_req, res, body) => {
        const form = new URLSearchParams(body);
        if (form.get('client_secret') !== fakeCredentials.clientSecret) fake.failingMints += 1;
        mint('citrix', res, (token) => ({
          token_type: 'bearer',
          access_token: token,
          expires_in: String(fake.tokenTtlSeconds),
        }));
      };
    }
    if (path === '/v2.0/tokens') {
      return (_req, res) =>
        mint('rackspace', res, (token) => rackspaceAccess(url, token, fake.tokenTtlSeconds));
    }
    if (path === '/cvad/manage/me') {
      return (_req, res) =>
        json(res, 200, {
          UserId: 'u1',
          DisplayName: 'Fake Admin',
          Customers: [
            {
              Id: fakeCredentials.customerId,
              Name: 'Fake Corp',
              Sites: [{ Id: fakeCredentials.siteId, Name: 'Fake Site' }],
            },
          ],
        });
    }
    return echo;
  };

  const fake: FakeCloud = {
    url,
    requests: [],
    mints: { citrix: 0, rackspace: 0 },
    issuedTokens: [],
    tokenTtlSeconds: 3600,
    failingMints: 0,
    mintDelayMs: 0,
    script: (path, handler) => scripted.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

/** What the echo handler answers: the request as the upstream received it. */
export const echoSchema = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  body: z.string(),
});

/** Echoes the request, with headers a browser must never see (cookies, internal ones). */
const echo: Handler = (req, res, body) => {
  res.setHeader('Set-Cookie', 'upstream-session=abc; Path=/');
  res.setHeader('X-Internal-Debug', 'upstream-internal');
  res.setHeader('Citrix-TransactionId', 'txn-1');
  json(res, 200, { method: req.method, url: req.url, headers: req.headers, body });
};

export function json(res: ServerResponse, status: number, body: unknown, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function rackspaceAccess(url: string, token: string, ttlSeconds: number) {
  const { tenantId } = fakeCredentials;
  const endpoint = (region: string) => ({
    region,
    tenantId,
    publicURL: `${url}/rackspace/${region.toLowerCase()}/v2/${tenantId}`,
  });
  return {
    access: {
      token: {
        id: token,
        expires: new Date(Date.now() + ttlSeconds * 1000).toISOString(),
        tenant: { id: tenantId, name: tenantId },
      },
      user: { id: 'u1', name: fakeCredentials.username, 'RAX-AUTH:defaultRegion': 'DFW' },
      serviceCatalog: [
        {
          name: 'cloudServersOpenStack',
          type: 'compute',
          endpoints: [endpoint('DFW'), endpoint('ORD')],
        },
      ],
    },
  };
}
