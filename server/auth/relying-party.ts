/**
 * The console as an ordinary OpenID Connect client (openid-client): authorization code flow with
 * PKCE (S256), state and nonce, against the embedded demo IdP or the organisation's own. Tokens
 * stay on the server; only the ID token is kept, as the end-session hint.
 */
import * as oidc from 'openid-client';
import type { PendingSignIn } from '../store/types.ts';

export interface RelyingPartyOptions {
  /** The issuer, asked for at the first sign-in (the embedded IdP's depends on PUBLIC_URL). */
  issuer: () => string;
  clientId: string;
  clientSecret: string;
  /** Whether an http:// issuer is accepted: only the simulator's IdPs (own origin, or loopback). */
  allowPlainHttp: boolean;
  scopes: string;
  redirectUri: () => string;
  log: (line: string) => void;
}

/** The IdP could not be reached or answered with something that is not OpenID Connect. */
export class IdpUnreachable extends Error {
  override name = 'IdpUnreachable';
}

/** The IdP answered, but the sign-in is not valid (code used twice, signature, nonce…). */
export class SignInRejected extends Error {
  override name = 'SignInRejected';
}

export interface SignedInClaims {
  /** The ID token's claims over userinfo's (some IdPs put roles in one, names in the other). */
  claims: Record<string, unknown>;
  idToken: string | null;
}

export interface RelyingParty {
  /** The authorization request for `state` (made by the caller: see sign-in-binding.ts). */
  beginSignIn(
    state: string,
    returnTo: string,
    now: Date,
  ): Promise<{ url: string; pending: PendingSignIn }>;
  finishSignIn(callbackUrl: URL, pending: PendingSignIn): Promise<SignedInClaims>;
  /** The IdP's end-session URL, or null when it has none. */
  endSessionUrl(idToken: string | null, postLogoutRedirectUri: string): Promise<string | null>;
}

export function createRelyingParty(options: RelyingPartyOptions): RelyingParty {
  let configuration: Promise<oidc.Configuration> | null = null;
  // Discovered at the first sign-in, not at start: the console starts while the IdP is down
  // (or, for the embedded one, before it listens). A failure is forgotten, so the next try
  // discovers again.
  const discover = () => {
    const issuer = new URL(options.issuer());
    const plainHttp = options.allowPlainHttp && issuer.protocol === 'http:';
    configuration ??= oidc
      .discovery(
        issuer,
        options.clientId,
        undefined,
        oidc.ClientSecretBasic(options.clientSecret),
        {
          timeout: 10,
          execute: plainHttp ? [oidc.allowInsecureRequests] : [],
        },
      )
      .catch((error: unknown) => {
        configuration = null;
        options.log(`[console-auth] discovery at ${options.issuer()} failed: ${describe(error)}`);
        throw new IdpUnreachable(
          `The identity provider at ${options.issuer()} could not be reached.`,
        );
      });
    return configuration;
  };

  return {
    async beginSignIn(state, returnTo, now) {
      const config = await discover();
      const pending: PendingSignIn = {
        state,
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        returnTo,
        createdAt: now,
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: options.redirectUri(),
        scope: options.scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, pending };
    },

    async finishSignIn(callbackUrl, pending) {
      const config = await discover();
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims()!;
        const userinfo = await readUserinfo(config, tokens.access_token, idClaims.sub, options.log);
        return { claims: { ...userinfo, ...idClaims }, idToken: tokens.id_token ?? null };
      } catch (error) {
        options.log(`[console-auth] sign-in could not be completed: ${describe(error)}`);
        throw classify(error);
      }
    },

    async endSessionUrl(idToken, postLogoutRedirectUri) {
      const config = await discover();
      if (!config.serverMetadata().end_session_endpoint) return null;
      const parameters: Record<string, string> = {
        post_logout_redirect_uri: postLogoutRedirectUri,
      };
      if (idToken) parameters.id_token_hint = idToken;
      return oidc.buildEndSessionUrl(config, parameters).href;
    },
  };
}

async function readUserinfo(
  config: oidc.Configuration,
  accessToken: string | undefined,
  subject: string,
  log: (line: string) => void,
): Promise<Record<string, unknown>> {
  if (!accessToken || !config.serverMetadata().userinfo_endpoint) return {};
  try {
    return await oidc.fetchUserInfo(config, accessToken, subject);
  } catch (error) {
    // The ID token alone may still name the person and their role; the role check decides.
    log(`[console-auth] userinfo could not be read, using the ID token alone: ${describe(error)}`);
    return {};
  }
}

const unreachableCodes = new Set(['OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON']);

function classify(error: unknown): Error {
  if (error instanceof oidc.ResponseBodyError) {
    return new SignInRejected(`The identity provider refused the sign-in (${error.error}).`);
  }
  if (error instanceof oidc.ClientError && !unreachableCodes.has(error.code ?? '')) {
    return new SignInRejected("The identity provider's answer could not be verified.");
  }
  return new IdpUnreachable('The identity provider could not be reached to complete the sign-in.');
}

// Names, codes and messages only: causes and response bodies may carry tokens.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` (${code})` : ''}: ${error.message}`;
}
