import { Anchor, Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PlanCatalog } from '../../../../../contracts/rollout-plans.ts';
import { operationQueries } from '../../../../api/console/operations.ts';
import { CloudText } from '../../../../components/CloudText.tsx';
import { paths } from '../../../../lib/paths.ts';
import { formatInZone } from '../../../../lib/zoned-time.ts';
import { readOperation } from '../../operation-reading.ts';
import { planCatalogStateWords } from '../../plan-words.ts';
import { SessionImpact } from '../wizard/SessionImpact.tsx';

export interface PlanCatalogRowProps {
  catalog: PlanCatalog;
  timeZone: string;
  vdaUpdateDelay: number;
  /** Whether its update is still ahead: then who it will interrupt is worth saying. */
  ahead: boolean;
}

/** The operation following this catalog's update: its reading in words, and progress. */
function CatalogProgress({ operationId }: { operationId: string }) {
  const { data: operation } = useQuery(operationQueries.detail(operationId));
  if (!operation) return null;
  const reading = readOperation(operation);
  const percent = reading.phase === 'succeeded' ? 100 : operation.progress?.percent;
  return (
    <Stack gap={4}>
      <Text size="sm">{reading.headline}</Text>
      {reading.phase === 'running' && (
        <Progress value={percent ?? 0} aria-label={`Update progress ${percent ?? 0}%`} />
      )}
    </Stack>
  );
}

/** One catalog of a wave: its state in words, times, progress, and the rollout to follow. */
export function PlanCatalogRow({ catalog, timeZone, vdaUpdateDelay, ahead }: PlanCatalogRowProps) {
  const name = catalog.catalogName ?? catalog.catalogId;
  const state = planCatalogStateWords[catalog.state];
  const times = [
    catalog.startedAt && `started ${formatInZone(catalog.startedAt, timeZone)}`,
    catalog.finishedAt && `ended ${formatInZone(catalog.finishedAt, timeZone)}`,
  ].filter(Boolean);
  return (
    <Paper withBorder p="sm" role="group" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <CloudText fw={600}>{name}</CloudText>
          <Badge color={state.color} variant="light" data-state={catalog.state}>
            {state.label}
          </Badge>
        </Group>
        {times.length > 0 && (
          <Text size="xs" c="dimmed">
            {times.join(' · ')}
          </Text>
        )}
        {catalog.problem && (
          <Text size="sm" c="red">
            {catalog.problem}
          </Text>
        )}
        {catalog.operationId && <CatalogProgress operationId={catalog.operationId} />}
        {ahead && <SessionImpact catalogName={name} vdaUpdateDelay={vdaUpdateDelay} />}
        <Group gap="md">
          {catalog.operationId && (
            <Anchor component={Link} to={paths.rollout.href(catalog.operationId)} size="sm">
              Follow the rollout of {name}
            </Anchor>
          )}
          {catalog.revertOperationId && (
            <Anchor component={Link} to={paths.rollout.href(catalog.revertOperationId)} size="sm">
              Follow the revert of {name}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
