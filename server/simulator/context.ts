import type { SimulatorConfig } from './config.ts';
import { TokenStore, type IssuedToken } from './token-store.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Dataset } from './data/dataset.ts';
import { createRandom, type Random } from './random.ts';
import { createSessionsArea, type SessionsArea } from './cvad-manage/sessions/sessions-area.ts';
import { ImageBuilds } from './image-builds.ts';
import { RolloutTracker } from './catalog-service/rollouts.ts';

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

/**
 * What a simulator changes as it is used, kept on one object per simulator (as rackerlabs/mimic
 * keeps its stores on one core object): route modules read and write it, and nothing lives in
 * module-level maps or route closures.
 */
export interface SimulatorState {
  /** Live session state, the `$search` machinery, session jobs and continuation tokens. */
  sessions: SessionsArea;
  /** Citrix and Rackspace images in flight. */
  imageBuilds: ImageBuilds;
  /** Catalog image updates in flight. */
  rollouts: RolloutTracker;
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
  /** Every expiry, build and rollout reads this clock; tests hand in a manual one. */
  clock: Clock;
  state: SimulatorState;
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
  clock: Clock = systemClock,
): SimulatorContext {
  const now = () => clock.now();
  return {
    config,
    dataset,
    stats: { tokensIssued: { citrix: 0, rackspace: 0 } },
    citrixTokens: new TokenStore(now),
    rackspaceTokens: new TokenStore(now),
    faultRandom: createRandom(config.seed, 'faults'),
    clock,
    state: {
      sessions: createSessionsArea({ config, dataset, clock }),
      imageBuilds: new ImageBuilds({ config, dataset, clock }),
      rollouts: new RolloutTracker(clock, () => config.rolloutSeconds * 1000),
    },
  };
}
