import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { planQueries } from '../../../../api/console/plans.ts';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { QueryFrame } from '../../../../components/QueryFrame.tsx';
import { toApiProblem } from '../../../../lib/api-problem.ts';
import { paths } from '../../../../lib/paths.ts';
import { delayInWords } from '../../rollout-settings.ts';
import { planStateWords, planTitle } from '../../plan-words.ts';
import { PlanActions } from './PlanActions.tsx';
import { PlanSchedule } from './PlanSchedule.tsx';
import { PlanWaves } from './PlanWaves.tsx';

function UnknownPlan({ id }: { id: string }) {
  return (
    <Alert color="gray" title="No such rollout plan">
      The console has no plan with ID ‘{id}’. The link may be mistyped. The Operations menu lists
      the plans; the{' '}
      <Anchor component={Link} to={paths.catalogs.href()} underline="always">
        catalogs
      </Anchor>{' '}
      show what each one runs now.
    </Alert>
  );
}

/** `/plans/:planId`: one plan as the server runs it, for anyone signed in; actions for admins. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const planQuery = useQuery(planQueries.detail(planId));
  const plan = planQuery.data;
  const state = plan && planStateWords[plan.state];
  return (
    <>
      <PageHeader
        title={plan ? `Rollout plan: ${planTitle(plan)}` : 'Rollout plan'}
        description={
          state && (
            <Group gap="xs" component="span">
              <Badge color={state.color} variant="light" data-state={plan.state}>
                {state.label}
              </Badge>
              <Text span>{state.meaning}</Text>
            </Group>
          )
        }
      />
      <QueryFrame
        query={planQuery}
        errorTitle="Could not load the plan"
        refreshErrorTitle="Could not refresh the plan; it is shown as last read"
        renderError={(error) =>
          toApiProblem(error).kind === 'not-found' ? (
            <UnknownPlan id={planId} />
          ) : (
            <ApiErrorAlert
              error={error}
              title="Could not load the plan"
              onRetry={() => void planQuery.refetch()}
            />
          )
        }
      >
        {(shown) => (
          <Stack gap="lg">
            {shown.stopReason && (
              <Alert
                color={shown.state === 'stopped' ? 'red' : 'orange'}
                title="Why it ended"
                role="alert"
              >
                {shown.stopReason}
              </Alert>
            )}
            <PlanActions plan={shown} />
            <PlanSchedule plan={shown} receivedAt={planQuery.dataUpdatedAt} />
            <Text size="sm">{delayInWords(shown.restart.vdaUpdateDelay)}.</Text>
            <PlanWaves plan={shown} />
          </Stack>
        )}
      </QueryFrame>
    </>
  );
}
