/**
 * The proxy under load on loopback: 200 concurrent keep-alive connections for 30 s reading
 * `GET /cvad/manage/me`, once through the proxy (which injects the token and customer header) and
 * once straight to the simulator with a token minted beforehand, in the same run. The difference
 * between the two is the latency the proxy adds.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { runLoad, type LoadResult } from './support/load-generator.ts';
import type { BenchFigure, BenchSection } from './support/report.ts';
import { percentile } from './support/stats.ts';

const connections = 200;
const durationMs = 30_000;
const warmupMs = 3_000;

interface Servers {
  proxyUrl: string;
  simulatorUrl: string;
  customerId: string;
  token: string;
  /** A signed-in session's `Cookie` header: the proxy serves signed-in people only. */
  cookie: string;
}

async function startServers() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, 'support/proxy-load-server.ts')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    child.once('exit', (code) => reject(new Error(`load server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', resolveLine);
  });
  const stop = () =>
    new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { servers: JSON.parse(firstLine) as Servers, stop };
}

function figures(label: string, result: LoadResult): BenchFigure[] {
  return [
    {
      metric: `${label}: requests per second`,
      value: result.requests / (result.durationMs / 1000),
      unit: 'req/s',
      runs: 1,
    },
    {
      metric: `${label}: errors`,
      value: result.errors,
      unit: 'count',
      runs: 1,
      budget: { atMost: 0 },
    },
    {
      metric: `${label}: connections used`,
      value: result.sockets,
      unit: 'count',
      runs: 1,
      budget: { atLeast: connections },
    },
    {
      metric: `${label}: p50 latency`,
      value: percentile(result.latencies, 50),
      unit: 'ms',
      runs: 1,
    },
    {
      metric: `${label}: p99 latency`,
      value: percentile(result.latencies, 99),
      unit: 'ms',
      runs: 1,
    },
  ];
}

export async function runProxyLoadBench(): Promise<BenchSection[]> {
  const { servers, stop } = await startServers();
  try {
    const direct = {
      url: `${servers.simulatorUrl}/cvad/manage/me`,
      headers: {
        Authorization: `CwsAuth bearer=${servers.token}`,
        'Citrix-CustomerId': servers.customerId,
      },
      connections,
    };
    const proxied = {
      url: `${servers.proxyUrl}/api/cvad/manage/me`,
      headers: { Cookie: servers.cookie },
      connections,
    };
    await runLoad({ ...proxied, durationMs: warmupMs });
    await runLoad({ ...direct, durationMs: warmupMs });
    const simulator = await runLoad({ ...direct, durationMs });
    const proxy = await runLoad({ ...proxied, durationMs });
    for (const [label, result] of [
      ['simulator', simulator],
      ['proxy', proxy],
    ] as const) {
      if (result.firstError) console.warn(`${label}: first error: ${result.firstError}`);
    }
    const added = (p: number) =>
      percentile(proxy.latencies, p) - percentile(simulator.latencies, p);
    return [
      {
        name: 'proxy',
        setup: `${connections} keep-alive connections for ${durationMs / 1000} s each, GET /cvad/manage/me on loopback; proxy and simulator in one child process, load generator in another`,
        figures: [
          ...figures('through the proxy', proxy),
          ...figures('simulator directly', simulator),
          { metric: 'latency added by the proxy, p50', value: added(50), unit: 'ms', runs: 1 },
          { metric: 'latency added by the proxy, p99', value: added(99), unit: 'ms', runs: 1 },
          {
            metric: 'proxy / direct p50 latency',
            value: percentile(proxy.latencies, 50) / percentile(simulator.latencies, 50),
            unit: 'ratio',
            runs: 1,
          },
        ],
      },
    ];
  } finally {
    await stop();
  }
}

export const proxyLoadBenchmark = { name: 'proxy', run: runProxyLoadBench };
