/**
 * `npm run simulator`: serves the simulated clouds' APIs on SIM_PORT (default 4010) until
 * SIGINT/SIGTERM, for consoles started with SIM_URL pointing here.
 */
import { z } from 'zod';
import { startSimulator } from './index.ts';
import { describeStandaloneSimulator } from './startup-lines.ts';

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
  for (const line of describeStandaloneSimulator(simulator)) console.log(line);
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
