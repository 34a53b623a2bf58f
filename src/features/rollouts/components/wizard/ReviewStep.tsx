import { Anchor, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  describeUpdateImageRequest,
  type UpdateImageRequest,
} from '../../../../api/citrix/catalogs.ts';
import { sessionQueries } from '../../../../api/citrix/sessions.ts';
import { paths } from '../../../../lib/paths.ts';
import type { RolloutRisk } from '../../rollout-risks.ts';
import { delayInWords } from '../../rollout-settings.ts';
import { RolloutRisks } from './RolloutRisks.tsx';
import { SessionImpact } from './SessionImpact.tsx';

export interface ReviewStepProps {
  request: UpdateImageRequest;
  catalogName: string;
  currentImageName: string | null;
  newImageName: string;
  /** What needs a second confirmation; the rollout cannot start until it is given. */
  risks: RolloutRisk[];
  submitting: boolean;
  /** False after a failed submit until the catalog has been re-read. */
  canSubmit: boolean;
  onConfirm: () => void;
}

/** Step 4: exactly what will be sent, who it affects, what is risky, and the confirmation. */
export function ReviewStep({
  request,
  catalogName,
  currentImageName,
  newImageName,
  risks,
  submitting,
  canSubmit,
  onConfirm,
}: ReviewStepProps) {
  const described = describeUpdateImageRequest(request);
  const [confirmedRisks, setConfirmedRisks] = useState(false);
  const restartsNow = request.settings.vdaUpdateDelay === 0;
  // The same count the impact shows (one read): a restart now says on its button who it logs off.
  const sessions = useQuery({ ...sessionQueries.catalogCount(catalogName), enabled: restartsNow });
  const start = !restartsNow
    ? 'Start rollout'
    : typeof sessions.data === 'number'
      ? `Start rollout and log off ${sessions.data.toLocaleString()} session${sessions.data === 1 ? '' : 's'} now`
      : 'Start rollout and log off every session now';
  return (
    <Stack gap="md" maw={760}>
      {/* Names may be one endless word; each item is a flex box, so it must be told to break. */}
      <List spacing={4} styles={{ itemLabel: { overflowWrap: 'anywhere' } }}>
        <List.Item>
          Catalog: <strong>{catalogName}</strong>
        </List.Item>
        <List.Item>
          Image: {currentImageName ?? 'none'} → <strong>{newImageName}</strong>
        </List.Item>
        <List.Item>{delayInWords(request.settings.vdaUpdateDelay)}</List.Item>
      </List>
      <SessionImpact catalogName={catalogName} vdaUpdateDelay={request.settings.vdaUpdateDelay} />
      <div>
        <Text size="sm" fw={500} mb={4}>
          Exactly what will be sent
        </Text>
        <Code
          block
          aria-label="Request to be sent"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {`${described.method} ${described.url}\n\n${JSON.stringify(described.body, null, 2)}`}
        </Code>
      </div>
      <RolloutRisks
        risks={risks}
        confirmed={confirmedRisks}
        onConfirmedChange={setConfirmedRisks}
      />
      <Group>
        <Button
          onClick={onConfirm}
          loading={submitting}
          disabled={!canSubmit || (risks.length > 0 && !confirmedRisks)}
          color={restartsNow ? 'red' : undefined}
        >
          {start}
        </Button>
        {/* A single rollout at a later time is a one-catalog plan, which the server runs. */}
        <Anchor
          component={Link}
          size="sm"
          to={paths.newPlan.href({
            image: request.templateId,
            catalogs: [request.catalogId],
            delay: request.settings.vdaUpdateDelay,
            title: request.settings.warningTitle ?? undefined,
            message: request.settings.warningMessage ?? undefined,
          })}
        >
          Schedule instead
        </Anchor>
      </Group>
    </Stack>
  );
}
