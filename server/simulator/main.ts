/** `npm run simulator`: serves the simulated clouds on SIM_PORT (default 4010) until SIGINT/SIGTERM. */
import { z } from 'zod';
import { startSimulator } from './index.ts';

const portSchema = z.coerce.number().int().min(0).max(65_535);

async function main() {
  const portValue = process.env.SIM_PORT ?? '4010';
  const port = portSchema.safeParse(portValue);
  if (!port.success)
    throw new Error(`SIM_PORT must be an integer from 0 to 65535 (got "${portValue}")`);
  const simulator = await startSimulator({
    port: port.data,
    host: process.env.SIM_HOST ?? '127.0.0.1',
  });
  const { citrix, rackspace } = simulator.credentials;
  // Secrets and API keys are never printed: logs end up in places credentials should not.
  console.log(`DaaS Console simulator listening on ${simulator.url}`);
  console.log(`  Citrix customer ID: ${citrix.customerId}`);
  console.log(`  Citrix client ID:   ${citrix.clientId}`);
  console.log(`  Rackspace user:     ${rackspace.username} (tenant ${rackspace.tenantId})`);
  console.log(`  Seed ${simulator.config.seed}, ${simulator.config.sessions} sessions`);
  const stop = async (signal: string) => {
    console.log(`Received ${signal}, stopping the simulator`);
    await simulator.close();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
