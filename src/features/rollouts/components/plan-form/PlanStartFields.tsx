import { Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { planLimits } from '../../../../../contracts/rollout-plans.ts';
import {
  browserTimeZone,
  formatInZone,
  knownTimeZones,
  offsetLabel,
  wallToInstant,
} from '../../../../lib/zoned-time.ts';
import type { PlanFormDraft, PlanFormErrors } from '../../plan-form.ts';

type StartDraft = Pick<PlanFormDraft, 'start' | 'date' | 'time' | 'timeZone' | 'windowMinutes'>;

export interface PlanStartFieldsProps {
  draft: StartDraft;
  errors: PlanFormErrors;
  onChange: (changes: Partial<StartDraft>) => void;
}

/** "UTC+02:00 on that date": the zone's offset where the start is (or now, until it is typed). */
function zoneDescription({ date, time, timeZone }: StartDraft) {
  const chosen = wallToInstant({ date, time: time || '12:00' }, timeZone);
  const at = chosen.ok ? chosen.instant : Date.now();
  return `${offsetLabel(at, timeZone)}${chosen.ok ? ' on that date' : ' now'}.`;
}

/** When the first wave starts: now, or a date and time in a named zone, and the window it has. */
export function PlanStartFields({ draft, errors, onChange }: PlanStartFieldsProps) {
  const zones = useMemo(() => knownTimeZones(), []);
  const own = browserTimeZone();
  const start = draft.start === 'at' ? wallToInstant(draft, draft.timeZone) : null;
  const startsAt = start?.ok ? start.instant : null;
  return (
    <Stack gap="md" maw={640}>
      <Radio.Group
        label="When the first wave starts"
        value={draft.start}
        onChange={(value) => onChange({ start: value as StartDraft['start'] })}
      >
        <Group mt="xs">
          <Radio value="now" label="Now" />
          <Radio value="at" label="At a time" />
        </Group>
      </Radio.Group>
      {draft.start === 'at' && (
        <>
          <Group align="flex-start" grow>
            <TextInput
              type="date"
              label="Start date"
              value={draft.date}
              error={errors.date}
              onChange={(event) => onChange({ date: event.currentTarget.value })}
            />
            <TextInput
              type="time"
              label="Start time"
              value={draft.time}
              error={errors.time}
              description={start?.ok ? start.repeated : undefined}
              onChange={(event) => onChange({ time: event.currentTarget.value })}
            />
          </Group>
          <Select
            label="Time zone"
            description={zoneDescription(draft)}
            data={zones}
            value={draft.timeZone}
            error={errors.timeZone}
            searchable
            allowDeselect={false}
            limit={50}
            onChange={(value) => value && onChange({ timeZone: value })}
          />
          {startsAt !== null && (
            <Text size="sm" role="status">
              Starts {formatInZone(startsAt, draft.timeZone)}
              {own !== draft.timeZone && `; that is ${formatInZone(startsAt, own)} for you`}.
            </Text>
          )}
        </>
      )}
      <TextInput
        label="Maintenance window (minutes)"
        description={`${planLimits.minWindowMinutes} to ${planLimits.maxWindowMinutes.toLocaleString('en-US')} (24 hours). The plan, and each of its waves, must start within it; a wave that cannot start in time stops the plan.`}
        inputMode="numeric"
        value={draft.windowMinutes}
        error={errors.windowMinutes}
        onChange={(event) => onChange({ windowMinutes: event.currentTarget.value })}
      />
    </Stack>
  );
}
