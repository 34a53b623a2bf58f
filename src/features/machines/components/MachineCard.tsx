import { Alert, Card, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { machineQueries, type Machine } from '../../../api/citrix/machines.ts';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { useAfterFirstPaint } from '../../../hooks/use-after-first-paint.ts';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { MachineActions } from './MachineActions.tsx';
import { MachinePanel } from './MachinePanel.tsx';

export interface MachineCardProps {
  /** The machine's Id (or `DOMAIN\host` name). */
  machineId: string;
  /** @default 3 */
  headingOrder?: 2 | 3;
}

/**
 * The machine's facts and actions, drawn again only when the machine's answer changes: not when
 * the card's read switches on after the first paint, which redrew them (a person's page has
 * three cards, each with its buttons).
 */
const MachineDetails = memo(function MachineDetails({
  machine,
  headingOrder,
}: {
  machine: Machine;
  headingOrder: 2 | 3;
}) {
  return (
    <Stack gap="sm">
      <MachinePanel machine={machine} headingOrder={headingOrder} />
      <MachineActions machine={machine} />
    </Stack>
  );
});

/** One machine read fresh by its Id, with its actions: its state changes as they run. */
export function MachineCard({ machineId, headingOrder = 3 }: MachineCardProps) {
  // Under a person's sessions: read once those have painted.
  const machineQuery = useQuery({
    ...machineQueries.detail(machineId),
    enabled: useAfterFirstPaint(),
  });
  return (
    <Card withBorder>
      <QueryFrame
        query={machineQuery}
        errorTitle="Could not load the machine"
        renderError={(error) =>
          toApiProblem(error).kind === 'not-found' ? (
            <Alert color="gray" title="This machine is no longer in the site">
              It was removed from its catalog.
            </Alert>
          ) : (
            <ApiErrorAlert
              error={error}
              title="Could not load the machine"
              onRetry={() => void machineQuery.refetch()}
            />
          )
        }
      >
        {(machine) => <MachineDetails machine={machine} headingOrder={headingOrder} />}
      </QueryFrame>
    </Card>
  );
}
