import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bob, sampleAuditEntry } from './testing/sample-records.ts';
import {
  driverNames,
  openEmptyStoreForBlock,
  startPostgresForFile,
} from './testing/store-drivers.ts';
import type { AuditCompletion } from './types.ts';

const postgres = startPostgresForFile();

const succeeded: AuditCompletion = {
  outcome: 'succeeded',
  reason: null,
  httpStatus: 202,
  transactionId: 'tx-42',
  location: '/api/citrix/cvad/manage/Jobs/job-1',
  operationId: null,
};

describe.each(driverNames)('audit records on %s', (driver) => {
  const opened = openEmptyStoreForBlock(driver, postgres);
  const audit = () => opened().store.audit;

  it('stores a record as begun, pending, with its request body as JSON', async () => {
    const request = {
      message: { title: 'Maintenance', body: 'Reboot at 18:00' },
      ids: [1, 2],
      on: true,
    };
    const entry = sampleAuditEntry({ actor: bob, request });
    const id = await audit().begin(entry);

    expect(await audit().get(id)).toEqual({
      ...entry,
      id,
      httpStatus: null,
      transactionId: null,
      location: null,
      operationId: null,
      finalResult: null,
      finishedAt: null,
    });
  });

  it('keeps a request that is a bare string or array as such, and none as null', async () => {
    for (const request of ['plain text', [{ a: 1 }], null]) {
      const id = await audit().begin(sampleAuditEntry({ request }));
      expect((await audit().get(id))?.request).toEqual(request);
    }
  });

  it('completes a pending record once, with names learnt from the answer', async () => {
    const id = await audit().begin(sampleAuditEntry());
    const operationId = randomUUID();
    const targets = [{ type: 'session', id: 's-1', name: 'DESKTOP-01 (Bob)' }];
    await audit().complete(id, { ...succeeded, operationId, targets });

    expect(await audit().get(id)).toMatchObject({ ...succeeded, operationId, targets });
    await expect(audit().complete(id, { ...succeeded, outcome: 'failed' })).rejects.toThrow(
      /not pending/,
    );
    expect((await audit().get(id))?.outcome).toBe('succeeded');
  });

  it('keeps the targets it began with when the completion names none', async () => {
    const entry = sampleAuditEntry();
    const id = await audit().begin(entry);
    await audit().complete(id, {
      ...succeeded,
      outcome: 'failed',
      reason: 'The cloud refused it (409)',
    });

    expect(await audit().get(id)).toMatchObject({
      targets: entry.targets,
      reason: 'The cloud refused it (409)',
    });
  });

  it('never completes a refused record, an unknown one, or one whose id is not an id', async () => {
    const refused = await audit().begin(
      sampleAuditEntry({ outcome: 'refused', reason: 'Viewers cannot log off' }),
    );

    for (const id of [refused, randomUUID(), 'not-an-id']) {
      await expect(audit().complete(id, succeeded)).rejects.toThrow(/not pending/);
    }
    expect(await audit().get(refused)).toMatchObject({
      outcome: 'refused',
      reason: 'Viewers cannot log off',
    });
  });

  it('records how an async operation ended, once', async () => {
    const id = await audit().begin(sampleAuditEntry());
    await audit().complete(id, succeeded);
    const finishedAt = new Date('2025-03-01T10:20:00Z');
    await audit().finish(id, 'Rollout finished on 12 of 12 machines', finishedAt);

    await expect(audit().finish(id, 'failed', new Date())).rejects.toThrow(/cannot be finished/);
    expect(await audit().get(id)).toMatchObject({
      finalResult: 'Rollout finished on 12 of 12 machines',
      finishedAt,
    });
  });

  it('finds nothing for an unknown id or text that is no id', async () => {
    expect(await audit().get(randomUUID())).toBeNull();
    expect(await audit().get("1' OR '1'='1")).toBeNull();
  });
});
