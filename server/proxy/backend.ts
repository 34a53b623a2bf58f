/**
 * The console's backend as one mountable unit: settings, (in simulator mode) the embedded
 * simulator, token caches and the `/api` middleware. Vite dev, Vite preview, a production server
 * and the tests all mount exactly this.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { createAuth, type Auth } from '../auth/auth.ts';
import { assertLocalOnly } from '../auth/local-only.ts';
import { configuredPublicOrigin, readAuthSettings } from '../auth/settings.ts';
import { startFollower, type Follower } from '../operations/follower.ts';
import { startPlanRunner, type PlanRunner } from '../plans/plan-runner.ts';
import type { SimulatorHandle } from '../simulator/index.ts';
import { openStore } from '../store/open-store.ts';
import type { ConsoleStore } from '../store/types.ts';
import { createCloudReader } from './cloud-reader.ts';
import { createCloudWriter } from './cloud-writer.ts';
import { createPageGuard } from './page-guard.ts';
import { externalSimulator, withSimulatorCredentials } from './simulator-backend.ts';
import { createCitrixProvider } from './citrix-provider.ts';
import { readProxySettings, type ProxySettings } from './config.ts';
import { createConnectionReporter } from './connection.ts';
import { createProxyMiddleware, type ConnectMiddleware } from './middleware.ts';
import { createRackspaceProvider } from './rackspace-provider.ts';
import { describeBackend } from './startup-summary.ts';
import { cloudUpstreams, simulatorUpstreams, type Upstreams } from './upstreams.ts';

export interface ConsoleBackend {
  /** Connect-style: serves `/api`, passes everything else to `next()`. */
  middleware: ConnectMiddleware;
  settings: ProxySettings;
  /** PUBLIC_URL's origin when it is set: the address people use, whatever the sign-in mode. */
  publicOrigin: string | null;
  /** The simulator's URL in simulator mode, else null. */
  simulatorUrl: string | null;
  /** One line for the startup log, e.g. "Console proxy: cloud mode — Citrix us, Rackspace DFW". */
  describe(): string;
  /** Lines for the start-up log: sign-in (demo accounts), storage. */
  describeSignIn(): string[];
  /**
   * Tells the backend where it listens, once it does: the address people type when PUBLIC_URL
   * is unset, and a check that CONSOLE_AUTH=none is only used on loopback.
   */
  listening(url: string, host: string): void;
  store: ConsoleStore;
  /** Follows unfinished operations; tests drive `tick()`. */
  follower: Follower;
  /** Runs rollout plans; tests drive `tick()`. */
  planRunner: PlanRunner;
  /** Stops following, the sign-in, the database and the simulator this backend started. */
  close(): Promise<void>;
}

export interface ConsoleBackendOptions {
  /** A simulator already running (tests); it is left running by close(). */
  simulator?: SimulatorHandle;
  /** Different upstream URLs, laid out like the clouds (tests' fake upstreams). */
  upstreams?: Upstreams;
  /** Where log lines go; console.info by default. */
  log?: (line: string) => void;
  /** A store opened by the caller (tests); it is left open by close(). */
  store?: ConsoleStore;
  /** The console's address when PUBLIC_URL is unset and before `listening()` says otherwise. */
  publicUrl?: string;
  /** The clock the token caches read (tests move it on to expire a token without waiting). */
  now?: () => number;
}

