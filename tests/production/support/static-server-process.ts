/**
 * The static-file handler alone in its own process, so a test can read that process's resident
 * memory from /proc without the test runner's own allocations in the figure. Run it with
 * `node --import tsx <this file> <distDir>`; it prints the URL it answers on, then serves until
 * killed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticHandler } from '../../../server/production/static-files.ts';

const distDir = process.argv[2];
if (!distDir) {
  console.error('usage: static-server-process.ts <distDir>');
  process.exit(2);
}
const server = createServer(createStaticHandler(distDir));
server.listen(0, '127.0.0.1', () => {
  console.info(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
