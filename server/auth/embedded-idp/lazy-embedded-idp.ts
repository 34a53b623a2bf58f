/**
 * The demo IdP, built at its first request: the production server learns its own address (and
 * so the issuer) only once it listens. oidc-provider is loaded only then, so a console that signs
 * in through another IdP never loads it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { demoAccounts } from './demo-accounts.ts';
import type { EmbeddedIdp } from './embedded-idp.ts';

export interface LazyEmbeddedIdpOptions {
  /** The console's origin; the issuer is `${publicUrl}/idp`. */
  publicUrl: () => string;
  clientId: string;
  clientSecret: string;
  password: string;
  /** False when SIM_DEMO_PASSWORD chose it: the sign-in page then does not show it. */
  showPassword: boolean;
  log: (line: string) => void;
}

export function lazyEmbeddedIdp(
  options: LazyEmbeddedIdpOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  let idp: Promise<EmbeddedIdp> | null = null;
  const build = async () => {
    const { createEmbeddedIdp } = await import('./embedded-idp.ts');
    const publicUrl = options.publicUrl();
    const usernames = demoAccounts.map((account) => account.username).join(', ');
    const password = options.showPassword ? options.password : 'the one set in SIM_DEMO_PASSWORD';
    return createEmbeddedIdp({
      issuer: `${publicUrl}/idp`,
      client: {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        redirectUri: `${publicUrl}/auth/callback`,
        postLogoutRedirectUri: `${publicUrl}/auth/signed-out`,
      },
      accounts: demoAccounts,
      password: options.password,
      note: [
        'This is the simulator’s demo identity provider, not your organisation’s sign-in.',
        `Demo accounts: ${usernames} — password: ${password}.`,
      ],
      log: options.log,
    });
  };
  return async (req, res) => {
    idp ??= build().catch((error: unknown) => {
      idp = null; // try again at the next request
      throw error;
    });
    (await idp).handle(req, res);
  };
}
