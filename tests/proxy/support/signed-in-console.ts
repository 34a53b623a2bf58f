/**
 * The production server (sign-in on, the embedded IdP, an in-memory database) in front of a real
 * simulator, with a relay that counts what reaches the "cloud", and one signed-in session per
 * demo role. What tests/proxy/access.test.ts and audit.test.ts run against.
 */
import type { Role } from '../../../contracts/identity-api.ts';
import {
  createProductionServer,
  type ProductionServer,
} from '../../../server/production/production-server.ts';
import { simulatorUpstreams } from '../../../server/proxy/upstreams.ts';
import {
  startSimulator,
  type Clock,
  type SimulatorHandle,
} from '../../../server/simulator/index.ts';
import { openStore } from '../../../server/store/open-store.ts';
import type { ConsoleStore } from '../../../server/store/types.ts';
import { createSampleDist, type SampleDist } from '../../production/support/sample-dist.ts';
import { signInOverHttp } from '../../support/sign-in.ts';
import { startCountingRelay, type CountingRelay } from './counting-relay.ts';

export interface SignedInConsole {
  url: string;
  simulator: SimulatorHandle;
  relay: CountingRelay;
  store: ConsoleStore;
  server: ProductionServer;
  /** `Cookie` header value of each role's session. */
  cookies: Record<Role, string>;
  close(): Promise<void>;
}

export async function startSignedInConsole(
  options: {
    store?: ConsoleStore;
    simulatorConfig?: NonNullable<Parameters<typeof startSimulator>[0]>['config'];
    /** Holds writes this long on their way to the simulator. */
    delayWritesMs?: number;
    /** The simulator's clock: a manual one lets a test end a rollout without waiting for it. */
    simulatorClock?: Clock;
    /**
     * How soon, in real time, the operation follower reads an operation again. @default 200
     */
    followIntervalMs?: number;
  } = {},
): Promise<SignedInConsole> {
  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    clock: options.simulatorClock,
    config: { latencyMs: 0, fault5xxRate: 0, faultRateLimitRate: 0, ...options.simulatorConfig },
  });
  const relay = await startCountingRelay(simulator.url, options.delayWritesMs);
  const store = options.store ?? (await openStore({ CONSOLE_DATA_DIR: 'memory://' }));
  const dist: SampleDist = createSampleDist();
  const server = await createProductionServer({
    distDir: dist.dir,
    env: {
      CONSOLE_MODE: 'simulator',
      CONSOLE_FOLLOW_INTERVAL_MS: String(options.followIntervalMs ?? 200),
    },
    backend: { simulator, upstreams: simulatorUpstreams(relay.url), store, log: () => undefined },
  });
  const url = await server.listen(0, '127.0.0.1');
  const cookies = {} as Record<Role, string>;
  for (const role of ['admin', 'helpdesk', 'viewer'] as const) {
    const cookie = await signInOverHttp(url, role);
    cookies[role] = `${cookie.name}=${cookie.value}`;
  }
  return {
    url,
    simulator,
    relay,
    store,
    server,
    cookies,
    close: async () => {
      await server.close(1_000);
      if (!options.store) await store.close();
      await relay.close();
      await simulator.close();
      dist.remove();
    },
  };
}
