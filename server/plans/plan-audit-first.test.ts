/**
 * `/api/plans` writes are audited first, as every write through the console is: when the audit
 * trail cannot record, the plan is not created, changed, cancelled or reverted, and the admin is
 * told so in words that carry nothing of the store's own error.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditPageSchema } from '../../contracts/identity-api.ts';
import { openStore } from '../store/open-store.ts';
import type { ConsoleStore } from '../store/types.ts';
import { pickPlanTargets, startPlanWorld, type PlanWorld } from './testing/plan-world.ts';

/** What a store that cannot reach its database might say; none of it belongs in an answer. */
const storeError = 'connect ECONNREFUSED postgres://console:hunter2@db.internal:5432/console';

let base: ConsoleStore;
let world: PlanWorld;
let auditDown = false;
/**
 * Only the catalog updates a plan sends cannot be recorded; the plan's own steps (started, each
 * wave) still can, so the plan reaches its wave whenever its runner gets there.
 */
let updatesUnrecordable = false;
beforeAll(async () => {
  base = await openStore({ CONSOLE_DATA_DIR: 'memory://' });
  const store: ConsoleStore = {
    ...base,
    audit: {
      ...base.audit,
      begin: (entry) =>
        auditDown || (updatesUnrecordable && entry.path.endsWith('/$updateImage'))
          ? Promise.reject(new Error(storeError))
          : base.audit.begin(entry),
    },
  };
  world = await startPlanWorld(store);
}, 60_000);
beforeEach(() => {
  auditDown = false;
  updatesUnrecordable = false;
});
afterAll(async () => {
  await world?.close();
  await base?.close();
});

/** `request`, made while the audit trail cannot record. */
async function whileAuditIsDown(request: () => Promise<Response>) {
  auditDown = true;
  const response = await request().finally(() => {
    auditDown = false;
  });
  const { error } = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, error };
}

/** The answer: a 503 that says nothing was changed, and nothing of the store's own error. */
function expectNothingChanged(answer: Awaited<ReturnType<typeof whileAuditIsDown>>) {
  expect(answer.status).toBe(503);
  expect(answer.error?.code).toBe('audit_unavailable');
  expect(answer.error?.message).toBe(
    'Not sent: the console could not record this action in its audit trail, so nothing was changed. Try again shortly; if it persists, the console database needs attention.',
  );
}

const post = (path: string) => world.call(path, 'admin', { method: 'POST' });

describe('when the audit trail cannot record', () => {
  it('does not create the plan', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 1);
    const before = await world.call('/api/plans', 'viewer').then((r) => r.json());
    const answer = await whileAuditIsDown(() =>
      world.call('/api/plans', 'admin', {
        method: 'POST',
        body: JSON.stringify(world.draft(image.id, [[catalogs[0]!.id]])),
      }),
    );
    const after = await world.call('/api/plans', 'viewer').then((r) => r.json());
    expect(after.items).toEqual(before.items);
    expectNothingChanged(answer);
  });

  it('does not change the plan', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 2);
    const draft = world.draft(image.id, [[catalogs[0]!.id]]);
    const plan = await world.schedule(draft);
    const answer = await whileAuditIsDown(() =>
      world.call(`/api/plans/${plan.id}`, 'admin', {
        method: 'PUT',
        body: JSON.stringify({ ...draft, waves: [[catalogs[1]!.id]], version: 1 }),
      }),
    );
    expect(await world.plan(plan.id)).toEqual(plan);
    expectNothingChanged(answer);
  });

  it('does not cancel a plan before its start', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 1);
    const plan = await world.schedule(world.draft(image.id, [[catalogs[0]!.id]]));
    const answer = await whileAuditIsDown(() => post(`/api/plans/${plan.id}/cancel`));
    expect(await world.plan(plan.id)).toEqual(plan);
    expectNothingChanged(answer);
  });

  it('does not cancel the remaining waves of a running plan', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 2);
    const [canary, rest] = catalogs.map((c) => c.id);
    const plan = await world.schedule(
      world.draft(image.id, [[canary!], [rest!]], { startAt: null }),
    );
    await world.runUntil(async () => (await world.plan(plan.id)).waves[0]!.state === 'running');
    const answer = await whileAuditIsDown(() => post(`/api/plans/${plan.id}/cancel`));
    expect((await world.plan(plan.id)).cancelRequestedBy).toBeNull();
    expectNothingChanged(answer);
  });

  it('does not revert the plan, and a revert asked again once it can record goes ahead', async () => {
    const { image, catalogs } = await pickPlanTargets(world, 1);
    const plan = await world.schedule(
      world.draft(image.id, [[catalogs[0]!.id]], { startAt: null }),
    );
    await world.runUntil(async () => (await world.plan(plan.id)).state === 'succeeded');
    const answer = await whileAuditIsDown(() => post(`/api/plans/${plan.id}/revert`));
    expect((await world.plan(plan.id)).revertRequestedBy).toBeNull();
    expectNothingChanged(answer);
    expect((await post(`/api/plans/${plan.id}/revert`)).status).toBe(200);
  });

  it("does not send a wave's catalog update, and the plan says why", async () => {
    const { image, catalogs } = await pickPlanTargets(world, 1);
    const catalogId = catalogs[0]!.id;
    // Before scheduling: a plan due now may start before the next line runs. With the whole
    // trail down from there, the plan's start could not be recorded either, and it would never
    // reach its wave (this failed on a fresh clone's CI).
    updatesUnrecordable = true;
    const plan = await world.schedule(world.draft(image.id, [[catalogId]], { startAt: null }));
    await world.runUntil(
      async () => (await world.plan(plan.id)).waves[0]!.catalogs[0]!.state === 'failed',
    );
    const [catalog] = (await world.plan(plan.id)).waves[0]!.catalogs;
    expect(catalog!.problem).toBe(
      'Not sent: the console could not record the update in its audit trail.',
    );
    expect(world.updatesSent(catalogId)).toBe(0);
  });
});

it('records a change the store refuses (made from an old version) as failed, saying why', async () => {
  const { image, catalogs } = await pickPlanTargets(world, 1);
  const draft = world.draft(image.id, [[catalogs[0]!.id]]);
  const plan = await world.schedule(draft);
  const change = () =>
    world.call(`/api/plans/${plan.id}`, 'admin', {
      method: 'PUT',
      body: JSON.stringify({ ...draft, windowMinutes: 60, version: 1 }),
    });
  expect((await change()).status).toBe(200);
  expect((await change()).status).toBe(409);
  const trail = auditPageSchema.parse(
    await world
      .call(`/api/audit?target=${plan.id}&operation=plans.change`, 'viewer')
      .then((r) => r.json()),
  );
  expect(trail.items.map(({ outcome, reason }) => ({ outcome, reason }))).toEqual([
    { outcome: 'failed', reason: expect.stringMatching(/since version 1; it is at version 2/) },
    { outcome: 'succeeded', reason: 'Changed from version 1.' },
  ]);
});
