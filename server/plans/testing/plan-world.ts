/**
 * A signed-in console in front of the simulator on a manual clock, for the plan tests: plans
 * are drafted over HTTP as the browser would, and time moves only when a test says so. `settle`
 * lets the follower and the plan runner each take a look (twice, so a look their own timers
 * began before the clock moved does not hide this one).
 */
import type { Role } from '../../../contracts/identity-api.ts';
import { planSchema, type Plan, type PlanDraft } from '../../../contracts/rollout-plans.ts';
import {
  startSignedInConsole,
  type SignedInConsole,
} from '../../../tests/proxy/support/signed-in-console.ts';
import { createCitrixProvider } from '../../proxy/citrix-provider.ts';
import { createCloudReader } from '../../proxy/cloud-reader.ts';
import { createCloudWriter } from '../../proxy/cloud-writer.ts';
import { readProxySettings } from '../../proxy/config.ts';
import { withSimulatorCredentials } from '../../proxy/simulator-backend.ts';
import { simulatorUpstreams } from '../../proxy/upstreams.ts';
import { createManualClock, type ManualClock } from '../../simulator/index.ts';
import type { ConsoleStore } from '../../store/types.ts';
import { startPlanRunner, type PlanRunner } from '../plan-runner.ts';

export interface Catalog {
  id: string;
  name: string;
  state: string;
  imageId: string | null;
  sessionSupport: string;
}
export interface Image {
  id: string;
  name: string;
  state: string;
  sessionSupport: string;
}

export interface PlanWorld {
  running: SignedInConsole;
  clock: ManualClock;
  customerId: string;
  siteId: string;
  call(path: string, role: Role, init?: RequestInit): Promise<Response>;
  catalogs(): Promise<Catalog[]>;
  images(): Promise<Image[]>;
  draft(imageId: string, waves: string[][], overrides?: Partial<PlanDraft>): PlanDraft;
  schedule(draft: PlanDraft): Promise<Plan>;
  plan(id: string): Promise<Plan>;
  settle(): Promise<void>;
  /**
   * Moves time on half a minute at a time, letting the server look after each, until `done`. The
   * follower reads an operation again only after its poll interval in real time (200 ms here), so
   * a round count, not a clock, bounds the wait.
   */
  runUntil(done: () => Promise<boolean>, rounds?: number): Promise<void>;
  /** `$updateImage` requests that reached the simulator, per catalog id. */
  updatesSent(catalogId: string): number;
  /** Another runner over `store` (this console's unless named), as a second instance would be. */
  startRunner(instanceId: string, store?: ConsoleStore): PlanRunner;
  close(): Promise<void>;
}

