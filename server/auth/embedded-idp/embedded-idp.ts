/**
 * The simulator's demo OpenID provider (oidc-provider), served on the console's own origin under
 * the issuer's path (`/idp`), so the browser never needs another port. The console signs in
 * through it exactly as through a production IdP.
 *
 * Its signing key and cookie keys are made in memory at start, and its sessions and codes live
 * in oidc-provider's in-memory adapter: a restart signs people out of the demo IdP (not of the
 * console, whose sessions are in the database).
 */
import { generateKeyPair } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import Provider from 'oidc-provider';
import type { IdpAccount } from './demo-accounts.ts';
import { autoSubmitScriptSource } from './idp-pages.ts';
import {
  serveInteraction,
  sendInteractionFailure,
  type InteractionAction,
} from './interactions.ts';
import { providerConfiguration, type ConsoleClient } from './provider-config.ts';

export interface EmbeddedIdpOptions {
  /** E.g. `http://localhost:5173/idp`; its path is where the IdP is mounted. */
  issuer: string;
  client: ConsoleClient;
  accounts: readonly IdpAccount[];
  password: string;
  /** Lines under the sign-in form about the accounts. */
  note: string[];
  log: (line: string) => void;
}

export interface EmbeddedIdp {
  issuer: string;
  /** The issuer's path, e.g. `/idp`. */
  mountPath: string;
  /** Serves a request whose `req.url` is under `mountPath`. */
  handle(req: IncomingMessage, res: ServerResponse): void;
}

const interactionPattern = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/;

export async function createEmbeddedIdp(options: EmbeddedIdpOptions): Promise<EmbeddedIdp> {
  const issuerUrl = new URL(options.issuer);
  const mountPath = issuerUrl.pathname.replace(/\/+$/, '');
  const consoleUrl = issuerUrl.origin;
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const provider = new Provider(
    options.issuer,
    providerConfiguration({
      client: options.client,
      accounts: options.accounts,
      signingKey: privateKey.export({ format: 'jwk' }),
      mountPath,
      consoleUrl,
    }),
  );
  // URLs and cookie flags come from X-Forwarded-*, which handle() sets from the issuer.
  provider.proxy = true;
  // Koa's default prints whole errors (with request details); one line in words is enough.
  provider.app.onerror = (error: Error) => options.log(`[console-auth] demo IdP: ${error.message}`);
  provider.on('server_error', (_ctx, error) =>
    options.log(`[console-auth] demo IdP failed: ${error.message}`),
  );
  const callback = provider.callback();
  const interactionOptions = { ...options, provider, mountPath, consoleUrl };

  return {
    issuer: options.issuer,
    mountPath,
    handle(req, res) {
      const fullUrl = req.url ?? '/';
      // oidc-provider finds its mount path by comparing req.originalUrl with req.url (as under
      // express's app.use('/idp', …)), and builds absolute URLs from the request's origin:
      // present both as the issuer's, whatever Host or X-Forwarded-* the request came with.
      Object.assign(req, { originalUrl: fullUrl });
      req.url = fullUrl.slice(mountPath.length) || '/';
      req.headers['x-forwarded-proto'] = issuerUrl.protocol.slice(0, -1);
      req.headers['x-forwarded-host'] = issuerUrl.host;
      const path = req.url.split('?')[0]!;
      if (path === '/assets/sign-out.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(autoSubmitScriptSource);
        return;
      }
      const interaction = interactionPattern.exec(path);
      if (interaction) {
        const action = (interaction[2] ?? 'show') as InteractionAction;
        serveInteraction(interactionOptions, req, res, interaction[1]!, action).catch(
          (error: unknown) => {
            options.log(`[console-auth] demo IdP sign-in page failed: ${(error as Error).message}`);
            sendInteractionFailure(res, consoleUrl);
          },
        );
        return;
      }
      void callback(req, res);
    },
  };
}
