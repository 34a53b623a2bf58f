import { simulatorVariables } from './config.ts';
import type { SimulatorHandle } from './index.ts';
import { describeSimulatorSetup } from './knobs.ts';

/**
 * What `npm run simulator` prints: an API simulator for a console, not a page to open, how to
 * point a console at it, the demo identities it accepts (never their secrets: logs end up in
 * places credentials should not), and its knobs.
 */
export function describeStandaloneSimulator(simulator: SimulatorHandle): string[] {
  const { url, config } = simulator;
  const { citrix, rackspace } = simulator.credentials;
  // A console derives the demo credentials from SIM_SEED: it must use the simulator's seed.
  const seed = config.seed === simulatorVariables.seed.fallback ? '' : `SIM_SEED=${config.seed} `;
  return [
    `DaaS Console API simulator on ${url}: the simulated Citrix Cloud and Rackspace APIs for ` +
      'the console, not a page to open.',
    `  Point a console at it with ${seed}SIM_URL=${url} (e.g. ${seed}SIM_URL=${url} npm start), ` +
      'then open the console’s own address.',
    `  Citrix customer ID: ${citrix.customerId}`,
    `  Citrix client ID:   ${citrix.clientId}`,
    `  Rackspace user:     ${rackspace.username} (tenant ${rackspace.tenantId})`,
    ...describeSimulatorSetup(config).map((line) => `  ${line}`),
  ];
}
