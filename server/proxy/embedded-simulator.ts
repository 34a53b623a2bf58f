/** Starts the simulator inside the console's own process, on a free loopback port. */
import { readSimulatorConfig, startSimulator, type SimulatorHandle } from '../simulator/index.ts';

export function startEmbeddedSimulator(
  env: Record<string, string | undefined>,
): Promise<SimulatorHandle> {
  // SIM_* knobs come from the same env (and .env.local) as the proxy's own settings.
  return startSimulator({ host: '127.0.0.1', port: 0, config: readSimulatorConfig(env) });
}
