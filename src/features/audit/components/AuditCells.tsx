import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditRecord, AuditTarget } from '../../../../contracts/identity-api.ts';
import { CloudText } from '../../../components/CloudText.tsx';
import { paths } from '../../../lib/paths.ts';
import { isRollout, outcomeDetail, outcomeWords, timeAgo } from '../audit-words.ts';

/** Local date and time, and how long ago as of when the page was loaded. */
export function WhenCell({ record, now }: { record: AuditRecord; now: number }) {
  return (
    <Stack gap={0}>
      <Text size="sm" component="time" dateTime={record.at}>
        {new Date(record.at).toLocaleString()}
      </Text>
      <Text size="xs" c="dimmed">
        {timeAgo(record.at, now)}
      </Text>
    </Stack>
  );
}

export function WhoCell({ record }: { record: AuditRecord }) {
  const { name, role, email } = record.actor;
  return (
    <Stack gap={2} align="flex-start">
      <Group gap={6} wrap="nowrap">
        <Text size="sm">{name}</Text>
        <Badge size="xs" variant="light" color="gray">
          {role}
        </Badge>
      </Group>
      {email && (
        <Text size="xs" c="dimmed">
          {email}
        </Text>
      )}
    </Stack>
  );
}

const targetPage: Partial<Record<string, (id: string) => string>> = {
  catalog: paths.catalogDetail.href,
  session: paths.sessionDetail.href,
  // The people on a machine when it was acted on, by account (server/audit/target-lookup.ts).
  user: (account) => paths.user.href(account),
};

function TargetItem({ target }: { target: AuditTarget }) {
  const shown = target.name ?? target.id;
  const page = targetPage[target.type];
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {target.type}{' '}
      </Text>
      <CloudText>
        {page ? (
          <Anchor component={Link} to={page(target.id)} size="sm">
            {shown}
          </Anchor>
        ) : (
          shown
        )}
      </CloudText>
    </Text>
  );
}

/** Targets listed before "Show N more": a machine restart names everyone who was on it. */
const targetsAtFirst = 4;

/**
 * What a record acted on. A long list (a restarted machine and the twelve people on it) shows its
 * first few, and the rest on request, so one record does not fill a phone's screen.
 */
export function TargetsCell({ record }: { record: AuditRecord }) {
  const [expanded, setExpanded] = useState(false);
  const { targets } = record;
  if (targets.length === 0) return <Text size="sm">—</Text>;
  // Never "Show 1 more": that one line takes the button's place.
  const long = targets.length > targetsAtFirst + 1;
  const shown = long && !expanded ? targets.slice(0, targetsAtFirst) : targets;
  return (
    <Stack gap={2} align="flex-start">
      {shown.map((target) => (
        <TargetItem key={`${target.type}:${target.id}`} target={target} />
      ))}
      {long && (
        <Anchor
          component="button"
          type="button"
          size="xs"
          aria-expanded={expanded}
          onClick={() => setExpanded((was) => !was)}
        >
          {expanded ? 'Show fewer targets' : `Show ${targets.length - targetsAtFirst} more targets`}
        </Anchor>
      )}
    </Stack>
  );
}

export function OutcomeCell({ record }: { record: AuditRecord }) {
  const words = outcomeWords[record.outcome];
  const detail = outcomeDetail(record);
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={words.color} variant="light">
        {words.label}
      </Badge>
      {detail && <Text size="xs">{detail}</Text>}
      {isRollout(record) && (
        <Anchor component={Link} to={paths.rollout.href(record.operationId)} size="xs">
          Rollout progress
        </Anchor>
      )}
    </Stack>
  );
}
