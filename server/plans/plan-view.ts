/** A stored plan in the shape of the browser contract (`contracts/rollout-plans.ts`). */
import type { Plan } from '../../contracts/rollout-plans.ts';
import type { StoredPlan } from '../store/types.ts';

export function toPlan(plan: StoredPlan, serverNow: Date): Plan {
  return {
    id: plan.id,
    version: plan.version,
    state: plan.state,
    createdAt: plan.createdAt.toISOString(),
    createdBy: plan.createdBy,
    changedAt: plan.changedAt?.toISOString() ?? null,
    changedBy: plan.changedBy,
    customerId: plan.customerId,
    siteId: plan.siteId,
    imageId: plan.imageId,
    imageName: plan.imageName,
    citrixPrepared: plan.citrixPrepared,
    restart: plan.restart,
    startAt: plan.startAt.toISOString(),
    windowEndsAt: plan.windowEndsAt.toISOString(),
    timeZone: plan.timeZone,
    waves: plan.waves,
    stopReason: plan.stopReason,
    finishedAt: plan.finishedAt?.toISOString() ?? null,
    revertRequestedBy: plan.revertRequestedBy,
    revertRequestedAt: plan.revertRequestedAt?.toISOString() ?? null,
    cancelRequestedBy: plan.cancelRequestedBy,
    cancelRequestedAt: plan.cancelRequestedAt?.toISOString() ?? null,
    serverNow: serverNow.toISOString(),
  };
}
