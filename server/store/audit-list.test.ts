import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../contracts/identity-api.ts';
import { alice, bob, sampleAuditEntry } from './testing/sample-records.ts';
import {
  driverNames,
  openEmptyStoreForBlock,
  startPostgresForFile,
} from './testing/store-drivers.ts';
import type { AuditFilters, NewAuditEntry } from './types.ts';

const postgres = startPostgresForFile();

const carol: Actor = {
  subject: 'idp|carol',
  name: 'Carol Viewer',
  email: 'carol@corp.example',
  role: 'viewer',
};
const dave: Actor = { subject: 'idp|dave', name: 'Dave Bulk', email: null, role: 'helpdesk' };
const at = (time: string) => new Date(`2025-03-01T${time}:00.000Z`);

// Four distinct records, then a dozen alike to page through.
const aliceLogoff = sampleAuditEntry({
  at: at('10:00'),
  actor: alice,
  targets: [{ type: 'session', id: 's-1', name: 'DESKTOP-01' }],
});
const bobLogoff = sampleAuditEntry({
  at: at('10:05'),
  actor: bob,
  targets: [{ type: 'session', id: 's-2', name: 'LAPTOP_7' }],
});
const aliceRollout = sampleAuditEntry({
  at: at('10:10'),
  actor: alice,
  operation: 'catalogs.updateImage',
  targets: [
    { type: 'catalog', id: 'catalog-1', name: 'Finance 100% desktops' },
    { type: 'image', id: 'image-2', name: null },
  ],
});
const carolRefused = sampleAuditEntry({
  at: at('10:15'),
  actor: carol,
  operation: 'sessions.sendMessage',
  outcome: 'refused',
});
const named = [aliceLogoff, bobLogoff, aliceRollout, carolRefused];
const bulk = Array.from({ length: 12 }, (_, index) =>
  sampleAuditEntry({
    at: at(`11:${String(index).padStart(2, '0')}`),
    actor: dave,
    operation: 'sessions.disconnect',
  }),
);

describe.each(driverNames)('the audit trail, filtered and paged on %s', (driver) => {
  const opened = openEmptyStoreForBlock(driver, postgres);
  const audit = () => opened().store.audit;
  const ids = new Map<NewAuditEntry, string>();
  const idOf = (entry: NewAuditEntry) => {
    const id = ids.get(entry);
    if (!id) throw new Error('The record was not begun (see beforeAll).');
    return id;
  };
  const idsOf = (...entries: NewAuditEntry[]) => entries.map(idOf);
  const matches = async (filters: AuditFilters) => {
    const { items, total } = await audit().list(filters, 1, 100);
    expect(total).toBe(items.length);
    return items.map((item) => item.id);
  };

  beforeAll(async () => {
    for (const entry of [...named, ...bulk]) ids.set(entry, await audit().begin(entry));
    const answer = { reason: null, transactionId: null, location: null, operationId: null };
    await audit().complete(idOf(aliceLogoff), { ...answer, outcome: 'succeeded', httpStatus: 204 });
    await audit().complete(idOf(bobLogoff), { ...answer, outcome: 'failed', httpStatus: 404 });
  });

  it('pages newest first, each record once, with the total of all pages', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page += 1) {
      const { items, total } = await audit().list({}, page, 5);
      expect(total).toBe(16);
      expect(items).toHaveLength(page < 4 ? 5 : 1);
      seen.push(...items.map((item) => item.id));
    }
    expect(seen).toEqual(idsOf(...bulk.toReversed(), ...named.toReversed()));
    expect(await audit().list({}, 5, 5)).toEqual({ items: [], total: 16 });
  });

  it('matches who acted by name, email or subject, whatever the case', async () => {
    expect(await matches({ actor: 'ALICE' })).toEqual(idsOf(aliceRollout, aliceLogoff));
    expect(await matches({ actor: 'corp.EXAMPLE' })).toEqual(idsOf(carolRefused));
    expect(await matches({ actor: 'idp|bo' })).toEqual(idsOf(bobLogoff));
  });

  it('matches an operation exactly, not as a substring', async () => {
    expect(await matches({ operation: 'catalogs.updateImage' })).toEqual(idsOf(aliceRollout));
    expect(await matches({ operation: 'catalogs' })).toEqual([]);
  });

  it("matches a target's id or name, taking % and _ in the filter literally", async () => {
    expect(await matches({ target: 'S-2' })).toEqual(idsOf(bobLogoff));
    expect(await matches({ target: 'image-2' })).toEqual(idsOf(aliceRollout));
    expect(await matches({ target: '100%' })).toEqual(idsOf(aliceRollout));
    expect(await matches({ target: '%' })).toEqual(idsOf(aliceRollout));
    expect(await matches({ target: 'P_7' })).toEqual(idsOf(bobLogoff));
    expect(await matches({ actor: '_' })).toEqual([]);
  });

  it('matches an outcome, and a time range with both ends included', async () => {
    expect(await matches({ outcome: 'refused' })).toEqual(idsOf(carolRefused));
    expect(await matches({ outcome: 'failed' })).toEqual(idsOf(bobLogoff));
    expect(await matches({ from: at('10:05'), to: at('10:10') })).toEqual(
      idsOf(aliceRollout, bobLogoff),
    );
  });

  it('combines filters, all of which must match', async () => {
    expect(await matches({ actor: 'alice', outcome: 'succeeded' })).toEqual(idsOf(aliceLogoff));
    const { items, total } = await audit().list({ actor: 'dave', from: at('11:03') }, 2, 4);
    expect(total).toBe(9);
    expect(items.map((item) => item.id)).toEqual(idsOf(...bulk.slice(4, 8).toReversed()));
  });

  it('refuses a page or page size below 1', async () => {
    await expect(audit().list({}, 0, 10)).rejects.toThrow(RangeError);
    await expect(audit().list({}, 1, 0)).rejects.toThrow(RangeError);
  });
});
