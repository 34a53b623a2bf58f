import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Plan } from '../../../../../contracts/rollout-plans.ts';
import { useCancelPlan, useRevertPlan } from '../../../../api/console/plans.ts';
import { usePermissions } from '../../../../hooks/use-permissions.ts';
import { paths } from '../../../../lib/paths.ts';
import { formatInZone } from '../../../../lib/zoned-time.ts';
import { ConfirmPlanAction } from './ConfirmPlanAction.tsx';

/** Catalogs the plan updated, which a revert would put back: "Finance Shared (back to …)". */
function updatedCatalogs(plan: Plan) {
  return plan.waves
    .flatMap((wave) => wave.catalogs)
    .filter((catalog) => catalog.state === 'succeeded')
    .map(
      (c) =>
        `${c.catalogName ?? c.catalogId} (back to ${c.previousImageName ?? c.previousImageId ?? 'its previous image'})`,
    );
}

/** What an admin may do with the plan now: change or cancel it, or revert what it updated. */
export function PlanActions({ plan }: { plan: Plan }) {
  const { rollouts } = usePermissions();
  const cancel = useCancelPlan();
  const revert = useRevertPlan();
  const [asking, setAsking] = useState<'cancel' | 'revert' | null>(null);
  if (!rollouts) return null;
  const toRevert = updatedCatalogs(plan);
  // While a wave runs its updates are with Citrix: only the waves still to come can be cancelled.
  const cancellableWaves =
    plan.state === 'running' &&
    !plan.cancelRequestedBy &&
    plan.waves.some((wave) => wave.state === 'waiting');
  const ended = plan.state === 'stopped' || plan.state === 'cancelled';
  const close = () => setAsking(null);
  const done = { onSuccess: close };
  return (
    <>
      <Group>
        {plan.state === 'scheduled' && (
          <Button component={Link} to={paths.changePlan.href(plan.id)} variant="default">
            Change the plan
          </Button>
        )}
        {(plan.state === 'scheduled' || cancellableWaves) && (
          <Button color="red" variant="light" onClick={() => setAsking('cancel')}>
            {plan.state === 'scheduled' ? 'Cancel the plan' : 'Cancel the remaining waves'}
          </Button>
        )}
        {ended && toRevert.length > 0 && !plan.revertRequestedBy && (
          <Button color="red" variant="light" onClick={() => setAsking('revert')}>
            Revert the updated catalogs
          </Button>
        )}
      </Group>
      {ended && toRevert.length === 0 && !plan.revertRequestedBy && (
        <Text size="sm" role="status">
          No catalog took the new image from this plan, so there is nothing to revert: each one
          keeps the image it had.
        </Text>
      )}
      {plan.state === 'running' && plan.cancelRequestedBy && plan.cancelRequestedAt && (
        <Text size="sm" role="status">
          {plan.cancelRequestedBy.name} cancelled the remaining waves on{' '}
          {formatInZone(plan.cancelRequestedAt, plan.timeZone)}: the wave running now carries on to
          its end, and no further wave starts.
        </Text>
      )}
      {plan.revertRequestedBy && plan.revertRequestedAt && (
        <Text size="sm" role="status">
          {plan.revertRequestedBy.name} asked for the revert on{' '}
          {formatInZone(plan.revertRequestedAt, plan.timeZone)}; each catalog below says how it
          went.
        </Text>
      )}
      {asking === 'cancel' && (
        <ConfirmPlanAction
          title={plan.state === 'scheduled' ? 'Cancel the plan?' : 'Cancel the remaining waves?'}
          consequence={
            plan.state === 'scheduled'
              ? 'No wave will start. Catalogs keep the image they have.'
              : 'The wave running now carries on to its end; no further wave starts. What it updates can be reverted afterwards.'
          }
          confirmLabel={
            plan.state === 'scheduled' ? 'Cancel the plan' : 'Cancel the remaining waves'
          }
          dismissLabel="Keep the plan"
          pending={cancel.isPending}
          error={cancel.error}
          onConfirm={() => cancel.mutate(plan.id, done)}
          onClose={close}
        />
      )}
      {asking === 'revert' && (
        <ConfirmPlanAction
          title="Revert the updated catalogs?"
          consequence="The previous image goes back on each catalog the plan updated, with the plan’s restart settings:"
          items={toRevert}
          confirmLabel={`Revert ${toRevert.length} catalog${toRevert.length === 1 ? '' : 's'}`}
          dismissLabel="Keep the new image"
          pending={revert.isPending}
          error={revert.error}
          onConfirm={() => revert.mutate(plan.id, done)}
          onClose={close}
        />
      )}
    </>
  );
}
