/**
 * Child process of the proxy load bench: the simulator and the console backend (the same proxy
 * `npm start` and `npm run serve` mount) on loopback, in their own process, so the load generator
 * does not share their event loop. Prints one JSON line: both URLs, a minted Citrix token, and
 * the cookie of a session signed in as an admin (the proxy answers no one else: without it, every
 * request through the proxy was a 401, and the bench timed those).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConsoleBackend } from '../../server/proxy/backend.ts';
import { startSimulator } from '../../server/simulator/index.ts';
import { sessionCookieHeader, signInOverHttp } from '../../tests/support/sign-in.ts';
import { mintCitrixToken } from '../../tests/support/simulator-token.ts';

const simulator = await startSimulator({ config: { latencyMs: 0 } });
const backend = await createConsoleBackend(
  // Signed-in sessions as `npm start` keeps them, in a database of the bench's own.
  { CONSOLE_MODE: 'simulator', CONSOLE_DATA_DIR: 'memory://' },
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
const proxyUrl = `http://127.0.0.1:${port}`;
backend.listening(proxyUrl, '127.0.0.1');
const cookie = sessionCookieHeader(await signInOverHttp(proxyUrl, 'admin'));
console.log(
  JSON.stringify({
    proxyUrl,
    cookie,
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
