import { Anchor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Operation } from '../../../../contracts/identity-api.ts';
import type { Plan } from '../../../../contracts/rollout-plans.ts';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { PlanMenuList } from './PlanMenuList.tsx';
import {
  dateTimeInWords,
  operationHref,
  operationStateWords,
  operationTitle,
} from '../operation-words.ts';

export interface OperationsListProps {
  /** Newest first, as the server lists them; undefined while loading. */
  operations: Operation[] | undefined;
  error: Error | null;
  /** Rollout plans, listed first; undefined while loading or when they cannot be read. */
  plans?: Plan[];
  /** Called when a link is followed, so the menu closes. */
  onNavigate: () => void;
}

const recentShown = 5;

/** The Operations menu's content: everything running, then the latest that ended. */
export function OperationsList({ operations, error, plans, onNavigate }: OperationsListProps) {
  const running = (operations ?? []).filter((operation) => operation.state === 'running');
  const ended = (operations ?? []).filter((operation) => operation.state !== 'running');
  const rows = [...running, ...ended.slice(0, recentShown)].map((operation) => (
    <Stack key={operation.id} gap={0}>
      <Anchor
        component={Link}
        to={operationHref(operation)}
        size="sm"
        style={{ overflowWrap: 'anywhere' }}
        onClick={onNavigate}
      >
        {operationTitle(operation)}
      </Anchor>
      <Text size="xs" c={operation.state === 'failed' ? 'red' : 'dimmed'}>
        {operationStateWords[operation.state].label} · by {operation.startedBy.name} · started{' '}
        {dateTimeInWords(operation.startedAt)}
      </Text>
    </Stack>
  ));

  return (
    <>
      <PlanMenuList plans={plans} onNavigate={onNavigate} />
      <OperationRows rows={rows} operations={operations} error={error} />
    </>
  );
}

function OperationRows({
  rows,
  operations,
  error,
}: Pick<OperationsListProps, 'operations' | 'error'> & { rows: ReactNode[] }) {
  if (rows.length > 0) return <Stack gap="sm">{rows}</Stack>;
  if (error) {
    return (
      <Text size="sm" c="orange">
        Could not load the operations. {toApiProblem(error).message}
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {operations
        ? 'No operations yet. Start a rollout from a catalog or an image.'
        : 'Loading the operations…'}
    </Text>
  );
}