export async function startPlanWorld(store?: ConsoleStore): Promise<PlanWorld> {
  const clock = createManualClock();
  const running = await startSignedInConsole({
    simulatorClock: clock,
    simulatorConfig: { rolloutSeconds: 60 },
    // The follower reads operations on real time, while the plans run on this manual clock and a
    // test's rounds take a few ms each: read again after 200 ms, a rollout that ended on the
    // manual clock could stay "running" for all of a test's rounds (it did once, in CI). After
    // 10 ms, nearly every round's tick reads it.
    followIntervalMs: 10,
    ...(store && { store }),
  });
  const call = (path: string, role: Role, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Cookie', running.cookies[role]);
    if (init.body) headers.set('Content-Type', 'application/json');
    return fetch(`${running.url}${path}`, { ...init, headers });
  };
  const connection = (await call('/api/connection', 'viewer').then((r) => r.json())) as {
    citrix: { customerId: string; siteId: string };
  };
  const { customerId, siteId } = connection.citrix;
  const base = `/api/catalogservice/${customerId}/${siteId}`;
  const backend = running.server.backend;
  const settings = withSimulatorCredentials(
    readProxySettings({ CONSOLE_MODE: 'simulator' }),
    running.simulator,
  );
  const upstreams = simulatorUpstreams(running.relay.url);
  const citrix = createCitrixProvider(settings.citrix!, upstreams, {
    timeoutMs: 10_000,
    now: Date.now,
  });
  const extraRunners: PlanRunner[] = [];
  async function settle() {
    for (let round = 0; round < 2; round += 1) {
      await backend.follower.tick();
      // Every runner, so a test after one that replaced the console's own (a restart) still
      // moves on the manual clock rather than on the extra runner's real-time timer.
      for (const runner of [backend.planRunner, ...extraRunners]) await runner.tick();
    }
  }

  return {
    running,
    clock,
    customerId,
    siteId,
    call,
    catalogs: async () =>
      ((await call(`${base}/catalogs`, 'viewer').then((r) => r.json())) as { items: Catalog[] })
        .items,
    images: async () =>
      ((await call(`${base}/images`, 'viewer').then((r) => r.json())) as { items: Image[] }).items,
    draft: (imageId, waves, overrides = {}) => ({
      customerId,
      siteId,
      imageId,
      citrixPrepared: false,
      restart: { vdaUpdateDelay: 0, warningTitle: null, warningMessage: null },
      waves,
      startAt: new Date(clock.now() + 10 * 60_000).toISOString(),
      windowMinutes: 120,
      timeZone: 'Europe/Berlin',
      ...overrides,
    }),
    async schedule(draft) {
      const response = await call('/api/plans', 'admin', {
        method: 'POST',
        body: JSON.stringify(draft),
      });
      if (response.status !== 201) throw new Error(`not scheduled: ${await response.text()}`);
      return planSchema.parse(await response.json());
    },
    plan: async (id) =>
      planSchema.parse(await call(`/api/plans/${id}`, 'viewer').then((r) => r.json())),
    settle,
    async runUntil(done, rounds = 60) {
      for (let round = 0; round < rounds; round += 1) {
        await settle();
        if (await done()) return;
        clock.advance(30_000);
      }
      throw new Error('the plan did not get there');
    },
    updatesSent: (catalogId) =>
      running.relay.seen.filter(
        (line) => line.startsWith('POST') && line.includes(`/catalogs/${catalogId}/$updateImage`),
      ).length,
    startRunner(instanceId, other) {
      const runner = startPlanRunner({
        store: other ?? running.store,
        readCloud: createCloudReader({ citrix, rackspace: null, upstreams }),
        writeCloud: createCloudWriter({ citrix, upstreams }),
        instanceId,
        intervalMs: 1_000,
        leaseMs: 60_000,
        now: () => new Date(clock.now()),
        log: () => undefined,
      });
      extraRunners.push(runner);
      return runner;
    },
    async close() {
      await Promise.all(extraRunners.map((runner) => runner.stop()));
      await running.close();
    },
  };
}

/** Catalogs an earlier test in the file took, so each test starts from catalogs at rest. */
const taken = new Set<string>();

/** Active catalogs of one session support, and a Ready image of it none of them runs. */
export async function pickPlanTargets(world: PlanWorld, count: number, failing = false) {
  const [catalogs, images] = await Promise.all([world.catalogs(), world.images()]);
  for (const image of images) {
    if (image.state !== 'Ready' || image.name.endsWith('(fails verification)') !== failing)
      continue;
    const fit = catalogs.filter(
      (c) =>
        c.state === 'Active' &&
        !taken.has(c.id) &&
        c.sessionSupport === image.sessionSupport &&
        c.imageId !== image.id,
    );
    const other = catalogs.find(
      (c) => c.state === 'Active' && !taken.has(c.id) && c.sessionSupport !== image.sessionSupport,
    );
    if (fit.length < count) continue;
    const chosen = fit.slice(0, count);
    for (const catalog of [...chosen, ...(other ? [other] : [])]) taken.add(catalog.id);
    return { image, catalogs: chosen, mismatched: other ?? null };
  }
  throw new Error('the simulator has no image that fits enough catalogs');
}
