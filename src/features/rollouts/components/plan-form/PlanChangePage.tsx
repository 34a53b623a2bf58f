import { Alert, Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { planQueries } from '../../../../api/console/plans.ts';
import { CatalogSiteScope } from '../../../../components/CatalogSiteScope.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { QueryFrame } from '../../../../components/QueryFrame.tsx';
import { paths } from '../../../../lib/paths.ts';
import { planFormFromPlan } from '../../plan-form.ts';
import { planStateWords } from '../../plan-words.ts';
import { AdminOnly } from '../AdminOnly.tsx';
import { PlanForm } from './PlanForm.tsx';

const title = 'Change the rollout plan';

/** `/plans/:planId/change`: the plan form, prefilled, while the plan has not started. */
export function PlanChangePage() {
  const { planId = '' } = useParams();
  const navigate = useNavigate();
  // Not polled here: a change is made from one version, and a newer one comes as a 409.
  const planQuery = useQuery({ ...planQueries.detail(planId), refetchInterval: false });
  const back = { to: paths.plan.href(planId), label: 'Back to the plan' };
  return (
    <AdminOnly title={title} what="Changes to rollout plans" back={back}>
      <PageHeader title={title} />
      <QueryFrame query={planQuery} errorTitle="Could not load the plan">
        {(plan) =>
          plan.state !== 'scheduled' ? (
            <Alert color="gray" title="This plan can no longer be changed">
              It is {planStateWords[plan.state].label.toLowerCase()}: only a plan that has not
              started can be changed.{' '}
              <Anchor component={Link} to={back.to}>
                {back.label}
              </Anchor>
            </Alert>
          ) : (
            <CatalogSiteScope>
              {(scope) => (
                <PlanForm
                  // A newer version of the plan starts a new draft from it.
                  key={plan.version}
                  scope={scope}
                  plan={plan}
                  draftKey={`change:${plan.id}:${plan.version}`}
                  initialDraft={() => planFormFromPlan(plan)}
                  onSaved={(saved) => navigate(paths.plan.href(saved.id))}
                  onReload={() => void planQuery.refetch()}
                />
              )}
            </CatalogSiteScope>
          )
        }
      </QueryFrame>
    </AdminOnly>
  );
}
