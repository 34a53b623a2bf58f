import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimulatorApp } from './app.ts';
import { scaledClock, systemClock, type Clock } from './clock.ts';
import { readSimulatorConfig, validateSimulatorConfig, type SimulatorConfig } from './config.ts';
import { createSimulatorContext, type SimulatorStats } from './context.ts';
import { generateCustomer, generateDemoCredentials } from './data/customer.ts';
import { createDataset } from './data/dataset.ts';
import { subscriptionNames } from './data/vocabulary.ts';
import { describeSimulatorSetup } from './knobs.ts';

export { readSimulatorConfig };
export { createManualClock, systemClock, type Clock, type ManualClock } from './clock.ts';
export type { SimulatorConfig };

export interface SimulatorCredentials {
  citrix: { customerId: string; clientId: string; clientSecret: string };
  rackspace: { username: string; apiKey: string; password: string; tenantId: string };
}

export interface SimulatorHandle {
  /** e.g. `http://127.0.0.1:43123`, no trailing slash. */
  url: string;
  config: SimulatorConfig;
  /** The demo credentials the simulator accepts. */
  credentials: SimulatorCredentials;
  /** Live counters: tests count token mints. */
  stats: SimulatorStats;
  /**
   * The clock it runs on: the wall clock unless started with another. With a manual clock, tests
   * move it in process (`clock.advance(ms)`) or over HTTP (`POST /__sim/tick {"seconds": N}`).
   * Absent for a simulator in another process (SIM_URL).
   */
  clock?: Clock;
  /**
   * Lines naming the fault knobs and data settings it runs with, for the console's start-up log;
   * absent for a simulator in another process (SIM_URL), whose knobs are set where it runs.
   */
  setup?: readonly string[];
  close(): Promise<void>;
}

/**
 * Generates the dataset and serves the simulated clouds over HTTP. `port` 0 (the default) picks a free
 * port; `config` overrides what `readSimulatorConfig(process.env)` gives; `clock` (the wall clock by
 * default) is what every expiry, build and rollout reads: tests pass `createManualClock()`.
 */
export async function startSimulator(
  options: {
    port?: number;
    host?: string;
    config?: Partial<SimulatorConfig>;
    clock?: Clock;
  } = {},
): Promise<SimulatorHandle> {
  const config = validateSimulatorConfig({
    ...readSimulatorConfig(process.env),
    ...options.config,
  });
  const dataset = createDataset(config);
  const clock =
    options.clock ?? (config.clockRate > 1 ? scaledClock(config.clockRate) : systemClock);
  const ctx = createSimulatorContext(config, dataset, clock);
  const app = createSimulatorApp(ctx);
  // Leave the process's global Request/Response alone: the proxy runs in the same process.
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  return {
    url,
    config,
    credentials: dataset.credentials,
    stats: ctx.stats,
    clock: ctx.clock,
    setup: describeSimulatorSetup(config),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

/**
 * The demo credentials a simulator started with `seed` accepts, without generating its data: a
 * console pointed at a simulator another process runs (SIM_URL, several console instances in
 * front of one simulated cloud) mints with these.
 */
export function simulatorCredentialsFor(seed: number): SimulatorCredentials {
  return generateDemoCredentials(seed, generateCustomer(seed, subscriptionNames).id);
}
