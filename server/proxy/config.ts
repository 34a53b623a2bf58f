/**
 * Proxy settings from the environment (process.env merged with `.env.local` by the caller).
 * Credentials stay on the server: nothing here is ever sent to the browser.
 */
import { z } from 'zod';
import { citrixRegions, rackspaceRegions } from '../../contracts/console-api.ts';
import type { CitrixRegion, RackspaceRegion } from './upstreams.ts';

export interface CitrixSettings {
  region: CitrixRegion;
  customerId: string;
  clientId: string;
  clientSecret: string;
  /** Fixed site; discovered from `/cvad/manage/me` when null. */
  siteId: string | null;
}

export interface RackspaceSettings {
  /** Region the console works in; the account's default region (from the token) when null. */
  region: RackspaceRegion | null;
  username: string;
  apiKey: string;
}

export interface ProxySettings {
  mode: 'simulator' | 'cloud';
  /** Null when the provider has no credentials (or, in simulator mode, until the simulator runs). */
  citrix: CitrixSettings | null;
  rackspace: RackspaceSettings | null;
  upstreamTimeoutMs: number;
  maxRequestBodyBytes: number;
  logRequests: boolean;
}

/** A misconfiguration the operator must fix before the console can start. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// `.env` files often hold `NAME=` for "unset"; treat blank values as absent.
export const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
  z.string().optional(),
);
const upperCased = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);
const lowerCased = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);

/** A setting such as a timeout or a lifetime: a whole number above zero. */
export const positiveInteger = z
  .string()
  .regex(/^[1-9]\d*$/, 'must be a positive whole number')
  .transform(Number);

const envSchema = z.object({
  CONSOLE_MODE: optionalText.pipe(z.enum(['simulator', 'cloud']).optional()),
  CITRIX_CUSTOMER_ID: optionalText,
  CITRIX_CLIENT_ID: optionalText,
  CITRIX_CLIENT_SECRET: optionalText,
  CITRIX_REGION: optionalText.transform(lowerCased).pipe(z.enum(citrixRegions).default('us')),
  CITRIX_SITE_ID: optionalText,
  RACKSPACE_USERNAME: optionalText,
  RACKSPACE_API_KEY: optionalText,
  RACKSPACE_REGION: optionalText.transform(upperCased).pipe(z.enum(rackspaceRegions).optional()),
  CONSOLE_UPSTREAM_TIMEOUT_MS: optionalText
    .pipe(positiveInteger.optional())
    .transform((value) => value ?? 30_000),
  CONSOLE_LOG: optionalText,
});

type ParsedEnv = z.infer<typeof envSchema>;

const citrixCredentialNames = [
  'CITRIX_CUSTOMER_ID',
  'CITRIX_CLIENT_ID',
  'CITRIX_CLIENT_SECRET',
] as const;
const rackspaceCredentialNames = ['RACKSPACE_USERNAME', 'RACKSPACE_API_KEY'] as const;

/** Reads and validates the proxy settings; throws ConfigError naming every problem. */
export function readProxySettings(env: Record<string, string | undefined>): ProxySettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid console configuration. ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const missing = [
    ...missingOf(values, citrixCredentialNames),
    ...missingOf(values, rackspaceCredentialNames),
  ];
  if (missing.length > 0) {
    throw new ConfigError(
      `Incomplete cloud credentials: ${missing.join(', ')} must be set too ` +
        '(or unset the others to leave that provider out).',
    );
  }
  const hasCredentials = Boolean(values.CITRIX_CLIENT_ID || values.RACKSPACE_USERNAME);
  const mode = values.CONSOLE_MODE ?? (hasCredentials ? 'cloud' : 'simulator');
  const inCloud = mode === 'cloud';
  return {
    mode,
    citrix: inCloud ? citrixFrom(values) : null,
    rackspace: inCloud ? rackspaceFrom(values) : null,
    upstreamTimeoutMs: values.CONSOLE_UPSTREAM_TIMEOUT_MS,
    maxRequestBodyBytes: 1024 * 1024,
    logRequests: values.CONSOLE_LOG === '1' || values.CONSOLE_LOG === 'true',
  };
}

/** Names of one provider's credentials that are missing while others of it are set. */
function missingOf(values: ParsedEnv, names: readonly (keyof ParsedEnv)[]): string[] {
  const missing = names.filter((name) => !values[name]);
  return missing.length === names.length ? [] : missing;
}

function citrixFrom(values: ParsedEnv): CitrixSettings | null {
  const { CITRIX_CUSTOMER_ID, CITRIX_CLIENT_ID, CITRIX_CLIENT_SECRET } = values;
  if (!CITRIX_CUSTOMER_ID || !CITRIX_CLIENT_ID || !CITRIX_CLIENT_SECRET) return null;
  return {
    region: values.CITRIX_REGION,
    customerId: CITRIX_CUSTOMER_ID,
    clientId: CITRIX_CLIENT_ID,
    clientSecret: CITRIX_CLIENT_SECRET,
    siteId: values.CITRIX_SITE_ID ?? null,
  };
}

function rackspaceFrom(values: ParsedEnv): RackspaceSettings | null {
  const { RACKSPACE_USERNAME, RACKSPACE_API_KEY } = values;
  if (!RACKSPACE_USERNAME || !RACKSPACE_API_KEY) return null;
  return {
    region: values.RACKSPACE_REGION ?? null,
    username: RACKSPACE_USERNAME,
    apiKey: RACKSPACE_API_KEY,
  };
}
