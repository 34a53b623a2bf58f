import type { ConnectionStatus } from '../../contracts/console-api.ts';
import type { ProxySettings } from './config.ts';

/**
 * In simulator mode the simulator's own address is a random loopback port the proxy calls: named
 * only as that, never as the address to open; its fault knobs follow when this process runs it.
 */
export interface SimulatorSummary {
  url: string;
  /** Its knobs when it runs in this process; null for one in another process (SIM_URL). */
  setup: readonly string[] | null;
}

function describeSimulator(simulator: SimulatorSummary | null): string[] {
  if (!simulator) return [];
  const { url: simulatorUrl, setup } = simulator;
  if (!setup) {
    return [
      `  The proxy calls an API simulator in another process (${simulatorUrl}, SIM_URL): ` +
        'an API for the console, not a page to open.',
      '  Simulator faults and data: as set where that simulator runs (its own SIM_* variables).',
    ];
  }
  return [
    `  The proxy calls an API simulator inside this process (${simulatorUrl}): ` +
      'an API for the console, not a page to open.',
    ...setup.map((line) => `  ${line}`),
  ];
}

/**
 * The startup lines: which mode, and what each provider points at. In simulator mode the customer
 * and site come from discovery, then which address to open (the console's, which Vite or the
 * production server prints after these lines), the simulator, and its fault knobs. In cloud mode
 * nothing is fetched before the first use.
 */
export function describeBackend(
  settings: ProxySettings,
  status: ConnectionStatus | null,
  simulator: SimulatorSummary | null,
): string {
  if (settings.mode === 'simulator') {
    const citrix = status?.citrix;
    const rackspace = status?.rackspace;
    const citrixPart =
      citrix?.state === 'connected'
        ? `customer ${citrix.customerId}, site ${citrix.siteName ?? citrix.siteId}`
        : `Citrix ${citrix?.state === 'error' ? `unavailable (${citrix.problem.message})` : 'not started'}`;
    const rackspacePart =
      rackspace?.state === 'connected'
        ? `Rackspace tenant ${rackspace.tenantId} in ${rackspace.region}`
        : 'Rackspace unavailable';
    return [
      `Console proxy: simulator mode — ${citrixPart}; ${rackspacePart}`,
      '  Open the console at its own address, printed below: Vite’s "Local:" line (npm start) ' +
        'or "DaaS Console serving … at" (npm run serve).',
      ...describeSimulator(simulator),
    ].join('\n');
  }
  const citrixPart = settings.citrix ? `Citrix ${settings.citrix.region}` : 'Citrix not configured';
  const rackspacePart = settings.rackspace
    ? `Rackspace ${settings.rackspace.region ?? 'default region'}`
    : 'Rackspace not configured';
  return `Console proxy: cloud mode — ${citrixPart}, ${rackspacePart}`;
}
