/**
 * The oidc-provider configuration of the demo IdP: one confidential client (the console), code
 * flow with PKCE only, the demo accounts, and our own pages instead of the library's defaults.
 */
import { randomBytes, type JsonWebKey } from 'node:crypto';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { IdpAccount } from './demo-accounts.ts';
import { idpErrorPage, signedOutPage, signOutPage } from './idp-pages.ts';
import { createMemoryAdapter } from './memory-adapter.ts';

export interface ConsoleClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

export interface ProviderConfigOptions {
  client: ConsoleClient;
  accounts: readonly IdpAccount[];
  signingKey: JsonWebKey;
  /** The issuer's path, e.g. `/idp`: every route and cookie lives under it. */
  mountPath: string;
  /** The console's origin, for "Try again" links on the IdP's pages. */
  consoleUrl: string;
}

export function providerConfiguration(options: ProviderConfigOptions): Configuration {
  const { client, accounts, mountPath, consoleUrl } = options;
  return {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        client_name: 'DaaS Console',
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    responseTypes: ['code'],
    pkce: { required: () => true },
    // The console reads name, email and role claims from userinfo, as with most real IdPs.
    claims: {
      openid: ['sub', 'roles', 'groups'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    findAccount: (_ctx, sub) => {
      const account = accounts.find((candidate) => candidate.username === sub);
      if (!account) return undefined;
      return {
        accountId: account.username,
        claims: () => ({
          sub: account.username,
          preferred_username: account.username,
          ...account.claims,
        }),
      };
    },
    // First-party client: grant what it asks for instead of showing a consent screen.
    loadExistingGrant: async (ctx) => {
      const { account, client: requester, session, result } = ctx.oidc;
      if (!account || !requester || !session) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(requester.clientId);
      const found = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      const grant =
        found ??
        new ctx.oidc.provider.Grant({ accountId: account.accountId, clientId: requester.clientId });
      // The console asks for OIDC scopes only (openid profile email).
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          const fromConsole = ctx.oidc.entities.IdTokenHint !== undefined;
          sendHtml(ctx, signOutPage(form, fromConsole ? `${mountPath}/assets/sign-out.js` : null));
        },
        postLogoutSuccessSource: (ctx) => sendHtml(ctx, signedOutPage(consoleUrl)),
      },
    },
    renderError: (ctx, out) => {
      const detail = out.error_description ?? out.error;
      sendHtml(
        ctx,
        idpErrorPage(`The demo identity provider refused the request: ${detail}.`, consoleUrl),
      );
    },
    // The console fetches tokens server-side; no browser on another origin needs CORS.
    clientBasedCORS: () => false,
    cookies: {
      names: { session: 'idp_session', interaction: 'idp_interaction', resume: 'idp_resume' },
      // Only the IdP's own paths carry its session cookie, not every console request.
      long: { httpOnly: true, sameSite: 'lax', path: mountPath },
      short: { httpOnly: true, sameSite: 'lax' },
      // Random per process: the IdP's sessions end with the process, the console's do not.
      keys: [randomBytes(32).toString('base64url')],
    },
    jwks: { keys: [{ ...options.signingKey, use: 'sig' }] },
    ttl: {
      AccessToken: 300,
      AuthorizationCode: 60,
      IdToken: 300,
      Interaction: 600,
      Session: 12 * 3600,
      Grant: 12 * 3600,
    },
  };
}

function sendHtml(ctx: KoaContextWithOIDC, html: string) {
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = html;
}
