/** Everything the proxy does for Rackspace with the server's own API key. */
import type { RackspaceSettings } from './config.ts';
import { mintRackspaceToken, type RackspaceToken } from './rackspace-auth.ts';
import { createTokenCache, type ProviderTiming, type TokenCache } from './token-cache.ts';
import type { RackspaceRegion, Upstreams } from './upstreams.ts';

export interface RackspaceProvider {
  settings: RackspaceSettings;
  tokens: TokenCache<RackspaceToken>;
  /** The most recently minted token, for its service catalog (Location rewriting). */
  latestToken(): RackspaceToken | null;
  /** The configured region, else the account's default, else the first in the catalog. */
  workingRegion(token: RackspaceToken | null): RackspaceRegion | null;
}

export function createRackspaceProvider(
  settings: RackspaceSettings,
  upstreams: Upstreams,
  { timeoutMs, now }: ProviderTiming,
): RackspaceProvider {
  let latest: RackspaceToken | null = null;
  const tokens = createTokenCache(async () => {
    latest = await mintRackspaceToken(settings, upstreams.rackspaceIdentityUrl, timeoutMs);
    return latest;
  }, now);
  return {
    settings,
    tokens,
    latestToken: () => latest,
    workingRegion(token) {
      const catalogRegions = Object.keys(token?.computeEndpoints ?? {}) as RackspaceRegion[];
      return settings.region ?? token?.defaultRegion ?? catalogRegions[0] ?? null;
    },
  };
}
