import type { SimulatorConfig } from './config.ts';
import { TokenStore, type IssuedToken } from './auth/token-store.ts';
import type { Dataset } from './data/dataset.ts';
import { createRandom, type Random } from './random.ts';

export interface CitrixPrincipal {
  customerId: string;
  clientId: string;
}

export interface RackspacePrincipal {
  username: string;
  tenantId: string;
  authenticatedBy: 'APIKEY' | 'PASSWORD';
}

export interface SimulatorStats {
  tokensIssued: { citrix: number; rackspace: number };
}

/** Shared state of one simulator instance, handed to every route module and middleware. */
export interface SimulatorContext {
  config: SimulatorConfig;
  dataset: Dataset;
  stats: SimulatorStats;
  citrixTokens: TokenStore<CitrixPrincipal>;
  rackspaceTokens: TokenStore<RackspacePrincipal>;
  /** Decides which requests get injected faults; seeded so a fault sequence can be replayed. */
  faultRandom: Random;
  now: () => number;
}

/** Hono variables set by the auth middleware for the handlers behind it. */
export interface SimulatorEnv {
  Variables: {
    citrixToken: IssuedToken<CitrixPrincipal>;
    rackspaceToken: IssuedToken<RackspacePrincipal>;
  };
}

export function createSimulatorContext(
  config: SimulatorConfig,
  dataset: Dataset,
  now = Date.now,
): SimulatorContext {
  return {
    config,
    dataset,
    stats: { tokensIssued: { citrix: 0, rackspace: 0 } },
    citrixTokens: new TokenStore(now),
    rackspaceTokens: new TokenStore(now),
    faultRandom: createRandom(config.seed, 'faults'),
    now,
  };
}
