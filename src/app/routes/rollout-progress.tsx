import { Alert, Anchor, Button, Stepper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { operationQueries } from '../../api/console/operations.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { RolloutProgress } from '../../features/catalogs/components/RolloutProgress.tsx';
import { toApiProblem } from '../../lib/api-problem.ts';
import { paths } from '../../lib/paths.ts';

const wizardSteps = ['Catalog', 'Image', 'Settings', 'Review', 'Progress'];
const operationIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function UnknownRollout({ id }: { id: string }) {
  return (
    <Alert color="gray" title="No such image rollout">
      The console has no record of a rollout with ID ‘{id}’. The link may be mistyped, or it may
      name another kind of operation. See the{' '}
      <Anchor component={Link} to={paths.catalogs} underline="always">
        catalogs
      </Anchor>{' '}
      for each catalog’s current state and its rollouts.
    </Alert>
  );
}

/** `/rollouts/:rolloutId`: the server's record of one rollout, for anyone signed in. */
export function RolloutProgressRoute() {
  const { rolloutId = '' } = useParams();
  // Operation IDs are UUIDs: a link with anything else names no rollout, so nothing is asked.
  const plausible = operationIdPattern.test(rolloutId);
  const operationQuery = useQuery({ ...operationQueries.detail(rolloutId), enabled: plausible });
  const operation = operationQuery.data;
  const problem = operationQuery.error ? toApiProblem(operationQuery.error) : null;

  let body;
  if (operation) {
    body = operation.rollout ? (
      <RolloutProgress operation={operation} rollout={operation.rollout} />
    ) : (
      <UnknownRollout id={rolloutId} />
    );
  } else if (!plausible || problem?.kind === 'not-found') {
    body = <UnknownRollout id={rolloutId} />;
  } else if (problem) {
    body = (
      <ApiErrorAlert problem={problem} title="Could not load the rollout">
        <Button mt="sm" size="xs" variant="default" onClick={() => void operationQuery.refetch()}>
          Try again
        </Button>
      </ApiErrorAlert>
    );
  } else {
    body = <PageLoader />;
  }

  const catalogName = operation?.rollout?.catalogName ?? operation?.rollout?.catalogId;
  return (
    <>
      <PageHeader
        title="Image rollout"
        description={catalogName ? `Catalog ${catalogName}` : undefined}
      />
      <Stepper active={4} size="sm" mb="lg">
        {wizardSteps.map((label) => (
          <Stepper.Step key={label} label={label} />
        ))}
      </Stepper>
      {body}
    </>
  );
}
