import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from './auth.ts';
import { readAuthSettings } from './settings.ts';
import { startConsoleWithAuth, type ConsoleWithAuth } from './testing/console-with-auth.ts';
import { createMemoryAuthStore } from './testing/memory-store.ts';

let auth: Auth | null = null;
let running: ConsoleWithAuth | null = null;
afterEach(async () => {
  await auth?.close();
  await running?.close();
  auth = running = null;
});

const notListening = () => {
  throw new Error('not listening yet');
};

describe('createAuth', () => {
  it('with CONSOLE_AUTH=none, identifies everyone as the local admin', async () => {
    auth = await createAuth({
      settings: readAuthSettings({ CONSOLE_AUTH: 'none' }, { mode: 'cloud' }),
      store: createMemoryAuthStore(),
      publicUrl: () => 'http://127.0.0.1:4173',
    });

    expect(await auth.identify({ headers: {} } as IncomingMessage)).toEqual({
      actor: { subject: 'local', name: 'Local user', email: null, role: 'admin' },
      authMode: 'none',
      idleExpiresAt: null,
      absoluteExpiresAt: null,
    });
    expect(auth.describe().join('\n')).toContain('Sign-in: off (CONSOLE_AUTH=none)');
  });

  it('with CONSOLE_AUTH=none, sends /auth/login back to the page and leaves the rest to next()', async () => {
    running = await startConsoleWithAuth({ env: { CONSOLE_AUTH: 'none' } });

    const login = await fetch(`${running.url}/auth/login?returnTo=%2Faudit`, {
      redirect: 'manual',
    });
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toBe('/audit');
    expect((await fetch(`${running.url}/auth/callback`)).status).toBe(404);
    expect((await fetch(`${running.url}/idp/.well-known/openid-configuration`)).status).toBe(404);
    expect((await running.whoami('')).identity?.actor.role).toBe('admin');
  });

  it('needs no address until the first request (the production server learns it on listen)', async () => {
    auth = await createAuth({
      settings: readAuthSettings({}, { mode: 'simulator' }),
      store: createMemoryAuthStore(),
      publicUrl: notListening,
      log: () => undefined,
    });

    expect(auth.describe()).toEqual([
      "Sign-in: the simulator's demo identity provider at the console’s address/idp",
      'Demo accounts: admin, helpdesk, viewer — password: demo (SIM_DEMO_PASSWORD)',
      'Sessions: end after 30 min idle, 12 h at most.',
    ]);
  });

  it('describes an organisation IdP without its client secret', async () => {
    auth = await createAuth({
      settings: readAuthSettings(
        {
          OIDC_ISSUER_URL: 'https://login.example.com/realms/acme',
          OIDC_CLIENT_ID: 'daas-console',
          OIDC_CLIENT_SECRET: 'do-not-print-me',
          PUBLIC_URL: 'https://console.example.com',
          CONSOLE_ROLE_MAP: 'admins=admin',
        },
        { mode: 'cloud' },
      ),
      store: createMemoryAuthStore(),
      publicUrl: notListening,
    });
    const lines = auth.describe().join('\n');

    expect(lines).toContain(
      'Sign-in: OpenID Connect at https://login.example.com/realms/acme as client daas-console',
    );
    expect(lines).toContain('CONSOLE_ROLE_MAP (admins=admin)');
    expect(lines).not.toContain('do-not-print-me');
  });

  it('serves the demo IdP under /idp with the console as issuer, and 404 beyond its routes', async () => {
    running = await startConsoleWithAuth();
    const discovery = await fetch(`${running.url}/idp/.well-known/openid-configuration`);
    const metadata = (await discovery.json()) as Record<string, unknown>;

    expect(metadata).toMatchObject({
      issuer: `${running.url}/idp`,
      authorization_endpoint: `${running.url}/idp/auth`,
      end_session_endpoint: `${running.url}/idp/session/end`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
    expect((await fetch(`${running.url}/idp/no-such-endpoint`)).status).toBe(404);
    expect((await fetch(`${running.url}/somewhere-else`)).status).toBe(404);
  });

  it('shows IdP errors as a page in words', async () => {
    running = await startConsoleWithAuth();
    const response = await fetch(`${running.url}/idp/auth?client_id=unknown&response_type=code`, {
      headers: { accept: 'text/html' },
    });
    const page = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(page).toContain('<h1>Sign-in could not continue</h1>');
    expect(page).toContain('The demo identity provider refused the request');
    expect(page).not.toMatch(/<script/);

    const stale = await fetch(`${running.url}/idp/interaction/no-such-uid`);
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain('This sign-in page has expired or was already used.');
  });
});
