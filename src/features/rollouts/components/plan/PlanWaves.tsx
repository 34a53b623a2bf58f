import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { Plan } from '../../../../../contracts/rollout-plans.ts';
import { isPlanLive } from '../../../../api/console/plans.ts';
import { formatInZone } from '../../../../lib/zoned-time.ts';
import { waveLabel } from '../../plan-waves.ts';
import { waveStateWords } from '../../plan-words.ts';
import { PlanCatalogRow } from './PlanCatalogRow.tsx';

/** Each wave with its state and times, and each of its catalogs. */
export function PlanWaves({ plan }: { plan: Plan }) {
  const sections = plan.waves.map((wave, index) => {
    const state = waveStateWords[wave.state];
    const label = waveLabel(index);
    const rows = wave.catalogs.map((catalog) => (
      <PlanCatalogRow
        key={catalog.catalogId}
        catalog={catalog}
        timeZone={plan.timeZone}
        vdaUpdateDelay={plan.restart.vdaUpdateDelay}
        ahead={isPlanLive(plan) && (catalog.state === 'waiting' || catalog.state === 'running')}
      />
    ));
    return (
      <Stack key={index} gap="xs" component="section" aria-label={label}>
        <Group gap="sm">
          <Title order={2} size="h4">
            {label}
          </Title>
          <Badge color={state.color} variant="light" data-state={wave.state}>
            {state.label}
          </Badge>
        </Group>
        {(wave.startedAt || wave.finishedAt) && (
          <Text size="xs" c="dimmed">
            {[
              wave.startedAt && `Started ${formatInZone(wave.startedAt, plan.timeZone)}`,
              wave.finishedAt && `ended ${formatInZone(wave.finishedAt, plan.timeZone)}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        {rows}
      </Stack>
    );
  });
  return <Stack gap="lg">{sections}</Stack>;
}
