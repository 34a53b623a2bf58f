/**
 * Rollout plans run by the server against the simulator on a manual clock: drafted over HTTP as
 * the browser does, started when their time comes, wave after wave, stopped at a failure,
 * reverted on request, and every step in the audit trail in the scheduler's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../contracts/identity-api.ts';
import type { Plan } from '../../contracts/rollout-plans.ts';
import { pickPlanTargets, startPlanWorld, type PlanWorld } from './testing/plan-world.ts';

let world: PlanWorld;
beforeAll(async () => {
  world = await startPlanWorld();
}, 60_000);
afterAll(() => world?.close());

const minute = 60_000;

describe('a scheduled plan with a canary wave', () => {
  it('waits for its time, then runs wave after wave to the end, in order', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 3);
    const [canary, ...rest] = catalogs.map((c) => c.id);
    const plan = await world.schedule(world.draft(image.id, [[canary!], rest]));
    expect(plan).toMatchObject({ state: 'scheduled', version: 1, imageName: image.name });
    expect(plan.createdBy.name).toBe('Avery Admin');

    await world.settle();
    expect((await world.plan(plan.id)).state).toBe('scheduled');
    expect(world.updatesSent(canary!)).toBe(0);

    world.clock.advance(10 * minute);
    await world.settle();
    const started = await world.plan(plan.id);
    expect(started.state).toBe('running');
    expect(started.waves.map((w) => w.state)).toEqual(['running', 'waiting']);
    expect(started.waves[0]!.catalogs[0]!.previousImageId).toBe(catalogs[0]!.imageId);
    expect(rest.map(world.updatesSent)).toEqual([0, 0]);

    // Wave 2 starts only once the canary's rollout has ended.
    await world.runUntil(async () => (await world.plan(plan.id)).waves[1]!.state !== 'waiting');
    const second = await world.plan(plan.id);
    expect(second.waves[0]!.state).toBe('succeeded');
    expect(Date.parse(second.waves[1]!.startedAt!)).toBeGreaterThanOrEqual(
      Date.parse(second.waves[0]!.finishedAt!),
    );

    await world.runUntil(async () => (await world.plan(plan.id)).state !== 'running');
    const ended = await world.plan(plan.id);
    expect(ended.state).toBe('succeeded');
    expect(ended.waves.flatMap((w) => w.catalogs.map((c) => c.state))).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
    ]);
    expect(catalogs.map((c) => world.updatesSent(c.id))).toEqual([1, 1, 1]);

    const trail = auditPageSchema.parse(
      await world.call(`/api/audit?target=${plan.id}&pageSize=50`, 'viewer').then((r) => r.json()),
    );
    const steps = trail.items.map((record) => record.operation).reverse();
    expect(steps).toEqual([
      'plans.create',
      'plans.start',
      'plans.wave',
      'catalogs.updateImage',
      'plans.wave',
      'catalogs.updateImage',
      'catalogs.updateImage',
      'plans.finish',
    ]);
    expect(new Set(trail.items.map((record) => record.actor.name))).toEqual(
      new Set(['Avery Admin']),
    );
  });
});

describe('a failing canary', () => {
  it('stops the plan and skips the later waves', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 2, true);
    const plan = await world.schedule(
      world.draft(image.id, [[catalogs[0]!.id], [catalogs[1]!.id]], { startAt: null }),
    );
    await world.runUntil(async () => (await world.plan(plan.id)).state !== 'running');
    const ended = await world.plan(plan.id);
    expect(ended.state).toBe('stopped');
    expect(ended.stopReason).toContain(`Catalog ${catalogs[0]!.name} failed`);
    expect(ended.waves.map((w) => w.state)).toEqual(['failed', 'skipped']);
    expect(world.updatesSent(catalogs[1]!.id)).toBe(0);
  });
});

describe('a plan whose second wave fails', () => {
  it('offers a revert that puts the previous image back on the catalog it updated', async () => {
    const { image, catalogs, mismatched } = await pickPlanTargets(world, 1);
    const updated = catalogs[0]!;
    const plan = await world.schedule(
      world.draft(image.id, [[updated.id], [mismatched!.id]], { startAt: null }),
    );
    await world.runUntil(async () => (await world.plan(plan.id)).state !== 'running');
    const stopped = await world.plan(plan.id);
    expect(stopped.state).toBe('stopped');
    expect(stopped.waves[1]!.catalogs[0]!.problem).toMatch(/Citrix refused the update \(400\)/);

    const asked = await world.call(`/api/plans/${plan.id}/revert`, 'admin', { method: 'POST' });
    expect(asked.status).toBe(200);
    await world.runUntil(
      async () => (await world.plan(plan.id)).waves[0]!.catalogs[0]!.state === 'reverted',
    );
    const catalog = (await world.catalogs()).find((c) => c.id === updated.id)!;
    expect(catalog.imageId).toBe(updated.imageId);
    expect(world.updatesSent(updated.id)).toBe(2);
    const again = await world.call(`/api/plans/${plan.id}/revert`, 'admin', { method: 'POST' });
    expect(again.status).toBe(409);
  });
});

describe('a plan nobody started in its window', () => {
  it('is missed, and changes nothing', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 1);
    const plan = await world.schedule(
      world.draft(image.id, [[catalogs[0]!.id]], { windowMinutes: 15 }),
    );
    world.clock.advance(30 * minute);
    await world.settle();
    const missed = await world.plan(plan.id);
    expect(missed.state).toBe('missed');
    expect(missed.stopReason).toMatch(/window ended/);
    expect(world.updatesSent(catalogs[0]!.id)).toBe(0);
  });
});

describe('changing and cancelling', () => {
  it('changes and cancels a plan before it starts, and refuses both once it has', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 2);
    const draft = world.draft(image.id, [[catalogs[0]!.id]]);
    const plan = await world.schedule(draft);
    const change = (version: number, waves: string[][]) =>
      world.call(`/api/plans/${plan.id}`, 'admin', {
        method: 'PUT',
        body: JSON.stringify({ ...draft, waves, version }),
      });
    const changed = await change(1, [[catalogs[1]!.id]]);
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ version: 2, changedBy: { name: 'Avery Admin' } });
    const stale = await change(1, [[catalogs[0]!.id]]);
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.message).toMatch(/since version 1; it is at version 2/);

    const other = await world.schedule(world.draft(image.id, [[catalogs[0]!.id]]));
    const cancelled = await world.call(`/api/plans/${other.id}/cancel`, 'admin', {
      method: 'POST',
    });
    expect(await cancelled.json()).toMatchObject({ state: 'cancelled' });

    world.clock.advance(10 * minute);
    await world.settle();
    expect(await world.plan(plan.id)).toMatchObject({ state: 'running', stopReason: null });
    expect((await world.plan(other.id)).state).toBe('cancelled');
    expect(world.updatesSent(catalogs[0]!.id)).toBe(0);
    const late = await change(2, [[catalogs[0]!.id]]);
    expect(late.status).toBe(409);
    expect((await late.json()).error.message).toMatch(/running; only a plan that has not started/);
    const lateCancel = await world.call(`/api/plans/${plan.id}/cancel`, 'admin', {
      method: 'POST',
    });
    expect(lateCancel.status).toBe(409);
  });
});

describe('a runner restart', () => {
  it('resumes a running plan where the last runner left it', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 2);
    const plan = await world.schedule(
      world.draft(image.id, [[catalogs[0]!.id], [catalogs[1]!.id]], { startAt: null }),
    );
    await world.settle();
    expect((await world.plan(plan.id)).waves[0]!.state).toBe('running');
    await world.running.server.backend.planRunner.stop();
    const restarted = world.startRunner('restarted');
    for (let round = 0; round < 60 && (await world.plan(plan.id)).state === 'running'; round += 1) {
      world.clock.advance(minute / 2);
      await world.running.server.backend.follower.tick();
      await restarted.tick();
    }
    expect((await world.plan(plan.id)).state).toBe('succeeded');
    expect(catalogs.map((c) => world.updatesSent(c.id))).toEqual([1, 1]);
  });
});

describe('cancelling a running plan', () => {
  it('lets the running wave end, then starts no further wave', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 2);
    const [canary, ...rest] = catalogs.map((c) => c.id);
    const plan = await world.schedule(world.draft(image.id, [[canary!], rest], { startAt: null }));
    await world.runUntil(async () => (await world.plan(plan.id)).waves[0]!.state === 'running');

    const asked = await world.call(`/api/plans/${plan.id}/cancel`, 'admin', { method: 'POST' });
    expect(asked.status, await asked.clone().text()).toBe(200);
    const answer = (await asked.json()) as Plan;
    expect(answer.state).toBe('running');
    expect(answer.cancelRequestedBy?.name).toBe('Avery Admin');

    await world.runUntil(async () => (await world.plan(plan.id)).state !== 'running');
    const ended = await world.plan(plan.id);
    expect(ended.state).toBe('cancelled');
    expect(ended.waves.map((w) => w.state)).toEqual(['succeeded', 'skipped']);
    expect(ended.stopReason).toMatch(/Avery Admin cancelled the remaining waves/);
    expect(catalogs.map((c) => world.updatesSent(c.id))).toEqual([1, 0]);
    // What it updated can still be put back.
    const revert = await world.call(`/api/plans/${plan.id}/revert`, 'admin', { method: 'POST' });
    expect(revert.status).toBe(200);
  });

  it('refuses when the last wave is already running: nothing is left to cancel', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 1);
    const plan = await world.schedule(
      world.draft(image.id, [[catalogs[0]!.id]], { startAt: null }),
    );
    await world.runUntil(async () => (await world.plan(plan.id)).waves[0]!.state === 'running');
    const asked = await world.call(`/api/plans/${plan.id}/cancel`, 'admin', { method: 'POST' });
    expect(asked.status).toBe(409);
    expect(((await asked.json()) as { error: { message: string } }).error.message).toMatch(
      /last wave/,
    );
  });
});
