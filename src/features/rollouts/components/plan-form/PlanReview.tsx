import { List, Stack, Text } from '@mantine/core';
import type { PlanDraft } from '../../../../../contracts/rollout-plans.ts';
import type { Catalog } from '../../../../api/citrix/catalogs.ts';
import type { CitrixImage } from '../../../../api/citrix/images.ts';
import { browserTimeZone, formatInZone } from '../../../../lib/zoned-time.ts';
import { waveLabel } from '../../plan-waves.ts';
import { delayInWords } from '../../rollout-settings.ts';

export interface PlanReviewProps {
  body: PlanDraft;
  image: CitrixImage;
  catalogs: Catalog[];
}

/** What the plan will do, in words, from exactly the body that will be sent. */
export function PlanReview({ body, image, catalogs }: PlanReviewProps) {
  const nameOf = (id: string) => catalogs.find((c) => c.id === id)?.name ?? id;
  const own = browserTimeZone();
  const startAt = body.startAt ? Date.parse(body.startAt) : null;
  const when = (at: number) =>
    own === body.timeZone
      ? formatInZone(at, body.timeZone)
      : `${formatInZone(at, body.timeZone)}; for you ${formatInZone(at, own)}`;
  const waves = body.waves.map((wave, index) => (
    <List.Item key={index}>
      {waveLabel(index)}: {wave.map(nameOf).join(', ')}
    </List.Item>
  ));
  return (
    <Stack gap="xs" maw={760} aria-label="Review" role="region">
      <List spacing={4} styles={{ itemLabel: { overflowWrap: 'anywhere' } }}>
        <List.Item>
          Image: <strong>{image.name}</strong>
        </List.Item>
        {waves}
        <List.Item>{delayInWords(body.restart.vdaUpdateDelay)}</List.Item>
        <List.Item>
          Start: {startAt === null ? 'now, as soon as you schedule it' : when(startAt)}
        </List.Item>
        <List.Item>
          Maintenance window: {body.windowMinutes} minutes
          {startAt !== null &&
            `; no wave starts after ${when(startAt + body.windowMinutes * 60_000)}`}
        </List.Item>
      </List>
      <Text size="sm" c="dimmed">
        The console server runs the plan in your name: it starts each wave and records every step in
        the audit trail, even when nobody has the console open.
      </Text>
    </Stack>
  );
}
