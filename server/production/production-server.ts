/**
 * The built console and its proxy in one node:http server: `/api` goes to exactly the backend that
 * Vite dev and preview mount (createConsoleBackend), everything else to the static files. Every
 * response, including the proxy's, carries the security headers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createConsoleBackend,
  type ConsoleBackend,
  type ConsoleBackendOptions,
} from '../proxy/backend.ts';
import { applySecurityHeaders } from './security-headers.ts';
import { createStaticHandler } from './static-files.ts';

export interface ProductionServerOptions {
  distDir: string;
  env: Record<string, string | undefined>;
  /** Tests point the backend at a fake cloud or a simulator of their own. */
  backend?: ConsoleBackendOptions;
}

export interface ProductionServer {
  server: Server;
  backend: ConsoleBackend;
  /** Starts listening; resolves with the URL it answers on. */
  listen(port: number, host: string): Promise<string>;
  /**
   * Stops taking connections, lets requests in flight finish (at most `graceMs`), then stops
   * the backend (and its embedded simulator).
   */
  close(graceMs?: number): Promise<void>;
}

export async function createProductionServer(
  options: ProductionServerOptions,
): Promise<ProductionServer> {
  const backend = await createConsoleBackend(options.env, options.backend);
  const serveStatic = createStaticHandler(options.distDir);
  const server = createServer((req, res) => {
    applySecurityHeaders(res);
    backend.middleware(req, res, () => serveStatic(req, res));
  });
  // Slow clients must not hold sockets forever (slowloris); upstream timeouts are the proxy's.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;

  return {
    server,
    backend,
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
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A keep-alive connection turns idle when its last answer is sent; close it then rather
      // than after the keep-alive timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const forced = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearInterval(sweep);
      clearTimeout(forced);
      await backend.close();
    },
  };
}
