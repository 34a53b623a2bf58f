/**
 * Sign-in for the console as one object: the `/auth` and `/idp` routes, who a request's person
 * is, and a start-up summary. Vite dev, Vite preview and the production server mount the same.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Actor } from '../../contracts/identity-api.ts';
import type { ConsoleStore, StoredSession } from '../store/types.ts';
import { createAuthRoutes, createLocalAuthRoutes, type AuthMiddleware } from './auth-routes.ts';
import { createConsoleSessions } from './console-sessions.ts';
import { describeAuth } from './describe-auth.ts';
import { lazyEmbeddedIdp } from './embedded-idp/lazy-embedded-idp.ts';
import { createRelyingParty } from './relying-party.ts';
import { readSessionId } from './session-cookie.ts';
import type { AuthSettings, OidcAuthSettings } from './settings.ts';

export interface Identity {
  actor: Actor;
  authMode: 'oidc' | 'none';
  idleExpiresAt: Date | null;
  absoluteExpiresAt: Date | null;
}

export interface Auth {
  /** connect-style: serves /auth/* and /idp/*; calls next() otherwise. */
  middleware: AuthMiddleware;
  /** The request's signed-in person (sliding the idle lifetime), or null; with CONSOLE_AUTH=none the local admin. */
  identify(req: IncomingMessage): Promise<Identity | null>;
  /** Lines for the start-up log; never a secret of a real IdP. */
  describe(): string[];
  close(): Promise<void>;
}

export interface CreateAuthOptions {
  settings: AuthSettings;
  store: Pick<ConsoleStore, 'sessions' | 'signIns' | 'signOuts'>;
  /** The console's address as users type it; used when PUBLIC_URL is unset (asked per request). */
  publicUrl: () => string;
  /** Where log lines go; console.info by default. */
  log?: (line: string) => void;
  /** The clock; tests move it instead of sleeping. */
  now?: () => Date;
}

export const localActor: Actor = {
  subject: 'local',
  name: 'Local user',
  email: null,
  role: 'admin',
};

/** How often sessions past their lifetimes are deleted (they are refused before that anyway). */
const sweepIntervalMs = 15 * 60_000;

export async function createAuth(options: CreateAuthOptions): Promise<Auth> {
  const { settings } = options;
  const log = options.log ?? ((line: string) => console.info(line));
  if (settings.authMode === 'none') {
    return {
      middleware: createLocalAuthRoutes(options.publicUrl),
      identify: async () => ({
        actor: localActor,
        authMode: 'none',
        idleExpiresAt: null,
        absoluteExpiresAt: null,
      }),
      describe: () => describeAuth(settings, null),
      close: async () => {},
    };
  }
  return createOidcAuth(settings, { ...options, log });
}

async function createOidcAuth(
  settings: OidcAuthSettings,
  options: CreateAuthOptions & { log: (line: string) => void },
): Promise<Auth> {
  const { store, log } = options;
  const now = options.now ?? (() => new Date());
  const publicUrl = () => settings.publicUrl ?? options.publicUrl().replace(/\/+$/, '');
  const sessions = createConsoleSessions(
    store.sessions,
    { idleMs: settings.sessionIdleMs, maxMs: settings.sessionMaxMs },
    now,
  );
  const provider = settings.identityProvider;
  const embedded = provider.kind === 'embedded';
  // The embedded IdP and its one client live in this process: a fresh secret each start.
  const client = embedded
    ? { clientId: 'daas-console', clientSecret: randomBytes(32).toString('base64url') }
    : { clientId: provider.clientId, clientSecret: provider.clientSecret };
  const issuer = () => (embedded ? `${publicUrl()}/idp` : provider.issuerUrl);
  const startedAt = now();
  // The embedded IdP's signing keys live as long as this process: an ID token from a session
  // begun before a restart would be refused as a hint, so those sessions sign out without one.
  // `<=`: a fast restart fits in one clock tick, while this process's own sign-ins need requests
  // after it listens, so they are always later than `startedAt`.
  const endSessionHint = (session: StoredSession) =>
    embedded && session.createdAt.getTime() <= startedAt.getTime() ? null : session.idToken;

  const relyingParty = createRelyingParty({
    issuer,
    ...client,
    // The embedded IdP is this very server; settings allow plain http elsewhere only on loopback.
    allowPlainHttp: embedded || provider.allowInsecureRequests,
    scopes: settings.scopes,
    redirectUri: () => `${publicUrl()}/auth/callback`,
    log,
  });
  const middleware = createAuthRoutes({
    publicUrl,
    relyingParty,
    signIns: store.signIns,
    signOuts: store.signOuts,
    sessions,
    roleRules: settings.roleRules,
    sessionMaxMs: settings.sessionMaxMs,
    endSessionHint,
    now,
    log,
    serveIdp:
      provider.kind === 'embedded'
        ? lazyEmbeddedIdp({
            publicUrl,
            ...client,
            password: provider.demoPassword,
            showPassword: provider.demoPasswordIsDefault,
            log,
          })
        : null,
  });

  const sweep = setInterval(() => {
    store.sessions
      .removeExpired(now())
      .catch((error: unknown) =>
        log(`[console-auth] expired sessions not removed: ${String(error)}`),
      );
  }, sweepIntervalMs);
  sweep.unref();

  return {
    middleware,
    async identify(req) {
      const id = readSessionId(req.headers, publicUrl());
      const session = id ? await sessions.resume(id) : null;
      if (!session) return null;
      return {
        actor: session.actor,
        authMode: 'oidc',
        idleExpiresAt: session.idleExpiresAt,
        absoluteExpiresAt: session.absoluteExpiresAt,
      };
    },
    describe: () => {
      let known: string | null = null;
      try {
        known = publicUrl();
      } catch {
        // Not listening yet: the summary names the IdP without its address.
      }
      return describeAuth(settings, known);
    },
    close: async () => clearInterval(sweep),
  };
}
