/**
 * Child process of the proxy load bench: the simulator and the console backend (the same proxy
 * `npm start` and `npm run serve` mount) on loopback, in their own process, so the load generator
 * does not share their event loop. Prints one JSON line: both URLs and a minted Citrix token.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConsoleBackend } from '../../server/proxy/backend.ts';
import { startSimulator } from '../../server/simulator/index.ts';

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

const { customerId, clientId, clientSecret } = simulator.credentials.citrix;
const minted = await fetch(`${simulator.url}/cctrustoauth2/root/tokens/clients`, {
  method: 'POST',
  body: new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  }),
});
const { access_token: token } = (await minted.json()) as { access_token: string };
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
