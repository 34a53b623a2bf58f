/**
 * Everything the proxy does for Citrix with the server's own credentials: the token cache,
 * customer/site discovery through `/cvad/manage/me`, and the headers it injects.
 */
import { z } from 'zod';
import { optionalText } from '../../contracts/not-reported.ts';
import type { CitrixSettings } from './config.ts';
import { ProxyProblem } from './errors.ts';
import { mintCitrixToken } from './citrix-auth.ts';
import {
  createTokenCache,
  type MintedToken,
  type ProviderTiming,
  type TokenCache,
} from './token-cache.ts';
import { requestJson } from './upstream-json.ts';
import { credentialsOf, scrubSecrets, upstreamReason } from './upstream-reason.ts';
import type { Upstreams } from './upstreams.ts';

export interface CitrixSite {
  customerId: string;
  customerName: string | null;
  siteId: string;
  siteName: string | null;
}

export interface CitrixProvider {
  settings: CitrixSettings;
  tokens: TokenCache<MintedToken>;
  /** Customer and site of the server's credentials; a success is cached, a failure is not. */
  discover(options?: { fresh?: boolean }): Promise<CitrixSite>;
  /** Headers that authenticate a call with the server's token. */
  authHeaders(token: string): Record<string, string>;
}

// A name sent as "" is as unnamed as a null one: the connection then shows the ID instead.
const meSchema = z.object({
  Customers: z.array(
    z.object({
      Id: z.string(),
      Name: optionalText,
      Sites: z.array(z.object({ Id: z.string(), Name: optionalText })).default([]),
    }),
  ),
});

export function createCitrixProvider(
  settings: CitrixSettings,
  upstreams: Upstreams,
  { timeoutMs, now }: ProviderTiming,
): CitrixProvider {
  const tokenUrl = upstreams.citrixTokenUrl(settings.customerId);
  const tokens = createTokenCache(() => mintCitrixToken(settings, tokenUrl, timeoutMs), now);
  const authHeaders = (token: string) => ({
    Authorization: `CwsAuth bearer=${token}`,
    'Citrix-CustomerId': settings.customerId,
    Accept: 'application/json',
  });
  let discovered: CitrixSite | null = null;
  let inFlight: Promise<CitrixSite> | null = null;

  async function fetchSite(): Promise<CitrixSite> {
    const { token } = await tokens.get();
    const answer = await requestJson(
      `${upstreams.citrixApiBase}/cvad/manage/me`,
      { headers: authHeaders(token) },
      timeoutMs,
      'The Citrix DaaS API',
    );
    if (!answer.ok) {
      const reason = scrubSecrets(upstreamReason(answer.body) ?? `HTTP ${answer.status}`, [
        ...credentialsOf(settings),
        token,
      ]);
      if (answer.status === 401) tokens.invalidate(token);
      const code =
        answer.status === 401 || answer.status === 403
          ? 'credentials_rejected'
          : 'discovery_failed';
      throw new ProxyProblem(code, `Citrix DaaS /me failed (${answer.status}): ${reason}`);
    }
    return pickSite(answer.body, settings);
  }

  return {
    settings,
    tokens,
    authHeaders,
    discover(options = {}) {
      if (discovered && !options.fresh) return Promise.resolve(discovered);
      if (inFlight && !options.fresh) return inFlight;
      const attempt = fetchSite();
      inFlight = attempt;
      // Only the latest attempt updates the cache; callers get the attempt's own outcome.
      attempt.then(
        (site) => {
          if (inFlight === attempt) [discovered, inFlight] = [site, null];
        },
        () => {
          if (inFlight === attempt) inFlight = null;
        },
      );
      return attempt;
    },
  };
}

/** The configured customer (or the first) and the configured site (or the first one listed). */
function pickSite(body: unknown, settings: CitrixSettings): CitrixSite {
  const parsed = meSchema.safeParse(body);
  if (!parsed.success) {
    throw new ProxyProblem('discovery_failed', 'Citrix DaaS /me answered in an unexpected shape.');
  }
  const wanted = settings.customerId.toLowerCase();
  const customers = parsed.data.Customers;
  const customer = customers.find((entry) => entry.Id.toLowerCase() === wanted) ?? customers[0];
  const site = settings.siteId
    ? (customer?.Sites.find((entry) => entry.Id === settings.siteId) ?? { Id: settings.siteId })
    : customer?.Sites[0];
  if (!site) {
    throw new ProxyProblem(
      'discovery_failed',
      `No DaaS site is assigned to customer ${settings.customerId}.`,
    );
  }
  return {
    customerId: settings.customerId,
    customerName: customer?.Name ?? null,
    siteId: site.Id,
    siteName: 'Name' in site ? (site.Name ?? null) : null,
  };
}
