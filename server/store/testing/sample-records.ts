/** Plausible records for the store's tests; each test overrides what it is about. */
import type { Actor, RolloutDetails } from '../../../contracts/identity-api.ts';
import type { NewAuditEntry, NewOperation, NewPlan } from '../types.ts';
import { waitingPlanCatalog } from '../../../contracts/rollout-plans.ts';

export const alice: Actor = {
  subject: 'idp|alice',
  name: 'Alice Admin',
  email: 'alice@example.com',
  role: 'admin',
};

export const bob: Actor = {
  subject: 'idp|bob',
  name: 'Bob Helpdesk',
  email: null,
  role: 'helpdesk',
};

export function sampleAuditEntry(overrides: Partial<NewAuditEntry> = {}): NewAuditEntry {
  return {
    at: new Date('2025-03-01T10:00:00.000Z'),
    actor: alice,
    operation: 'sessions.logoff',
    operationLabel: 'Log off a session',
    method: 'POST',
    path: '/api/citrix/cvad/manage/Sessions/s-1/$logoff',
    targets: [{ type: 'session', id: 's-1', name: 'DESKTOP-01' }],
    request: null,
    outcome: 'pending',
    reason: null,
    ...overrides,
  };
}

export function sampleRollout(overrides: Partial<RolloutDetails> = {}): RolloutDetails {
  return {
    customerId: 'customer-1',
    siteId: 'site-1',
    catalogId: 'catalog-1',
    catalogName: 'Finance desktops',
    imageId: 'image-2',
    imageName: 'Windows 11 March',
    previousImageId: 'image-1',
    previousImageName: 'Windows 11 February',
    vdaUpdateDelay: null,
    warningTitle: null,
    warningMessage: null,
    ...overrides,
  };
}

export function sampleOperation(
  auditId: string,
  overrides: Partial<NewOperation> = {},
): NewOperation {
  return {
    kind: 'rollout',
    startedAt: new Date('2025-03-01T10:00:00.000Z'),
    startedBy: alice,
    location: '/api/citrix/cvad/manage/MachineCatalogs/catalog-1/$status',
    transactionId: 'tx-1',
    auditId,
    rollout: sampleRollout(),
    sessionAction: null,
    machineAction: null,
    ...overrides,
  };
}

/** A plan of two waves (a canary, then two catalogs) starting at `startAt`, with a one-hour window. */
export function samplePlan(startAt: Date, overrides: Partial<NewPlan> = {}): NewPlan {
  const waiting = (catalogId: string) => waitingPlanCatalog(catalogId, `Catalog ${catalogId}`);
  const wave = (ids: string[]) => ({
    state: 'waiting' as const,
    catalogs: ids.map(waiting),
    startedAt: null,
    finishedAt: null,
  });
  return {
    createdAt: new Date(startAt.getTime() - 3_600_000),
    createdBy: alice,
    createdAuditId: null,
    customerId: 'customer-1',
    siteId: 'site-1',
    imageId: 'image-2',
    imageName: 'Windows 11 March',
    citrixPrepared: false,
    restart: { vdaUpdateDelay: 60, warningTitle: null, warningMessage: null },
    startAt,
    windowEndsAt: new Date(startAt.getTime() + 3_600_000),
    timeZone: 'Europe/Berlin',
    waves: [wave(['canary']), wave(['catalog-2', 'catalog-3'])],
    ...overrides,
  };
}
