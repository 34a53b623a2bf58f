/**
 * A small closed-loop load generator over node:http: `connections` keep-alive sockets, each sending
 * its next request as soon as the previous answer is read, until `durationMs` has passed.
 */
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  /** Distinct sockets used: proves the concurrency really reached the server. */
  sockets: number;
  /** Every request's latency, in ms. */
  latencies: number[];
  durationMs: number;
  firstError?: string;
}

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  connections: number;
  durationMs: number;
}

function once(url: URL, agent: Agent, headers: Record<string, string>) {
  return new Promise<{ ok: boolean; ms: number; socket: object | null; error?: string }>(
    (resolve) => {
      const started = performance.now();
      let socket: object | null = null;
      const req = request(url, { agent, headers }, (res) => {
        res.resume(); // read the whole body: latency is to the last byte
        res.on('end', () =>
          resolve({
            ok: res.statusCode === 200,
            ms: performance.now() - started,
            socket,
            error: res.statusCode === 200 ? undefined : `status ${res.statusCode}`,
          }),
        );
        res.on('error', (error) =>
          resolve({ ok: false, ms: performance.now() - started, socket, error: error.message }),
        );
      });
      req.on('socket', (s) => (socket = s));
      req.on('error', (error) =>
        resolve({ ok: false, ms: performance.now() - started, socket, error: error.message }),
      );
      req.end();
    },
  );
}

export async function runLoad(target: LoadTarget): Promise<LoadResult> {
  const url = new URL(target.url);
  const agent = new Agent({ keepAlive: true, maxSockets: target.connections });
  const result: LoadResult = { requests: 0, errors: 0, sockets: 0, latencies: [], durationMs: 0 };
  const sockets = new Set<object>();
  const started = performance.now();
  const deadline = started + target.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const answer = await once(url, agent, target.headers);
      result.requests += 1;
      result.latencies.push(answer.ms);
      if (answer.socket) sockets.add(answer.socket);
      if (!answer.ok) {
        result.errors += 1;
        result.firstError ??= answer.error;
      }
    }
  };
  await Promise.all(Array.from({ length: target.connections }, worker));
  result.durationMs = performance.now() - started;
  result.sockets = sockets.size;
  agent.destroy();
  return result;
}
