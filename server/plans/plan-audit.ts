/** A plan's own steps in the audit trail, with the plan as a target, in whose name they happen. */
import type { Actor, AuditTarget } from '../../contracts/identity-api.ts';
import type { ConsoleStore, StoredPlan } from '../store/types.ts';

export interface PlanAuditEntry {
  actor: Actor;
  operation: { id: string; label: string };
  plan: Pick<StoredPlan, 'id' | 'imageId' | 'imageName'>;
  method: string;
  /** What was asked (a draft) or what happened (a wave's catalogs), as stored. */
  request: unknown;
  outcome: 'succeeded' | 'failed';
  /** Why it failed, or what it came to, in words. */
  reason: string | null;
  /** Catalogs the step acts on, beside the plan and its image. */
  catalogs?: { id: string; name: string | null }[];
}

export function planTargets(
  plan: PlanAuditEntry['plan'],
  catalogs: PlanAuditEntry['catalogs'] = [],
): AuditTarget[] {
  return [
    { type: 'plan', id: plan.id, name: plan.imageName ? `Roll out ${plan.imageName}` : null },
    imageTarget(plan),
    ...catalogs.map((catalog) => ({ type: 'catalog', id: catalog.id, name: catalog.name })),
  ];
}

/** The image a plan rolls out, as an audit target (all a plan not yet stored can name). */
export function imageTarget(plan: Pick<StoredPlan, 'imageId' | 'imageName'>): AuditTarget {
  return { type: 'image', id: plan.imageId, name: plan.imageName };
}

/** Records a step that has happened; returns the record's id. Throws when it cannot be stored. */
export async function recordPlanStep(store: ConsoleStore, entry: PlanAuditEntry): Promise<string> {
  const id = await store.audit.begin({
    at: new Date(),
    actor: entry.actor,
    operation: entry.operation.id,
    operationLabel: entry.operation.label,
    method: entry.method,
    path: `/api/plans/${entry.plan.id}`,
    targets: planTargets(entry.plan, entry.catalogs),
    request: entry.request,
    outcome: 'pending',
    reason: null,
  });
  await store.audit.complete(id, {
    outcome: entry.outcome,
    reason: entry.reason,
    httpStatus: null,
    transactionId: null,
    location: null,
    operationId: null,
  });
  return id;
}
