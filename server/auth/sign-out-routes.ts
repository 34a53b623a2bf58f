/**
 * `POST /auth/logout` ends the console session and tells the page where to go to end the IdP's;
 * `GET /auth/signed-out` is where the IdP sends the person back.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { SignOutRepository, StoredSession } from '../store/types.ts';
import { hashSessionId } from './console-sessions.ts';
import type { ConsoleSessions } from './console-sessions.ts';
import { sendPage } from './html-page.ts';
import type { RelyingParty } from './relying-party.ts';
import { isCrossSite } from './request-checks.ts';
import { sendJson } from './responses.ts';
import { clearedSessionCookie, readSessionId } from './session-cookie.ts';

export interface SignOutContext {
  publicUrl: () => string;
  signOuts: SignOutRepository;
  now: () => Date;
  relyingParty: RelyingParty;
  /** The ID token to offer the IdP as end-session hint, if it can still verify it. */
  endSessionHint: (session: StoredSession) => string | null;
  sessions: ConsoleSessions;
  log: (line: string) => void;
}

export async function signOut(req: IncomingMessage, res: ServerResponse, context: SignOutContext) {
  const publicUrl = context.publicUrl();
  // Another site must not be able to sign the admin out (or learn the end-session URL).
  if (isCrossSite(req.headers, publicUrl)) {
    sendJson(res, 403, {
      error: { code: 'cross_site', message: 'Sign-out is only accepted from the console itself.' },
    });
    return;
  }
  const id = readSessionId(req.headers, publicUrl);
  const ended = id ? await context.sessions.end(id) : null;
  if (ended) context.log(`[console-auth] ${ended.actor.name} (${ended.actor.subject}) signed out`);
  const signedOut = `${publicUrl}/auth/signed-out`;
  let redirectTo = '/auth/signed-out';
  try {
    // The hint lets the IdP end its own session without asking whom to sign out.
    const endSession = await context.relyingParty.endSessionUrl(
      ended ? context.endSessionHint(ended) : null,
      signedOut,
    );
    if (endSession) redirectTo = await ticketFor(endSession, context);
  } catch {
    // The IdP is unreachable: the console session is over all the same.
  }
  sendJson(res, 200, { redirectTo }, clearedSessionCookie(publicUrl));
}

const ticketMaxAgeMs = 5 * 60_000;

/**
 * The end-session address carries the ID token, and this JSON is read by a page script: hand out
 * a one-time ticket instead, exchanged for the address as the redirect of a page load.
 */
async function ticketFor(endSessionUrl: string, context: SignOutContext): Promise<string> {
  const ticket = randomBytes(32).toString('base64url');
  await context.signOuts.create(hashSessionId(ticket), endSessionUrl, context.now());
  return `/auth/sign-out/continue?ticket=${ticket}`;
}

/** `GET /auth/sign-out/continue?ticket=…`: on to the IdP's end-session, once. */
export async function continueSignOut(
  req: IncomingMessage,
  res: ServerResponse,
  context: SignOutContext,
) {
  const ticket = new URL(req.url ?? '/', 'http://console.invalid').searchParams.get('ticket');
  const endSession = ticket
    ? await context.signOuts.take(hashSessionId(ticket), context.now(), ticketMaxAgeMs)
    : null;
  res.writeHead(303, {
    Location: endSession ?? '/auth/signed-out',
    'Cache-Control': 'no-store',
  });
  res.end();
}

export function showSignedOut(res: ServerResponse) {
  sendPage(res, 200, {
    title: 'You are signed out',
    paragraphs: ['You have left the DaaS Console.'],
    links: [{ href: '/auth/login', label: 'Sign in again' }],
  });
}
