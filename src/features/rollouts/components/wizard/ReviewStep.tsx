import { Button, Code, Group, List, Stack, Text } from '@mantine/core';
import {
  describeUpdateImageRequest,
  type UpdateImageRequest,
} from '../../../../api/citrix/catalogs.ts';
import { delayInWords } from '../../rollout-settings.ts';
import { SessionImpact } from './SessionImpact.tsx';

export interface ReviewStepProps {
  request: UpdateImageRequest;
  catalogName: string;
  currentImageName: string | null;
  newImageName: string;
  submitting: boolean;
  /** False after a failed submit until the catalog has been re-read. */
  canSubmit: boolean;
  onConfirm: () => void;
}

/** Step 4: exactly what will be sent, who it affects, and one confirmation. */
export function ReviewStep({
  request,
  catalogName,
  currentImageName,
  newImageName,
  submitting,
  canSubmit,
  onConfirm,
}: ReviewStepProps) {
  const described = describeUpdateImageRequest(request);
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
      <Group>
        <Button onClick={onConfirm} loading={submitting} disabled={!canSubmit}>
          Start rollout
        </Button>
      </Group>
    </Stack>
  );
}
