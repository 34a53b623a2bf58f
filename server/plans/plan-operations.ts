/**
 * What can be done to a rollout plan, by the id and words the audit trail records, and who may:
 * the console's own endpoints check the role here as the proxy's allowlist does for cloud calls,
 * and the runner's steps are recorded under the `plans.*` ids below in the scheduler's name.
 */
import type { Role } from '../../contracts/identity-api.ts';

export interface PlanOperation {
  id: string;
  label: string;
  /** What the role must be able to do, in words, for a refusal. */
  needs: string;
  role: Role;
}

const operation = (id: string, label: string, needs: string, role: Role): PlanOperation => ({
  id,
  label,
  needs,
  role,
});

/** Requests people make (`/api/plans...`). */
export const planRequests = {
  read: operation('plans.read', 'Read rollout plans', 'read rollout plans', 'viewer'),
  create: operation('plans.create', 'Schedule a rollout plan', 'schedule rollout plans', 'admin'),
  change: operation('plans.change', 'Change a rollout plan', 'change rollout plans', 'admin'),
  cancel: operation('plans.cancel', 'Cancel a rollout plan', 'cancel rollout plans', 'admin'),
  revert: operation(
    'plans.revert',
    'Revert a rollout plan’s catalogs',
    'revert rollout plans',
    'admin',
  ),
} as const;

/** Steps the server takes on its own, recorded in the name of whoever scheduled the plan. */
export const planSteps = {
  start: { id: 'plans.start', label: 'Start a rollout plan' },
  wave: { id: 'plans.wave', label: 'Start a wave of a rollout plan' },
  finish: { id: 'plans.finish', label: 'End a rollout plan' },
} as const;
