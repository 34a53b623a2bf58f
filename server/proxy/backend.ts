/**
 * The console's backend as one mountable unit: settings, (in simulator mode) the embedded
 * simulator, token caches and the `/api` middleware. Vite dev, Vite preview, a production server
 * and the tests all mount exactly this.
 */
import type { SimulatorHandle } from '../simulator/index.ts';
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
  /** The simulator's URL in simulator mode, else null. */
  simulatorUrl: string | null;
  /** One line for the startup log, e.g. "Console proxy: cloud mode — Citrix us, Rackspace DFW". */
  describe(): string;
  /** Stops the simulator this backend started (one Ctrl-C stops everything). */
  close(): Promise<void>;
}

export interface ConsoleBackendOptions {
  /** A simulator already running (tests); it is left running by close(). */
  simulator?: SimulatorHandle;
  /** Different upstream URLs, laid out like the clouds (tests' fake upstreams). */
  upstreams?: Upstreams;
  /** Where log lines go; console.info by default. */
  log?: (line: string) => void;
}

export async function createConsoleBackend(
  env: Record<string, string | undefined>,
  options: ConsoleBackendOptions = {},
): Promise<ConsoleBackend> {
  const baseSettings = readProxySettings(env);
  let simulator: SimulatorHandle | null = null;
  let ownsSimulator = false;
  if (baseSettings.mode === 'simulator') {
    simulator = options.simulator ?? null;
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
  const citrix = settings.citrix && createCitrixProvider(settings.citrix, upstreams, timeoutMs);
  const rackspace =
    settings.rackspace && createRackspaceProvider(settings.rackspace, upstreams, timeoutMs);
  const connection = createConnectionReporter({
    mode: settings.mode,
    citrix,
    rackspace,
    upstreams,
    timeoutMs,
  });
  const log = options.log ?? ((line: string) => console.info(line));

  const middleware = createProxyMiddleware({
    citrix,
    rackspace,
    upstreams,
    connection,
    upstreamTimeoutMs: timeoutMs,
    maxRequestBodyBytes: settings.maxRequestBodyBytes,
    logRequest: settings.logRequests ? log : null,
  });
  // The simulator answers at once, so discover now and name the customer and site at startup.
  const initialStatus = simulator ? await connection.status() : null;
  const summary = describeBackend(settings, initialStatus, simulator?.url ?? null);

  return {
    middleware,
    settings,
    simulatorUrl: simulator?.url ?? null,
    describe: () => summary,
    close: async () => {
      if (ownsSimulator) await simulator?.close();
    },
  };
}

/** In simulator mode the proxy mints with the simulator's demo credentials, as it would in the cloud. */
function withSimulatorCredentials(
  settings: ProxySettings,
  simulator: SimulatorHandle,
): ProxySettings {
  const { citrix, rackspace } = simulator.credentials;
  return {
    ...settings,
    citrix: {
      region: 'us',
      customerId: citrix.customerId,
      clientId: citrix.clientId,
      clientSecret: citrix.clientSecret,
      siteId: null,
    },
    rackspace: { region: null, username: rackspace.username, apiKey: rackspace.apiKey },
  };
}
