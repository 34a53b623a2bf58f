/**
 * Three runners on one PostgreSQL (the console's own and two more, each with its own pool, as
 * separate instances would be), all looking at once: every catalog gets exactly one `$updateImage`.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgresDatabase } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { createConsoleStore } from '../store/open-store.ts';
import { startPostgresForFile } from '../store/testing/store-drivers.ts';
import type { ConsoleStore } from '../store/types.ts';
import { pickPlanTargets, startPlanWorld, type PlanWorld } from './testing/plan-world.ts';

const postgres = startPostgresForFile();
let world: PlanWorld;
let stores: ConsoleStore[];
beforeAll(async () => {
  const url = await postgres().createDatabase();
  stores = [1, 2].map(() => createConsoleStore(openPostgresDatabase(url, { log: console.warn })));
  await migrate(openPostgresDatabase(url, { log: console.warn }));
  world = await startPlanWorld(stores[0]);
}, 120_000);
afterAll(async () => {
  await world?.close();
  await Promise.all(stores.map((store) => store.close()));
});

it('never starts one wave twice, whichever instance claims the plan', async () => {
  const { image, catalogs } = await pickPlanTargets(world, 3);
  const plan = await world.schedule(
    world.draft(image.id, [catalogs.map((c) => c.id)], { startAt: null }),
  );
  const runners = [
    world.startRunner('instance-b', stores[1]),
    world.startRunner('instance-c', stores[0]),
  ];
  for (
    let round = 0;
    round < 60 && !['succeeded', 'stopped'].includes((await world.plan(plan.id)).state);
    round += 1
  ) {
    await Promise.all([
      world.running.server.backend.planRunner.tick(),
      ...runners.map((runner) => runner.tick()),
      world.running.server.backend.follower.tick(),
    ]);
    world.clock.advance(30_000);
  }
  expect((await world.plan(plan.id)).state).toBe('succeeded');
  expect(catalogs.map((c) => world.updatesSent(c.id))).toEqual([1, 1, 1]);
});
