/**
 * The connect-style middleware of sign-in: `/auth/*` (the console as OIDC client) and, in
 * simulator mode, `/idp/*` (the demo IdP). Everything else goes to `next()`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendPage } from './html-page.ts';
import { refuseMethod, redirect, sendJson } from './responses.ts';
import { safeReturnTo } from './return-to.ts';
import { finishSignIn, startSignIn, type SignInContext } from './sign-in-routes.ts';
import { continueSignOut, showSignedOut, signOut, type SignOutContext } from './sign-out-routes.ts';

export interface AuthRoutesOptions extends SignInContext, SignOutContext {
  /** Serves `/idp/*` (the embedded IdP), or null when the IdP is elsewhere. */
  serveIdp: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | null;
}

export type AuthMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export function createAuthRoutes(options: AuthRoutesOptions): AuthMiddleware {
  const routes: Record<string, { method: string; handle: Handler }> = {
    '/auth/login': { method: 'GET', handle: (req, res) => startSignIn(req, res, options) },
    '/auth/callback': { method: 'GET', handle: (req, res) => finishSignIn(req, res, options) },
    '/auth/logout': { method: 'POST', handle: (req, res) => signOut(req, res, options) },
    '/auth/sign-out/continue': {
      method: 'GET',
      handle: (req, res) => continueSignOut(req, res, options),
    },
    '/auth/signed-out': { method: 'GET', handle: (_req, res) => showSignedOut(res) },
  };
  return (req, res, next) => {
    const path = pathOf(req);
    if (options.serveIdp && (path === '/idp' || path.startsWith('/idp/'))) {
      options.serveIdp(req, res).catch((error: unknown) => fail(error, res, options.log));
      return;
    }
    const route = routes[path];
    if (!route) {
      next();
      return;
    }
    if (req.method !== route.method && !(route.method === 'GET' && req.method === 'HEAD')) {
      refuseMethod(res, route.method === 'GET' ? 'GET, HEAD' : route.method);
      return;
    }
    Promise.resolve(route.handle(req, res)).catch((error: unknown) =>
      fail(error, res, options.log),
    );
  };
}

/** CONSOLE_AUTH=none: everyone is the local admin, so signing in or out only goes back. */
export function createLocalAuthRoutes(publicUrl: () => string): AuthMiddleware {
  return (req, res, next) => {
    const path = pathOf(req);
    if (path === '/auth/login' && (req.method === 'GET' || req.method === 'HEAD')) {
      const requested = new URL(req.url ?? '/', 'http://local').searchParams.get('returnTo');
      redirect(res, 302, safeReturnTo(requested, publicUrl()));
    } else if (path === '/auth/logout' && req.method === 'POST') {
      sendJson(res, 200, { redirectTo: '/' });
    } else {
      next();
    }
  };
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0]!;
}

function fail(error: unknown, res: ServerResponse, log: (line: string) => void) {
  // Only the message: errors of the token exchange may carry request details.
  log(
    `[console-auth] sign-in request failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendPage(res, 500, {
    title: 'Sign-in failed',
    paragraphs: ['The console could not complete this step. Please try again.'],
    links: [{ href: '/auth/login', label: 'Try again' }],
  });
}
