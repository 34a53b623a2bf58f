import { describe, expect, it } from 'vitest';
import { ConfigError } from '../proxy/config.ts';
import { assertLocalOnly } from './local-only.ts';
import { readAuthSettings } from './settings.ts';

const simulator = { mode: 'simulator' } as const;
const cloud = { mode: 'cloud' } as const;
const organisationIdp = {
  OIDC_ISSUER_URL: 'https://login.example.com/realms/acme',
  OIDC_CLIENT_ID: 'daas-console',
  OIDC_CLIENT_SECRET: 'secret',
  PUBLIC_URL: 'https://console.example.com',
};

function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('Expected a ConfigError');
}

describe('readAuthSettings', () => {
  it('uses the embedded demo IdP in simulator mode with the documented defaults', () => {
    expect(readAuthSettings({}, simulator)).toEqual({
      authMode: 'oidc',
      identityProvider: { kind: 'embedded', demoPassword: 'demo', demoPasswordIsDefault: true },
      publicUrl: null,
      roleRules: { claim: 'roles', map: null },
      scopes: 'openid profile email',
      sessionIdleMs: 30 * 60_000,
      sessionMaxMs: 12 * 3_600_000,
    });
  });

  it('refuses cloud mode without an IdP, saying exactly what to set', () => {
    const error = configErrorOf(() => readAuthSettings({}, cloud));

    expect(error.message).toContain(
      'set OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, PUBLIC_URL',
    );
    expect(error.message).toContain('CONSOLE_AUTH=none');
  });

  it('allows cloud mode without an IdP when CONSOLE_AUTH=none', () => {
    expect(readAuthSettings({ CONSOLE_AUTH: 'none' }, cloud)).toEqual({ authMode: 'none' });
  });

  it('reads an organisation IdP with its role map, scopes and lifetimes', () => {
    const settings = readAuthSettings(
      {
        ...organisationIdp,
        PUBLIC_URL: 'https://console.example.com/',
        OIDC_ROLE_CLAIM: 'groups',
        CONSOLE_ROLE_MAP: 'admins=admin, servicedesk=helpdesk',
        OIDC_SCOPES: 'openid profile email groups',
        SESSION_IDLE_MINUTES: '15',
        SESSION_MAX_HOURS: '8',
      },
      cloud,
    );

    expect(settings).toEqual({
      authMode: 'oidc',
      identityProvider: {
        kind: 'external',
        issuerUrl: 'https://login.example.com/realms/acme',
        clientId: 'daas-console',
        clientSecret: 'secret',
        allowInsecureRequests: false,
      },
      publicUrl: 'https://console.example.com',
      roleRules: {
        claim: 'groups',
        map: new Map([
          ['admins', 'admin'],
          ['servicedesk', 'helpdesk'],
        ]),
      },
      scopes: 'openid profile email groups',
      sessionIdleMs: 15 * 60_000,
      sessionMaxMs: 8 * 3_600_000,
    });
  });

  it('names the missing settings of a production IdP', () => {
    const error = configErrorOf(() =>
      readAuthSettings(
        { OIDC_ISSUER_URL: organisationIdp.OIDC_ISSUER_URL, OIDC_CLIENT_ID: 'x' },
        cloud,
      ),
    );

    expect(error.message).toContain('needs OIDC_CLIENT_SECRET, PUBLIC_URL too');
  });

  it('accepts a plain-http IdP only on loopback in simulator mode', () => {
    const local = { ...organisationIdp, OIDC_ISSUER_URL: 'http://127.0.0.1:8080/realms/acme' };

    expect(readAuthSettings(local, simulator)).toMatchObject({
      identityProvider: { allowInsecureRequests: true },
    });
    expect(configErrorOf(() => readAuthSettings(local, cloud)).message).toContain('https://');
    const remote = { ...organisationIdp, OIDC_ISSUER_URL: 'http://login.example.com' };
    expect(configErrorOf(() => readAuthSettings(remote, simulator)).message).toContain('https://');
  });

  it.each([
    [{ CONSOLE_ROLE_MAP: 'admins=root' }, 'CONSOLE_ROLE_MAP: "admins=root" is not'],
    [{ CONSOLE_ROLE_MAP: 'admins' }, 'CONSOLE_ROLE_MAP: "admins" is not'],
    [{ SESSION_IDLE_MINUTES: 'half an hour' }, 'SESSION_IDLE_MINUTES: must be a positive whole'],
    [{ SESSION_MAX_HOURS: '0' }, 'SESSION_MAX_HOURS: must be a positive whole'],
    [{ OIDC_SCOPES: 'profile email' }, 'OIDC_SCOPES must include openid'],
    [{ PUBLIC_URL: 'https://example.com/console' }, 'PUBLIC_URL must be the console'],
    [{ PUBLIC_URL: 'ftp://example.com' }, 'PUBLIC_URL: must be an http:// or https:// address'],
    [{ CONSOLE_AUTH: 'maybe' }, 'CONSOLE_AUTH'],
  ])('explains %o', (env, words) => {
    expect(configErrorOf(() => readAuthSettings(env, simulator)).message).toContain(words);
  });

  it('keeps a chosen demo password out of sight', () => {
    expect(readAuthSettings({ SIM_DEMO_PASSWORD: 's3cret' }, simulator)).toMatchObject({
      identityProvider: { demoPassword: 's3cret', demoPasswordIsDefault: false },
    });
  });
});

describe('assertLocalOnly (CONSOLE_AUTH=none)', () => {
  it.each(['127.0.0.1', '127.3.2.1', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'])(
    'allows listening on %s',
    (host) => expect(() => assertLocalOnly(host)).not.toThrow(),
  );

  it.each(['0.0.0.0', '::', '', '192.168.1.20', 'console.example.com'])(
    'refuses listening on "%s"',
    (host) => {
      const error = configErrorOf(() => assertLocalOnly(host));
      expect(error.message).toContain('CONSOLE_AUTH=none');
      expect(error.message).toContain('only when the console listens on loopback');
    },
  );
});
