import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Plan } from '../../../../contracts/rollout-plans.ts';
import { isPlanLive } from '../../../api/console/plans.ts';
import { paths } from '../../../lib/paths.ts';
import { formatInZone } from '../../../lib/zoned-time.ts';
import { planStateWords, planTitle } from '../plan-words.ts';

export interface PlanMenuListProps {
  /** Newest first, as the server lists them; undefined while loading or when unreadable. */
  plans: Plan[] | undefined;
  onNavigate: () => void;
}

const endedShown = 3;

/** The plans in the Operations menu: scheduled and running first (soonest start first), then the latest ended. */
export function PlanMenuList({ plans, onNavigate }: PlanMenuListProps) {
  if (!plans || plans.length === 0) return null;
  const live = plans
    .filter(isPlanLive)
    .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt));
  const ended = plans.filter((plan) => !isPlanLive(plan)).slice(0, endedShown);
  const rows = [...live, ...ended].map((plan) => (
    <Stack key={plan.id} gap={0}>
      <Anchor
        component={Link}
        to={paths.plan.href(plan.id)}
        size="sm"
        style={{ overflowWrap: 'anywhere' }}
        onClick={onNavigate}
      >
        Plan: {planTitle(plan)}
      </Anchor>
      <Text size="xs" c={plan.state === 'stopped' ? 'red' : 'dimmed'}>
        {planStateWords[plan.state].label} · {plan.state === 'scheduled' ? 'starts' : 'started'}{' '}
        {formatInZone(plan.startAt, plan.timeZone)}
      </Text>
    </Stack>
  ));
  return (
    <Stack gap="sm" mb="sm">
      <Text fw={600} size="sm">
        Rollout plans
      </Text>
      {rows}
    </Stack>
  );
}
