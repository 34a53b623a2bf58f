/**
 * Two console processes behind one (imagined) load balancer: one PostgreSQL server, one simulated
 * cloud, one rollout. Exactly one instance follows it, and both show the same outcome.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  operationIdHeader,
  operationSchema,
  type Operation,
} from '../../contracts/identity-api.ts';
import { startSimulator, type SimulatorHandle } from '../../server/simulator/index.ts';
import { openStore } from '../../server/store/open-store.ts';
import type { ConsoleStore } from '../../server/store/types.ts';
import { createSampleDist, type SampleDist } from '../production/support/sample-dist.ts';
import { freePort } from '../support/free-port.ts';
import { startPostgresServer, type PostgresServer } from '../support/postgres-server.ts';
import { signInOverHttp } from '../support/sign-in.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

interface Instance {
  url: string;
  cookie: string;
  process: ChildProcess;
  output: string[];
}

let postgres: PostgresServer;
let simulator: SimulatorHandle;
let dist: SampleDist;
let store: ConsoleStore;
const instances: Instance[] = [];

async function startInstance(): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/serve.ts'], {
    cwd: repoRoot,
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(
          ([name]) => !/^(CITRIX|RACKSPACE|OIDC)_|^PUBLIC_URL$/.test(name),
        ),
      ),
      CONSOLE_MODE: 'simulator',
      SIM_URL: simulator.url,
      DATABASE_URL: postgres.url,
      CONSOLE_DIST_DIR: dist.dir,
      CONSOLE_FOLLOW_INTERVAL_MS: '300',
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`The console exited:\n${output.join('')}`);
    const answer = await fetch(`${url}/api/me`).catch(() => null);
    if (answer?.status === 401) break;
    if (attempt > 150) throw new Error(`The console did not start:\n${output.join('')}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  const cookie = await signInOverHttp(url, 'admin');
  return { url, cookie: `${cookie.name}=${cookie.value}`, process: child, output };
}

function readOperation(instance: Instance, id: string): Promise<Operation> {
  return fetch(`${instance.url}/api/operations/${id}`, { headers: { Cookie: instance.cookie } })
    .then((response) => response.json())
    .then((body) => operationSchema.parse(body));
}

beforeAll(async () => {
  postgres = await startPostgresServer();
  simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    config: { rolloutSeconds: 3, latencyMs: 0, fault5xxRate: 0, faultRateLimitRate: 0 },
  });
  dist = createSampleDist();
  instances.push(await startInstance(), await startInstance());
  store = await openStore({ DATABASE_URL: postgres.url });
}, 120_000);

afterAll(async () => {
  for (const instance of instances) {
    instance.process.kill('SIGTERM');
    await new Promise((done) => instance.process.once('exit', done));
  }
  await store?.close();
  await simulator?.close();
  await postgres?.stop();
  dist?.remove();
});

describe('two console instances on one PostgreSQL', () => {
  it('follow one rollout exactly once and agree on how it ended', async () => {
    const [first, second] = instances as [Instance, Instance];
    const headers = { Cookie: first.cookie, 'Content-Type': 'application/json' };
    const connection = (await fetch(`${first.url}/api/connection`, { headers }).then((r) =>
      r.json(),
    )) as {
      citrix: { customerId: string; siteId: string };
    };
    const base = `${first.url}/api/catalogservice/${connection.citrix.customerId}/${connection.citrix.siteId}`;
    const catalogs = (
      (await fetch(`${base}/catalogs`, { headers }).then((r) => r.json())) as {
        items: { id: string; state: string; imageId: string | null; sessionSupport: string }[];
      }
    ).items;
    const images = (
      (await fetch(`${base}/images`, { headers }).then((r) => r.json())) as {
        items: { id: string; state: string; sessionSupport: string }[];
      }
    ).items;
    const catalog = catalogs.find((c) => c.state === 'Active')!;
    const image = images.find(
      (i) =>
        i.state === 'Ready' &&
        i.id !== catalog.imageId &&
        i.sessionSupport === catalog.sessionSupport,
    )!;

    const accepted = await fetch(`${base}/catalogs/${catalog.id}/$updateImage?async=true`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ templateId: image.id, citrixPrepared: false, vdaUpdateDelay: -1 }),
    });
    expect(accepted.status).toBe(202);
    const id = accepted.headers.get(operationIdHeader)!;
    expect((await readOperation(second, id)).startedBy.name).toBe('Avery Admin');

    let onFirst: Operation;
    let onSecond: Operation;
    for (let round = 0; ; round += 1) {
      [onFirst, onSecond] = await Promise.all([
        readOperation(first, id),
        readOperation(second, id),
      ]);
      if (onFirst.state !== 'running' && onSecond.state !== 'running') break;
      if (round > 100) throw new Error('the rollout did not end');
      await new Promise((done) => setTimeout(done, 200));
    }
    expect(onFirst.state).toBe('succeeded');
    expect(onSecond).toEqual(onFirst);
    const stored = await store.operations.get(id);
    expect(stored?.followers).toHaveLength(1);
  });
});