export async function createConsoleBackend(
  env: Record<string, string | undefined>,
  options: ConsoleBackendOptions = {},
): Promise<ConsoleBackend> {
  const baseSettings = readProxySettings(env);
  let simulator: SimulatorHandle | null = null;
  let ownsSimulator = false;
  if (baseSettings.mode === 'simulator') {
    simulator = options.simulator ?? (await externalSimulator(env));
    if (!simulator) {
      // Loaded only in simulator mode, so a cloud deployment never loads the simulator.
      const { startEmbeddedSimulator } = await import('./embedded-simulator.ts');
      simulator = await startEmbeddedSimulator(env);
      ownsSimulator = true;
    }
  }
  const settings = simulator ? withSimulatorCredentials(baseSettings, simulator) : baseSettings;
  const upstreams =
    options.upstreams ??
    (simulator
      ? simulatorUpstreams(simulator.url)
      : cloudUpstreams(settings.citrix?.region ?? 'us'));
  const timeoutMs = settings.upstreamTimeoutMs;
  const clock = { timeoutMs, now: options.now ?? Date.now };
  const citrix = settings.citrix && createCitrixProvider(settings.citrix, upstreams, clock);
  const rackspace =
    settings.rackspace && createRackspaceProvider(settings.rackspace, upstreams, clock);
  const connection = createConnectionReporter({
    mode: settings.mode,
    citrix,
    rackspace,
    upstreams,
    timeoutMs,
  });
  const log = options.log ?? ((line: string) => console.info(line));
  const authSettings = readAuthSettings(env, { mode: settings.mode });
  const publicOrigin = configuredPublicOrigin(env);

  const store = options.store ?? (await openStore(env, { log }));
  let publicUrl =
    (authSettings.authMode === 'oidc' ? authSettings.publicUrl : null) ?? options.publicUrl ?? null;
  let auth: Auth;
  try {
    auth = await createAuth({
      settings: authSettings,
      store,
      publicUrl: () => publicUrl ?? 'http://localhost',
      log,
    });
  } catch (error) {
    if (!options.store) await store.close();
    throw error;
  }
  const readCloud = createCloudReader({ citrix, rackspace, upstreams });
  const instanceId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const followIntervalMs = Number(env.CONSOLE_FOLLOW_INTERVAL_MS) || 3_000;
  const follower = startFollower({
    store,
    readCloud,
    instanceId,
    intervalMs: followIntervalMs,
    leaseMs: 30_000,
    log,
  });
  // In simulator mode plans run on the simulator's clock (SIM_CLOCK_RATE, a test's manual
  // clock), so "scheduled a minute ahead" means a minute of the time the rollouts run on.
  const simulatorClock = simulator?.clock;
  const planNow = simulatorClock ? () => new Date(simulatorClock.now()) : () => new Date();
  const planRunner = startPlanRunner({
    store,
    readCloud,
    writeCloud: createCloudWriter({ citrix, upstreams }),
    instanceId,
    intervalMs: followIntervalMs,
    leaseMs: 60_000,
    now: planNow,
    log,
  });

  const proxy = createProxyMiddleware({
    citrix,
    rackspace,
    upstreams,
    connection,
    upstreamTimeoutMs: timeoutMs,
    maxRequestBodyBytes: settings.maxRequestBodyBytes,
    logRequest: settings.logRequests ? log : null,
    // Problems for an operator (audit storage failing): stderr, unless the caller collects logs.
    logProblem: options.log ?? ((line) => console.error(line)),
    identify: (req) => auth.identify(req),
    publicOrigin,
    store,
    readCloud,
    planNow,
  });
  const guardPages = createPageGuard((req) => auth.identify(req));
  // Sign-in (and the embedded IdP) first, then the pages that need a person, then the API.
  const middleware: ConnectMiddleware = (req, res, next) =>
    auth.middleware(req, res, (error?: unknown) => {
      if (error) return next(error);
      guardPages(req, res, () => proxy(req, res, next));
    });
  // The simulator answers at once, so discover now and name the customer and site at startup.
  const initialStatus = simulator ? await connection.status() : null;
  const summary = describeBackend(
    settings,
    initialStatus,
    simulator && { url: simulator.url, setup: simulator.setup ?? null },
  );

  return {
    middleware,
    settings,
    publicOrigin,
    simulatorUrl: simulator?.url ?? null,
    describe: () => summary,
    describeSignIn: () => [
      ...auth.describe(),
      `Console data: ${store.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'embedded PostgreSQL (PGlite)'}`,
    ],
    listening: (url, host) => {
      if (authSettings.authMode === 'none') assertLocalOnly(host);
      // A wildcard bind is not an address anyone types; PUBLIC_URL says which one is.
      publicUrl ??= url.replace(/\/\/(0\.0\.0\.0|\[::\])(?=:)/, '//localhost');
    },
    store,
    follower,
    planRunner,
    close: async () => {
      await planRunner.stop();
      await follower.stop();
      await auth.close();
      if (!options.store) await store.close();
      if (ownsSimulator) await simulator?.close();
    },
  };
}
