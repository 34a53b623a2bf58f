/**
 * A loopback relay in front of the simulator that remembers every request it passes on, so a
 * test can prove that a refused request never reached the cloud.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingRelay {
  url: string;
  /** `METHOD /path` of every request relayed so far. */
  seen: string[];
  close(): Promise<void>;
}

export async function startCountingRelay(
  targetUrl: string,
  /** Holds every write this long before passing it on (a slow cloud, for "reload mid-submit"). */
  delayWritesMs = 0,
): Promise<CountingRelay> {
  const target = new URL(targetUrl);
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${(req.url ?? '/').split('?')[0]}`);
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    const delay = req.method === 'GET' || req.method === 'HEAD' ? 0 : delayWritesMs;
    setTimeout(() => req.pipe(upstream), delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
