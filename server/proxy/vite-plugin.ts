/**
 * Mounts the console backend into `vite` (dev) and `vite preview`, so both serve `/api` exactly
 * as a production server would. In simulator mode the simulator runs inside Vite's process and
 * stops with it: one Ctrl-C stops everything.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { loadEnv, type Connect, type Plugin, type ResolvedConfig } from 'vite';
import { isClientRoute } from '../production/client-routes.ts';
import { createStaticHandler } from '../production/static-files.ts';
import { StoreError } from '../store/open-store.ts';
import { createConsoleBackend, type ConsoleBackend } from './backend.ts';
import { ConfigError } from './config.ts';

/**
 * The built console as the production server sends it (static-files.ts): a client route's page
 * that a browser navigates to, with its code named in the head, and the hashed files, cached for
 * a year and compressed. Vite's preview would ask the browser to revalidate each of those on every
 * load (no-cache), some 25 round trips before a page can run that production never makes, and the
 * benchmarks and end-to-end tests run on the preview. Everything else goes on to Vite.
 */
function builtFilesMiddleware(outDir: string): Connect.NextHandleFunction {
  const files = createStaticHandler(outDir);
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    const navigation =
      (req.method === 'GET' || req.method === 'HEAD') &&
      (req.headers.accept ?? '').includes('text/html') &&
      isClientRoute(pathname);
    if (navigation || pathname.startsWith('/assets/')) files(req, res);
    else next();
  };
}

/** The part of Node's http (or http2) server this plugin needs. */
interface ClosingServer {
  once(event: 'close' | 'listening', listener: () => void): unknown;
  address(): AddressInfo | string | null;
}

export function consoleServer(): Plugin {
  // Servers without an http server (middleware mode) are closed through the close hooks.
  const detached = new Set<ConsoleBackend>();
  const closeDetached = async () => {
    const backends = [...detached];
    detached.clear();
    await Promise.all(backends.map((backend) => backend.close()));
  };
  const mount = async (
    config: ResolvedConfig,
    middlewares: Connect.Server,
    httpServer: ClosingServer | null,
    host: string | boolean | undefined,
  ) => {
    let backend: ConsoleBackend;
    try {
      backend = await createConsoleBackend(readEnv(config));
    } catch (error) {
      // A setting to fix, said in words before Vite's own report: the message names the setting.
      if (error instanceof ConfigError || error instanceof StoreError) {
        config.logger.error(`\n${error.message}\n`);
      }
      throw error;
    }
    // Added before Vite's own middlewares, so `/api` never falls through to the SPA fallback.
    middlewares.use(backend.middleware);
    config.logger.info(backend.describe());
    if (httpServer) {
      httpServer.once('listening', () => {
        const address = httpServer.address();
        if (!address || typeof address === 'string') return;
        const name = typeof host === 'string' ? host : host ? '0.0.0.0' : 'localhost';
        // People type "localhost", not the wildcard the server may be bound to.
        const typed = name === '0.0.0.0' || name === '::' ? 'localhost' : name;
        try {
          backend.listening(`http://${typed}:${address.port}`, name);
          // After listening: the sign-in lines name the address people sign in at.
          for (const line of backend.describeSignIn()) config.logger.info(line);
        } catch (error) {
          config.logger.error(error instanceof Error ? error.message : String(error));
          process.exit(1);
        }
      });
      httpServer.once('close', () => void backend.close());
    } else detached.add(backend);
  };

  return {
    name: 'daas-console-server',
    async configureServer(server) {
      await mount(server.config, server.middlewares, server.httpServer, server.config.server.host);
    },
    async configurePreviewServer(server) {
      await mount(server.config, server.middlewares, server.httpServer, server.config.preview.host);
      server.middlewares.use(
        builtFilesMiddleware(resolve(server.config.root, server.config.build.outDir)),
      );
    },
    closeServer: closeDetached,
    closePreviewServer: closeDetached,
  };
}

/**
 * `.env`, `.env.local` and `.env.[mode].local` merged under process.env. The empty prefix loads
 * every variable for the server only; none of them is exposed to the client bundle, which sees
 * only VITE_-prefixed variables (and none of the console's settings use that prefix).
 */
function readEnv(config: ResolvedConfig): Record<string, string | undefined> {
  if (config.envDir === false) return { ...process.env };
  return loadEnv(config.mode, config.envDir, '');
}
