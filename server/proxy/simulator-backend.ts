/** What the console needs of the simulator in simulator mode: its address and demo credentials. */
import type { SimulatorHandle } from '../simulator/index.ts';
import type { ProxySettings } from './config.ts';

/** In simulator mode the proxy mints with the simulator's demo credentials, as it would in the cloud. */
export function withSimulatorCredentials(
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

/**
 * SIM_URL: a simulator another process runs (`npm run simulator`), so several console instances
 * can stand in front of one simulated cloud as they would in front of the real one.
 */
export async function externalSimulator(
  env: Record<string, string | undefined>,
): Promise<SimulatorHandle | null> {
  const url = env.SIM_URL?.trim();
  if (!url) return null;
  const { readSimulatorConfig, simulatorCredentialsFor } = await import('../simulator/index.ts');
  const config = readSimulatorConfig(env);
  return {
    url: url.replace(/\/+$/, ''),
    config,
    credentials: simulatorCredentialsFor(config.seed),
    stats: { tokensIssued: { citrix: 0, rackspace: 0 } },
    close: async () => undefined,
  };
}
