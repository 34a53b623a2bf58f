/**
 * Two console instances on one PostgreSQL server, each with its own pool, as in production:
 * whatever the interleaving, an operation is followed by one of them at a time.
 */
import { expect, it, onTestFinished } from 'vitest';
import { openPostgresDatabase } from './database.ts';
import { migrate } from './migrate.ts';
import { createConsoleStore } from './open-store.ts';
import { sampleAuditEntry, sampleOperation } from './testing/sample-records.ts';
import { startPostgresForFile } from './testing/store-drivers.ts';
import type { ConsoleStore } from './types.ts';

const postgres = startPostgresForFile();
const hour = 3_600_000;

/** Two instances, each with its own pool, on a database of their own; closed after the test. */
async function twoInstances(): Promise<[ConsoleStore, ConsoleStore]> {
  const url = await postgres().createDatabase();
  const databases = [1, 2].map(() => openPostgresDatabase(url, { log: console.warn }));
  const stores = databases.map(createConsoleStore);
  onTestFinished(() => Promise.all(stores.map((store) => store.close())).then(() => {}));
  await migrate(databases[0]!);
  return [stores[0]!, stores[1]!];
}

async function startDueOperations(store: ConsoleStore, count: number, now: Date) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const auditId = await store.audit.begin(sampleAuditEntry());
    ids.push((await store.operations.create(sampleOperation(auditId, { startedAt: now }))).id);
  }
  return ids;
}

const idsOf = (claimed: { id: string }[]) => claimed.map((operation) => operation.id);

it('two instances claiming at the same moment get disjoint sets that cover every due operation', async () => {
  const now = new Date('2025-03-01T10:00:00Z');
  const [instanceA, instanceB] = await twoInstances();
  const due = await startDueOperations(instanceA, 40, now);

  const [byA, byB] = await Promise.all([
    instanceA.operations.claimDue('instance-a', now, hour, 40),
    instanceB.operations.claimDue('instance-b', now, hour, 40),
  ]);

  expect(idsOf(byA).filter((id) => idsOf(byB).includes(id))).toEqual([]);
  expect([...idsOf(byA), ...idsOf(byB)].sort()).toEqual([...due].sort());
});

it('two instances polling in small batches, interleaved, never claim one operation twice', async () => {
  const now = new Date('2025-03-02T10:00:00Z');
  const [instanceA, instanceB] = await twoInstances();
  const due = await startDueOperations(instanceB, 60, now);
  // Like a follower: claim a batch, take a reading of each (so it is not due again), repeat.
  const follow = async (store: ConsoleStore, instanceId: string) => {
    const mine: string[] = [];
    const reading = {
      progress: null,
      followProblem: null,
      nextPollAt: new Date(now.getTime() + hour),
    };
    for (;;) {
      const batch = await store.operations.claimDue(instanceId, now, hour, 5);
      if (batch.length === 0) return mine;
      for (const { id } of batch) {
        expect(await store.operations.recordProgress(id, instanceId, reading)).toBe(true);
        mine.push(id);
      }
    }
  };

  const [byA, byB] = await Promise.all([
    follow(instanceA, 'instance-a'),
    follow(instanceB, 'instance-b'),
  ]);

  expect(byA.length).toBeGreaterThan(0);
  expect(byB.length).toBeGreaterThan(0);
  expect(byA.filter((id) => byB.includes(id))).toEqual([]);
  expect([...byA, ...byB].sort()).toEqual([...due].sort());
  const owners = await Promise.all(due.map((id) => instanceB.operations.get(id)));
  expect(owners.filter((operation) => operation?.leaseOwner === 'instance-a')).toHaveLength(
    byA.length,
  );
});
