import { Alert, Anchor, Stepper } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RolloutProgress } from '../../features/catalogs/components/RolloutProgress.tsx';
import { useRollouts } from '../../features/catalogs/rollout-store.ts';
import { paths } from '../../lib/paths.ts';

const wizardSteps = ['Catalog', 'Image', 'Settings', 'Review', 'Progress'];

/** `/rollouts/:rolloutId`: the wizard's last step, which survives reloads and new tabs. */
export function RolloutProgressRoute() {
  const { rolloutId = '' } = useParams();
  const record = useRollouts().find((r) => r.id === rolloutId);
  return (
    <>
      <PageHeader
        title="Image rollout"
        description={record ? `Catalog ${record.catalogName}` : undefined}
      />
      <Stepper active={4} size="sm" mb="lg">
        {wizardSteps.map((label) => (
          <Stepper.Step key={label} label={label} />
        ))}
      </Stepper>
      {record ? (
        <RolloutProgress record={record} />
      ) : (
        <Alert color="gray" title="This rollout is not known in this browser">
          Rollouts are remembered by the browser that started them. See the{' '}
          <Anchor component={Link} to={paths.catalogs} underline="always">
            catalogs
          </Anchor>{' '}
          for each catalog’s current state.
        </Alert>
      )}
    </>
  );
}
