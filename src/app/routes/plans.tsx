import { PlanChangePage } from '../../features/rollouts/components/plan-form/PlanChangePage.tsx';
import { PlanNewPage } from '../../features/rollouts/components/plan-form/PlanNewPage.tsx';
import { PlanPage } from '../../features/rollouts/components/plan/PlanPage.tsx';

/** `/plans/new?image=…&catalogs=…`: a rollout plan to several catalogs, for admins. */
export function PlanNewRoute() {
  return <PlanNewPage />;
}

/** `/plans/:planId`: one rollout plan as the server runs it. */
export function PlanRoute() {
  return <PlanPage />;
}

/** `/plans/:planId/change`: the plan form again, for a plan that has not started. */
export function PlanChangeRoute() {
  return <PlanChangePage />;
}
