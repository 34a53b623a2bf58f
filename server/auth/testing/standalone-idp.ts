/**
 * An OpenID provider on its own origin, standing in for an organisation's IdP (Entra ID,
 * Keycloak…) in tests: the demo IdP's code, with accounts that carry `groups` instead of roles.
 */
import { createServer } from 'node:http';
import type { IdpAccount } from '../embedded-idp/demo-accounts.ts';
import { createEmbeddedIdp } from '../embedded-idp/embedded-idp.ts';

export interface StandaloneIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export interface StandaloneIdpOptions {
  /** The console's origin, for the registered redirect URIs. */
  consoleUrl: string;
  accounts: readonly IdpAccount[];
  /** 0 for any free one. */
  port?: number;
}

export async function startStandaloneIdp(options: StandaloneIdpOptions): Promise<StandaloneIdp> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const issuer = `http://127.0.0.1:${port}/realms/acme`;
  const client = { clientId: 'daas-console', clientSecret: 'a-secret-of-the-organisation' };
  const idp = await createEmbeddedIdp({
    issuer,
    client: {
      ...client,
      redirectUri: `${options.consoleUrl}/auth/callback`,
      postLogoutRedirectUri: `${options.consoleUrl}/auth/signed-out`,
    },
    accounts: options.accounts,
    password: 'demo',
    note: [],
    log: () => undefined,
  });
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/realms/acme')) idp.handle(req, res);
    else res.writeHead(404).end();
  });
  return {
    issuer,
    ...client,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
