import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OperationProgress } from '../../contracts/identity-api.ts';
import { bob, sampleAuditEntry, sampleOperation, sampleRollout } from './testing/sample-records.ts';
import {
  driverNames,
  openEmptyStoreForBlock,
  startPostgresForFile,
} from './testing/store-drivers.ts';
import type { NewOperation } from './types.ts';

const postgres = startPostgresForFile();
const minute = 60_000;
const at = (time: string) => new Date(`2025-03-01T${time}:00.000Z`);

function reading(percent: number, time: string): OperationProgress {
  return {
    state: 'InProgress',
    subState: null,
    statusMessage: `${percent}%`,
    percent,
    raw: { percent },
    readAt: at(time).toISOString(),
  };
}

describe.each(driverNames)('operations on %s', (driver) => {
  const opened = openEmptyStoreForBlock(driver, postgres);
  const operations = () => opened().store.operations;
  const start = async (overrides: Partial<NewOperation> = {}) => {
    const auditId = await opened().store.audit.begin(sampleAuditEntry());
    return operations().create(sampleOperation(auditId, overrides));
  };

  // Each test starts with nothing left running, so what it claims is its own.
  beforeEach(async () => {
    await opened().database.query(`UPDATE operations SET state = 'failed', finished_at = now(),
      lease_owner = NULL, lease_until = NULL WHERE state = 'running'`);
  });

  it('creates a running operation, due at once, followed by nobody yet', async () => {
    const sessionAction = { action: 'logoff', sessionId: 's-1', userName: 'CORP\\bob' };
    const created = await start({
      kind: 'session-action',
      startedBy: bob,
      rollout: null,
      sessionAction,
    });

    expect(created).toMatchObject({
      kind: 'session-action',
      state: 'running',
      sessionAction,
      startedBy: bob,
    });
    expect(created).toMatchObject({
      nextPollAt: created.startedAt,
      followers: [],
      leaseOwner: null,
      progress: null,
    });
    expect(await operations().get(created.id)).toEqual(created);
    expect(await operations().get(randomUUID())).toBeNull();
    expect(await operations().get('not-an-id')).toBeNull();
  });

  it('keeps a machine action: which machine, what was done, by whom', async () => {
    const machineAction = {
      action: 'restart',
      machineId: 'machine-1',
      machineName: 'CORP\\VDI-001',
      maintenanceMode: null,
    };
    const created = await start({
      kind: 'machine-action',
      startedBy: bob,
      rollout: null,
      machineAction,
    });

    expect(created).toMatchObject({ kind: 'machine-action', machineAction, sessionAction: null });
    expect(await operations().get(created.id)).toEqual(created);
    expect((await operations().list({ kind: 'machine-action' })).map((o) => o.id)).toEqual([
      created.id,
    ]);
    // The rollouts of before keep no machine action.
    expect((await start()).machineAction).toBeNull();
  });

  it('lists newest first, by kind, catalog and state, up to a limit', async () => {
    const older = await start({
      startedAt: at('08:00'),
      rollout: sampleRollout({ catalogId: 'catalog-9' }),
    });
    const newer = await start({
      startedAt: at('08:30'),
      rollout: sampleRollout({ catalogId: 'catalog-9' }),
    });
    const action = await start({ startedAt: at('09:00'), kind: 'session-action', rollout: null });
    const ids = (list: { id: string }[]) => list.map((operation) => operation.id);

    expect(ids(await operations().list({ catalogId: 'catalog-9' }))).toEqual([newer.id, older.id]);
    expect(ids(await operations().list({ catalogId: 'catalog-9', limit: 1 }))).toEqual([newer.id]);
    expect(ids(await operations().list({ kind: 'session-action', state: 'running' }))).toEqual([
      action.id,
    ]);
    expect(await operations().list({ kind: 'session-action', state: 'succeeded' })).toEqual([]);
  });

  it('claims running operations that are due, soonest first, up to the limit', async () => {
    const later = await start({ startedAt: at('09:05') });
    const soonest = await start({ startedAt: at('09:00') });
    await start({ startedAt: at('09:30') }); // not due yet

    const claimed = await operations().claimDue('instance-a', at('09:10'), minute, 10);

    expect(claimed.map((operation) => operation.id)).toEqual([soonest.id, later.id]);
    expect(claimed[0]).toMatchObject({ leaseOwner: 'instance-a', leaseUntil: at('09:11') });
    expect(await operations().claimDue('instance-b', at('09:10'), minute, 10)).toEqual([]);
    const limited = await operations().claimDue('instance-b', at('09:40'), minute, 1);
    expect(limited.map((operation) => operation.id)).toEqual([soonest.id]);
  });

  it("never takes another instance's live lease; takes it once expired, and renews its own", async () => {
    const operation = await start({ startedAt: at('09:00') });
    await operations().claimDue('instance-a', at('09:00'), minute, 10);

    const justBeforeExpiry = new Date(at('09:01').getTime() - 1);
    expect(await operations().claimDue('instance-b', justBeforeExpiry, minute, 10)).toEqual([]);
    const renewed = await operations().claimDue('instance-a', at('09:00'), 5 * minute, 10);
    expect(renewed[0]?.leaseUntil).toEqual(at('09:05'));
    expect(await operations().claimDue('instance-b', at('09:04'), minute, 10)).toEqual([]);

    const takenOver = await operations().claimDue('instance-b', at('09:05'), minute, 10);
    expect(takenOver.map((claimed) => [claimed.id, claimed.leaseOwner])).toEqual([
      [operation.id, 'instance-b'],
    ]);
  });

  it('stores a reading only from the lease holder, and counts it among the followers once', async () => {
    const operation = await start({ startedAt: at('09:00') });
    await operations().claimDue('instance-a', at('09:00'), minute, 10);
    const next = { progress: reading(40, '09:00'), followProblem: null, nextPollAt: at('09:01') };

    expect(await operations().recordProgress(operation.id, 'instance-b', next)).toBe(false);
    expect(await operations().recordProgress(operation.id, 'instance-a', next)).toBe(true);
    const problem = {
      progress: reading(40, '09:00'),
      followProblem: 'Status unreadable (503)',
      nextPollAt: at('09:02'),
    };
    expect(await operations().recordProgress(operation.id, 'instance-a', problem)).toBe(true);
    expect(await operations().recordProgress('not-an-id', 'instance-a', next)).toBe(false);

    expect(await operations().get(operation.id)).toMatchObject({
      ...problem,
      followers: ['instance-a'],
    });
    expect(await operations().claimDue('instance-a', at('09:01'), minute, 10)).toEqual([]);
  });

  it('ends an operation once, by the lease holder, keeping its last reading when the end has none', async () => {
    const operation = await start({ startedAt: at('09:00') });
    await operations().claimDue('instance-a', at('09:00'), minute, 10);
    await operations().recordProgress(operation.id, 'instance-a', {
      progress: reading(90, '09:00'),
      followProblem: null,
      nextPollAt: at('09:01'),
    });
    await operations().claimDue('instance-b', at('09:02'), minute, 10); // a's lease expired: b takes over
    const ending = { state: 'succeeded' as const, progress: null, finishedAt: at('09:03') };

    expect(await operations().finish(operation.id, 'instance-a', ending)).toBe(false);
    expect(await operations().finish(operation.id, 'instance-b', ending)).toBe(true);
    expect(
      await operations().finish(operation.id, 'instance-b', { ...ending, state: 'failed' }),
    ).toBe(false);
    expect(await operations().get(operation.id)).toMatchObject({
      state: 'succeeded',
      finishedAt: at('09:03'),
      progress: reading(90, '09:00'),
      followers: ['instance-a', 'instance-b'],
      leaseOwner: null,
    });
    expect(await operations().claimDue('instance-b', at('10:00'), minute, 10)).toEqual([]);
  });

  it("releases an instance's leases so another takes over at once", async () => {
    await start({ startedAt: at('09:00') });
    await start({ startedAt: at('09:00') });
    const [released] = await operations().claimDue('instance-a', at('09:00'), minute, 1);
    const [kept] = await operations().claimDue('instance-c', at('09:00'), minute, 1);

    await operations().releaseAll('instance-a');

    const claimed = await operations().claimDue('instance-b', at('09:00'), minute, 10);
    expect(claimed.map((operation) => operation.id)).toEqual([released?.id]);
    expect((await operations().get(kept?.id ?? ''))?.leaseOwner).toBe('instance-c');
  });
});
