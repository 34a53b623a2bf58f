/**
 * `GET /auth/login` and `GET /auth/callback`: the two legs of the authorization code flow. The
 * attempt in flight (state, nonce, PKCE verifier, where to return) waits in the database, so the
 * callback may land on any console instance.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SignInRepository } from '../store/types.ts';
import { actorFromClaims } from './actor-from-claims.ts';
import type { ConsoleSessions } from './console-sessions.ts';
import { sendPage, type PageLink } from './html-page.ts';
import { IdpUnreachable, type RelyingParty } from './relying-party.ts';
import { isOnPublicHost } from './request-checks.ts';
import { redirect } from './responses.ts';
import { safeReturnTo } from './return-to.ts';
import {
  bindingCookie,
  bindingLifetimeMs,
  bindingOf,
  boundState,
  isBoundToRequest,
} from './sign-in-binding.ts';
import { acceptedClaimValues, roleFromClaims, type RoleRules } from './roles.ts';
import { sessionCookie } from './session-cookie.ts';

export interface SignInContext {
  publicUrl: () => string;
  relyingParty: RelyingParty;
  signIns: SignInRepository;
  sessions: ConsoleSessions;
  roleRules: RoleRules;
  sessionMaxMs: number;
  now: () => Date;
  log: (line: string) => void;
}

export async function startSignIn(
  req: IncomingMessage,
  res: ServerResponse,
  context: SignInContext,
) {
  const publicUrl = context.publicUrl();
  // The IdP sends the browser back to PUBLIC_URL: the cookies set on the way (binding now,
  // session later) must be on that host, so the sign-in starts there.
  if (!isOnPublicHost(req.headers, publicUrl)) {
    redirect(res, 302, `${publicUrl}${req.url}`);
    return;
  }
  const requested = new URL(req.url ?? '/', publicUrl).searchParams.get('returnTo');
  const returnTo = safeReturnTo(requested, publicUrl);
  const binding = bindingOf(req.headers, publicUrl);
  let signIn;
  try {
    signIn = await context.relyingParty.beginSignIn(boundState(binding), returnTo, context.now());
  } catch (error) {
    if (!(error instanceof IdpUnreachable)) throw error;
    sendPage(res, 502, {
      title: 'Sign-in is not available right now',
      paragraphs: [error.message, 'Check that it is running and reachable, then try again.'],
      links: [{ href: loginHref(returnTo), label: 'Try again' }],
    });
    return;
  }
  await context.signIns.create(signIn.pending);
  redirect(res, 302, signIn.url, bindingCookie(publicUrl, binding));
}

export async function finishSignIn(
  req: IncomingMessage,
  res: ServerResponse,
  context: SignInContext,
) {
  const publicUrl = context.publicUrl();
  const query = new URL(req.url ?? '/', publicUrl).searchParams;
  const state = query.get('state');
  const bound = state !== null && isBoundToRequest(state, req.headers, publicUrl);
  const pending = bound
    ? await context.signIns.take(state, context.now(), bindingLifetimeMs)
    : null;
  if (!pending) {
    sendPage(res, 400, {
      title: 'This sign-in link has expired',
      paragraphs: [
        'It was already used, was started in another browser, or the sign-in took longer ' +
          'than ten minutes.',
      ],
      links: [{ href: '/auth/login', label: 'Try again' }],
    });
    return;
  }
  const tryAgain: PageLink = { href: loginHref(pending.returnTo), label: 'Try again' };
  const idpError = query.get('error');
  if (idpError) {
    const description = query.get('error_description');
    sendPage(res, 400, {
      title: 'You were not signed in',
      paragraphs: [
        `The identity provider did not sign you in (${idpError}${description ? `: ${description}` : ''}).`,
      ],
      links: [tryAgain],
    });
    return;
  }
  let signedIn;
  try {
    const callbackUrl = new URL(`${publicUrl}/auth/callback?${query.toString()}`);
    signedIn = await context.relyingParty.finishSignIn(callbackUrl, pending);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The sign-in failed.';
    sendPage(res, error instanceof IdpUnreachable ? 502 : 400, {
      title: 'Sign-in could not be completed',
      paragraphs: [message],
      links: [tryAgain],
    });
    return;
  }
  const role = roleFromClaims(signedIn.claims, context.roleRules);
  if (!role) {
    await refuseWithoutRole(res, context, signedIn.claims);
    return;
  }
  const actor = actorFromClaims(signedIn.claims, role);
  const { id } = await context.sessions.start(actor, signedIn.idToken);
  context.log(`[console-auth] ${actor.name} (${actor.subject}) signed in as ${role}`);
  redirect(res, 303, pending.returnTo, sessionCookie(publicUrl, id, context.sessionMaxMs));
}

async function refuseWithoutRole(
  res: ServerResponse,
  context: SignInContext,
  claims: Record<string, unknown>,
) {
  const publicUrl = context.publicUrl();
  context.log(`[console-auth] refused ${String(claims.sub)}: no claim value maps to a role`);
  // Signing out of the IdP lets the person try another account instead of being signed
  // straight back in as this one. No ID token here: this page reaches the browser.
  const switchAccount = await context.relyingParty
    .endSessionUrl(null, `${publicUrl}/auth/signed-out`)
    .catch(() => null);
  sendPage(res, 403, {
    title: 'You cannot use this console yet',
    paragraphs: [
      'Your account has no role in this console. Ask an administrator to add you to one of: ' +
        `${acceptedClaimValues(context.roleRules).join(', ')} ` +
        `(in the "${context.roleRules.claim}" or "groups" claim).`,
    ],
    links: switchAccount ? [{ href: switchAccount, label: 'Sign in as someone else' }] : [],
  });
}

function loginHref(returnTo: string): string {
  return returnTo === '/' ? '/auth/login' : `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
