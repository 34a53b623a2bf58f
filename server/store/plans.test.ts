import { describe, expect, it } from 'vitest';
import { alice, bob, samplePlan } from './testing/sample-records.ts';
import {
  driverNames,
  openEmptyStoreForBlock,
  startPostgresForFile,
} from './testing/store-drivers.ts';

const postgres = startPostgresForFile();
const minute = 60_000;
const hour = 60 * minute;

describe.each(driverNames)('rollout plans on %s', (driver) => {
  const opened = openEmptyStoreForBlock(driver, postgres);
  const plans = () => opened().store.plans;

  it('keeps a plan as it was drafted and lists the newest first', async () => {
    const first = await plans().create(samplePlan(new Date('2030-01-01T10:00:00Z')));
    const second = await plans().create(
      samplePlan(new Date('2030-01-02T10:00:00Z'), {
        createdAt: new Date('2030-01-02T08:00:00Z'),
      }),
    );
    expect(await plans().get(first.id)).toMatchObject({
      version: 1,
      state: 'scheduled',
      createdBy: alice,
      restart: { vdaUpdateDelay: 60 },
      nextCheckAt: new Date('2030-01-01T10:00:00Z'),
    });
    expect((await plans().get(first.id))!.waves[1]!.catalogs.map((c) => c.catalogId)).toEqual([
      'catalog-2',
      'catalog-3',
    ]);
    const listed = (await plans().list({ state: 'scheduled' })).map((plan) => plan.id);
    expect(listed.indexOf(second.id)).toBeLessThan(listed.indexOf(first.id));
    expect(await plans().get('not-a-uuid')).toBeNull();
  });

  it('changes a scheduled plan at its version only, and bumps the version', async () => {
    const plan = await plans().create(samplePlan(new Date('2030-02-01T10:00:00Z')));
    const later = { ...samplePlan(new Date('2030-02-02T10:00:00Z')), imageName: 'April' };
    const changed = await plans().change(plan.id, 1, later, bob, new Date('2030-01-20T00:00:00Z'));
    expect(changed).toMatchObject({ outcome: 'changed', plan: { version: 2, changedBy: bob } });
    expect(await plans().change(plan.id, 1, later, bob, new Date())).toMatchObject({
      outcome: 'stale',
      plan: { version: 2 },
    });
  });

  it('cancels a scheduled plan, skipping every catalog; a cancelled plan cannot change', async () => {
    const plan = await plans().create(samplePlan(new Date('2030-03-01T10:00:00Z')));
    const at = new Date('2030-02-01T00:00:00Z');
    const cancelled = await plans().cancel(plan.id, null, bob, at, 'Cancelled by Bob.');
    expect(cancelled).toMatchObject({
      outcome: 'changed',
      plan: { state: 'cancelled', finishedAt: at, nextCheckAt: null, version: 2 },
    });
    if (cancelled.outcome !== 'changed') return;
    expect(cancelled.plan.waves.flatMap((w) => w.catalogs.map((c) => c.state))).toEqual([
      'skipped',
      'skipped',
      'skipped',
    ]);
    const change = await plans().change(plan.id, 2, samplePlan(at), bob, at);
    expect(change.outcome).toBe('not-allowed');
  });

  it('claims a due plan for one instance; only the lease holder at the version saves', async () => {
    const startAt = new Date('2031-01-01T10:00:00Z');
    const plan = await plans().create(samplePlan(startAt));
    const early = await plans().claimDue('a', new Date(startAt.getTime() - 1), hour, 10);
    expect(early.map((p) => p.id)).not.toContain(plan.id);
    const claimed = await plans().claimDue('a', startAt, hour, 10);
    expect(claimed.map((p) => p.id)).toContain(plan.id);
    expect((await plans().claimDue('b', startAt, hour, 10)).map((p) => p.id)).not.toContain(
      plan.id,
    );
    const progress = {
      state: 'running' as const,
      waves: plan.waves,
      stopReason: null,
      finishedAt: null,
      nextCheckAt: new Date(startAt.getTime() + minute),
    };
    expect(await plans().saveProgress(plan.id, 'b', 1, progress, true)).toBe(false);
    expect(await plans().saveProgress(plan.id, 'a', 7, progress, true)).toBe(false);
    expect(await plans().saveProgress(plan.id, 'a', 1, progress, true)).toBe(true);
    expect(await plans().get(plan.id)).toMatchObject({ state: 'running', leaseOwner: null });
    // Released: another instance claims it when it is next due.
    const next = await plans().claimDue('b', new Date(startAt.getTime() + minute), hour, 10);
    expect(next.map((p) => p.id)).toContain(plan.id);
    await plans().releaseAll('b');
    expect((await plans().get(plan.id))!.leaseOwner).toBeNull();
  });

  it('takes over a plan whose holder’s lease ran out', async () => {
    const startAt = new Date('2032-01-01T10:00:00Z');
    const plan = await plans().create(samplePlan(startAt));
    await plans().claimDue('a', startAt, minute, 10);
    const later = new Date(startAt.getTime() + 2 * minute);
    expect((await plans().claimDue('b', later, minute, 10)).map((p) => p.id)).toContain(plan.id);
  });

  it('records one revert request, on an ended plan only', async () => {
    const plan = await plans().create(samplePlan(new Date('2033-01-01T10:00:00Z')));
    const at = new Date('2033-01-01T12:00:00Z');
    expect((await plans().requestRevert(plan.id, bob, at)).outcome).toBe('not-allowed');
    await opened().database.query(
      `UPDATE rollout_plans SET state = 'stopped', finished_at = $2 WHERE id = $1`,
      [plan.id, at],
    );
    expect(await plans().requestRevert(plan.id, bob, at)).toMatchObject({
      outcome: 'changed',
      plan: { revertRequestedBy: bob, revertRequestedAt: at, nextCheckAt: at },
    });
    expect((await plans().requestRevert(plan.id, alice, at)).outcome).toBe('not-allowed');
  });

  it('refuses a state the contract does not know', async () => {
    const plan = await plans().create(samplePlan(new Date('2034-01-01T10:00:00Z')));
    await expect(
      opened().database.query(`UPDATE rollout_plans SET state = 'paused' WHERE id = $1`, [plan.id]),
    ).rejects.toThrow();
  });
});
