/**
 * Child process of the proxy load bench: the simulator and the console backend (the same proxy
 * `npm start` and `npm run serve` mount) on loopback, in their own process, so the load generator
 * does not share their event loop. Prints one JSON line: both URLs and a minted Citrix token.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConsoleBackend } from '../../server/proxy/backend.ts';
import { startSimulator } from '../../server/simulator/index.ts';
import { mintCitrixToken } from '../../tests/support/simulator-token.ts';

const simulator = await startSimulator({ config: { latencyMs: 0 } });
const backend = await createConsoleBackend(
  { CONSOLE_MODE: 'simulator' },
  { simulator, log: () => {} },
);
const server = createServer((req, res) =>
  backend.middleware(req, res, () => {
    res.statusCode = 404;
    res.end();
  }),
);
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

const { customerId } = simulator.credentials.citrix;
const token = await mintCitrixToken(simulator);
const { port } = server.address() as AddressInfo;
console.log(
  JSON.stringify({
    proxyUrl: `http://127.0.0.1:${port}`,
    simulatorUrl: simulator.url,
    customerId,
    token,
  }),
);
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void simulator.close().then(() => process.exit(0));
});
