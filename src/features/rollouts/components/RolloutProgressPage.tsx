import { Alert, Anchor } from '@mantine/core';
import { CompactStepper } from '../../../components/CompactStepper.tsx';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isOperationId } from '../../../../contracts/identity-api.ts';
import { operationQueries } from '../../../api/console/operations.ts';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { RolloutProgress } from './RolloutProgress.tsx';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { paths } from '../../../lib/paths.ts';

const wizardSteps = ['Catalog', 'Image', 'Settings', 'Review', 'Progress'];

function UnknownRollout({ id }: { id: string }) {
  return (
    <Alert color="gray" title="No such image rollout">
      The console has no record of a rollout with ID ‘{id}’. The link may be mistyped, or it may
      name another kind of operation. See the{' '}
      <Anchor component={Link} to={paths.catalogs.href()} underline="always">
        catalogs
      </Anchor>{' '}
      for each catalog’s current state and its rollouts.
    </Alert>
  );
}

/** `/rollouts/:rolloutId`: the server's record of one rollout, for anyone signed in. */
export function RolloutProgressPage() {
  const { rolloutId = '' } = useParams();
  // A link whose id cannot be an operation's names no rollout, so nothing is asked.
  const plausible = isOperationId(rolloutId);
  const operationQuery = useQuery({ ...operationQueries.detail(rolloutId), enabled: plausible });
  const operation = operationQuery.data;
  const body = plausible ? (
    <QueryFrame
      query={operationQuery}
      errorTitle="Could not load the rollout"
      renderError={(error) =>
        toApiProblem(error).kind === 'not-found' ? (
          <UnknownRollout id={rolloutId} />
        ) : (
          <ApiErrorAlert
            error={error}
            title="Could not load the rollout"
            onRetry={() => void operationQuery.refetch()}
          />
        )
      }
    >
      {(record) =>
        record.rollout ? (
          <RolloutProgress operation={record} rollout={record.rollout} />
        ) : (
          <UnknownRollout id={rolloutId} />
        )
      }
    </QueryFrame>
  ) : (
    <UnknownRollout id={rolloutId} />
  );

  const catalogName = operation?.rollout?.catalogName ?? operation?.rollout?.catalogId;
  return (
    <>
      <PageHeader
        title="Image rollout"
        description={catalogName ? `Catalog ${catalogName}` : undefined}
      />
      <CompactStepper active={4} size="sm" mb="lg">
        {wizardSteps.map((label) => (
          <CompactStepper.Step key={label} label={label} />
        ))}
      </CompactStepper>
      {body}
    </>
  );
}
