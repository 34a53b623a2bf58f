/**
 * The built console and its proxy in one node:http server: `/api` goes to exactly the backend that
 * Vite dev and preview mount (createConsoleBackend), everything else to the static files. Every
 * response carries the security headers, including the ones for requests the server refuses
 * before the console sees them: another host (DNS rebinding), HTTP/0.9, malformed requests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createConsoleBackend,
  type ConsoleBackend,
  type ConsoleBackendOptions,
} from '../proxy/backend.ts';
import { createDrain } from './draining.ts';
import { pathProblem } from '../proxy/path-guard.ts';
import { createHostPolicy } from './host-policy.ts';
import { answerClientError, sendPlain } from './plain-answers.ts';
import { applySecurityHeaders } from './security-headers.ts';
import { createStaticHandler } from './static-files.ts';

export interface ProductionServerOptions {
  distDir: string;
  env: Record<string, string | undefined>;
  /** Tests point the backend at a fake cloud or a simulator of their own. */
  backend?: ConsoleBackendOptions;
  /** Tests shorten the slow-client limits to see them act. */
  timeouts?: { headersMs: number; requestMs: number; checkIntervalMs: number };
}

export interface ProductionServer {
  server: Server;
  backend: ConsoleBackend;
  /** For the start-up log: which host names are answered. */
  describeHosts(): string;
  /** Starts listening; resolves with the URL it answers on. */
  listen(port: number, host: string): Promise<string>;
  /**
   * Stops taking connections, lets requests in flight finish (at most `graceMs`, then cuts what
   * is left), then stops the backend (and its embedded simulator). True when nothing was cut.
   */
  close(graceMs?: number): Promise<boolean>;
}

export async function createProductionServer(
  options: ProductionServerOptions,
): Promise<ProductionServer> {
  const backend = await createConsoleBackend(options.env, options.backend);
  const hosts = createHostPolicy({
    publicUrl: backend.publicOrigin,
    allowedHosts: options.env.CONSOLE_ALLOWED_HOSTS,
  });
  const serveStatic = createStaticHandler(options.distDir);
  // Slow clients must not hold sockets forever (slowloris); upstream timeouts are the proxy's.
  const timeouts = options.timeouts ?? {
    headersMs: 20_000,
    requestMs: 120_000,
    checkIntervalMs: 30_000,
  };
  const server = createServer(
    { connectionsCheckingInterval: timeouts.checkIntervalMs },
    (req, res) => {
      applySecurityHeaders(res);
      drain.track(res);
      // HTTP/0.9 has no headers at all, so neither a Host to check nor a way to answer with ours.
      if (req.httpVersionMajor < 1) {
        sendPlain(res, 400, 'HTTP/0.9 requests are not served; send HTTP/1.1.', {
          Connection: 'close',
        });
        return;
      }
      const hostRefusal = hosts.refusal(req.headers.host);
      if (hostRefusal) {
        sendPlain(res, hostRefusal.status, hostRefusal.reason, { Connection: 'close' });
        return;
      }
      // `/api` refuses look-alike paths itself, in JSON; every other path is refused here,
      // before sign-in or the files read it.
      const url = req.url ?? '/';
      const lookAlike = isApiPath(url) ? null : pathProblem(url);
      if (lookAlike) {
        sendPlain(res, 400, `This address is not served: its ${lookAlike}.`, {
          Connection: 'close',
        });
        return;
      }
      backend.middleware(req, res, () => serveStatic(req, res));
    },
  );
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.on('clientError', answerClientError);
  const drain = createDrain(server);

  return {
    server,
    backend,
    describeHosts: () => hosts.describe(),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          const url = `http://${urlHost}:${address.port}`;
          try {
            backend.listening(url, host);
          } catch (error) {
            server.close();
            reject(error);
            return;
          }
          resolve(url);
        });
      }),
    async close(graceMs = 8_000) {
      const inTime = await drain.drain(graceMs);
      await backend.close();
      return inTime;
    },
  };
}

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
