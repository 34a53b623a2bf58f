import { Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { messageFields } from '../../../../../contracts/message-text.ts';
import { MessageTextInput } from '../../../../components/MessageTextInput.tsx';
import {
  defaultWarningTitle,
  maxSpreadMinutes,
  previewWarningMessage,
  type RebootTiming,
  type RolloutSettingsDraft,
  type SettingsErrors,
} from '../../rollout-settings.ts';

export interface SettingsStepProps {
  draft: RolloutSettingsDraft;
  errors: SettingsErrors;
  onChange: (draft: RolloutSettingsDraft) => void;
}

const timings: { value: RebootTiming; label: string; description: string }[] = [
  {
    value: 'next-shutdown',
    label: 'On next shutdown',
    description:
      'No forced restart: each machine takes the new image when it next shuts down (vdaUpdateDelay −1).',
  },
  {
    value: 'now',
    label: 'Now',
    description:
      'Every machine restarts at once; active sessions are logged off without warning (vdaUpdateDelay 0).',
  },
  {
    value: 'spread',
    label: 'Spread over a number of minutes',
    description:
      'Users are warned, then machines restart gradually within that time (vdaUpdateDelay N).',
  },
];

/** Step 3: when machines restart, and what users are told before they do. */
export function SettingsStep({ draft, errors, onChange }: SettingsStepProps) {
  const minutes = Number(draft.spreadMinutes);
  const previewMinutes = Number.isInteger(minutes) && minutes > 0 ? minutes : 0;
  return (
    <Stack gap="md" maw={640}>
      <Radio.Group
        label="When machines restart onto the new image"
        value={draft.timing}
        onChange={(value) => onChange({ ...draft, timing: value as RebootTiming })}
      >
        <Stack gap="xs" mt="xs">
          {timings.map((timing) => (
            <Radio
              key={timing.value}
              value={timing.value}
              label={timing.label}
              description={timing.description}
            />
          ))}
        </Stack>
      </Radio.Group>
      {draft.timing === 'spread' && (
        <>
          <TextInput
            label="Minutes to spread the restarts over"
            description={`1 to ${maxSpreadMinutes.toLocaleString('en-US')} (7 days).`}
            inputMode="numeric"
            value={draft.spreadMinutes}
            error={errors.spreadMinutes}
            onChange={(event) => onChange({ ...draft, spreadMinutes: event.currentTarget.value })}
          />
          <MessageTextInput
            field={messageFields.rolloutWarningTitle}
            label="Warning title"
            description={`Left empty, users see “${defaultWarningTitle}”.`}
            value={draft.warningTitle}
            error={errors.warningTitle}
            onChange={(warningTitle) => onChange({ ...draft, warningTitle })}
          />
          <MessageTextInput
            field={messageFields.rolloutWarningMessage}
            label="Warning message"
            description="%m% is replaced by the minutes left before the restart. Left empty, Citrix’s default message is shown."
            value={draft.warningMessage}
            error={errors.warningMessage}
            onChange={(warningMessage) => onChange({ ...draft, warningMessage })}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              What users will see
            </Text>
            <Paper
              withBorder
              shadow="xs"
              maw={420}
              aria-label="Preview of the warning users see"
              role="figure"
            >
              <Text size="sm" fw={600} px="sm" py={6} bg="var(--mantine-color-default-hover)">
                {draft.warningTitle.trim() || defaultWarningTitle}
              </Text>
              <Text size="sm" p="sm">
                {draft.warningMessage.trim()
                  ? previewWarningMessage(draft.warningMessage, previewMinutes)
                  : 'Citrix’s default restart warning'}
              </Text>
            </Paper>
          </div>
        </>
      )}
    </Stack>
  );
}
