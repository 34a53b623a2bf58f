import { Stack, Text } from '@mantine/core';
import type { Plan } from '../../../../../contracts/rollout-plans.ts';
import { Facts } from '../../../../components/Facts.tsx';
import { useServerClock } from '../../../../hooks/use-server-clock.ts';
import { browserTimeZone, formatInZone } from '../../../../lib/zoned-time.ts';
import { countdownInWords } from '../../plan-words.ts';

export interface PlanScheduleProps {
  plan: Plan;
  /** When the browser received `plan` (the query's `dataUpdatedAt`). */
  receivedAt: number;
}

/** Times in the plan's zone, and the viewer's own when it differs, so nobody converts in their head. */
function Zoned({ at, zone }: { at: string; zone: string }) {
  const own = browserTimeZone();
  return (
    <Stack gap={0}>
      <Text size="sm">{formatInZone(at, zone)}</Text>
      {own !== zone && (
        <Text size="xs" c="dimmed">
          Your time: {formatInZone(at, own)}
        </Text>
      )}
    </Stack>
  );
}

/** Who scheduled the plan, its start and window, and (before the start) a countdown on the server's clock. */
export function PlanSchedule({ plan, receivedAt }: PlanScheduleProps) {
  const serverClock = useServerClock(plan.serverNow, receivedAt);
  const startsIn = Date.parse(plan.startAt) - serverClock;
  const facts = [
    {
      label: 'Scheduled by',
      value: `${plan.createdBy.name}, ${formatInZone(plan.createdAt, plan.timeZone)}`,
    },
    plan.changedBy && plan.changedAt
      ? {
          label: 'Last changed by',
          value: `${plan.changedBy.name}, ${formatInZone(plan.changedAt, plan.timeZone)}`,
        }
      : null,
    { label: 'Start', value: <Zoned at={plan.startAt} zone={plan.timeZone} /> },
    { label: 'No wave starts after', value: <Zoned at={plan.windowEndsAt} zone={plan.timeZone} /> },
    plan.finishedAt
      ? { label: 'Ended', value: <Zoned at={plan.finishedAt} zone={plan.timeZone} /> }
      : null,
  ].filter((fact) => fact !== null);
  return (
    <Stack gap="xs">
      {plan.state === 'scheduled' && (
        <Text fw={600} role="timer" aria-live="off">
          Starts {countdownInWords(startsIn)}
          {startsIn <= 0 && ': the server is starting the first wave'}
        </Text>
      )}
      <Facts title="Schedule" facts={facts} />
    </Stack>
  );
}
