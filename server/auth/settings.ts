/**
 * Sign-in settings from the environment. The console signs people in through an OpenID provider:
 * the simulator's embedded demo IdP, or the organisation's own (required in cloud mode).
 */
import { z } from 'zod';
import { ConfigError, optionalText, positiveInteger } from '../proxy/config.ts';
import { isLoopbackHost } from './local-only.ts';

// Called by whoever listens, once the host is known; exported here beside the setting it guards.
export { assertLocalOnly } from './local-only.ts';
import { parseRoleMap, type RoleRules } from './roles.ts';

export type IdentityProviderSettings =
  | {
      kind: 'embedded';
      demoPassword: string;
      /** False when SIM_DEMO_PASSWORD chose the password (then it is never printed). */
      demoPasswordIsDefault: boolean;
    }
  | {
      kind: 'external';
      issuerUrl: string;
      clientId: string;
      clientSecret: string;
      /** Plain http, accepted only for an IdP on loopback in simulator mode. */
      allowInsecureRequests: boolean;
    };

export interface OidcAuthSettings {
  authMode: 'oidc';
  identityProvider: IdentityProviderSettings;
  /** PUBLIC_URL's origin; null (embedded IdP only) to use the address the console listens on. */
  publicUrl: string | null;
  roleRules: RoleRules;
  /** Space-separated, always with `openid`. */
  scopes: string;
  sessionIdleMs: number;
  sessionMaxMs: number;
}

export type AuthSettings = OidcAuthSettings | { authMode: 'none' };

const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

const envSchema = z.object({
  CONSOLE_AUTH: optionalText
    .transform((value) => value?.toLowerCase())
    .pipe(z.enum(['oidc', 'none']).default('oidc')),
  OIDC_ISSUER_URL: optionalText.pipe(webUrl.optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  PUBLIC_URL: optionalText.pipe(webUrl.optional()),
  OIDC_ROLE_CLAIM: optionalText.transform((value) => value ?? 'roles'),
  CONSOLE_ROLE_MAP: optionalText,
  OIDC_SCOPES: optionalText.transform((value) => value ?? 'openid profile email'),
  SESSION_IDLE_MINUTES: optionalText.pipe(positiveInteger.default(30)),
  SESSION_MAX_HOURS: optionalText.pipe(positiveInteger.default(12)),
  SIM_DEMO_PASSWORD: optionalText,
});
type ParsedEnv = z.infer<typeof envSchema>;

const externalIdpNames = [
  'OIDC_ISSUER_URL',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'PUBLIC_URL',
] as const;

/** Reads and validates the sign-in settings; throws ConfigError saying what to set. */
export function readAuthSettings(
  env: Record<string, string | undefined>,
  { mode }: { mode: 'simulator' | 'cloud' },
): AuthSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid sign-in configuration. ${problems.join('; ')}`);
  }
  const values = parsed.data;
  if (values.CONSOLE_AUTH === 'none') return { authMode: 'none' };

  const wantsExternal = Boolean(
    values.OIDC_ISSUER_URL || values.OIDC_CLIENT_ID || values.OIDC_CLIENT_SECRET,
  );
  if (!wantsExternal && mode === 'cloud') {
    throw new ConfigError(
      'Cloud mode signs people in through your OpenID Connect identity provider: set ' +
        `${externalIdpNames.join(', ')} (register PUBLIC_URL/auth/callback as the redirect URI ` +
        'and PUBLIC_URL/auth/signed-out as the post-logout redirect URI). To use the console ' +
        'alone on this machine without sign-in, set CONSOLE_AUTH=none instead.',
    );
  }
  return {
    authMode: 'oidc',
    identityProvider: wantsExternal ? externalFrom(values, mode) : embeddedFrom(values),
    publicUrl: values.PUBLIC_URL ? originOf(values.PUBLIC_URL) : null,
    roleRules: { claim: values.OIDC_ROLE_CLAIM, map: roleMapFrom(values.CONSOLE_ROLE_MAP) },
    scopes: scopesFrom(values.OIDC_SCOPES),
    sessionIdleMs: values.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: values.SESSION_MAX_HOURS * 3_600_000,
  };
}

function embeddedFrom(values: ParsedEnv): IdentityProviderSettings {
  return {
    kind: 'embedded',
    demoPassword: values.SIM_DEMO_PASSWORD ?? 'demo',
    demoPasswordIsDefault: values.SIM_DEMO_PASSWORD === undefined,
  };
}

function externalFrom(values: ParsedEnv, mode: 'simulator' | 'cloud'): IdentityProviderSettings {
  const { OIDC_ISSUER_URL: issuerUrl, OIDC_CLIENT_ID: clientId } = values;
  const clientSecret = values.OIDC_CLIENT_SECRET;
  const missing = externalIdpNames.filter((name) => !values[name]);
  if (!issuerUrl || !clientId || !clientSecret || missing.length > 0) {
    throw new ConfigError(
      `Sign-in through an OpenID Connect identity provider needs ${missing.join(', ')} too ` +
        `(all of ${externalIdpNames.join(', ')}).`,
    );
  }
  const issuer = new URL(issuerUrl);
  const insecure = issuer.protocol === 'http:';
  if (insecure && !(mode === 'simulator' && isLoopbackHost(issuer.hostname))) {
    throw new ConfigError(
      'OIDC_ISSUER_URL must be an https:// address (plain http is accepted only for an ' +
        'identity provider on loopback in simulator mode).',
    );
  }
  return {
    kind: 'external',
    issuerUrl: issuerUrl.replace(/\/+$/, ''),
    clientId,
    clientSecret,
    allowInsecureRequests: insecure,
  };
}

/**
 * PUBLIC_URL's origin, or null when unset, whatever the sign-in mode: the hosts the server answers
 * and the API's origin guard depend on it too. Call after readAuthSettings validated the value.
 */
export function configuredPublicOrigin(env: Record<string, string | undefined>): string | null {
  const value = env.PUBLIC_URL?.trim();
  return value ? originOf(value) : null;
}

// Cookies (Path=/, `__Host-`) and the callback live at the root: PUBLIC_URL names an origin.
function originOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError(
      `PUBLIC_URL must be the console's origin only, such as ${url.origin}, without a path.`,
    );
  }
  return url.origin;
}

function roleMapFrom(text: string | undefined): RoleRules['map'] {
  if (text === undefined) return null;
  try {
    return parseRoleMap(text);
  } catch (error) {
    throw new ConfigError(`CONSOLE_ROLE_MAP: ${(error as Error).message}.`);
  }
}

function scopesFrom(text: string): string {
  const scopes = text.split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes('openid')) {
    throw new ConfigError('OIDC_SCOPES must include openid (for example "openid profile email").');
  }
  return [...new Set(scopes)].join(' ');
}
