import { Select, Stack, TextInput, Textarea } from '@mantine/core';
import type { MessageStyle, SessionMessage } from '../api/session-actions.ts';

export interface SessionMessageFieldsProps {
  value: SessionMessage;
  onChange: (message: SessionMessage) => void;
  disabled?: boolean;
}

const styles: { value: MessageStyle; label: string }[] = [
  { value: 'Information', label: 'Information' },
  { value: 'Exclamation', label: 'Warning' },
  { value: 'Critical', label: 'Critical' },
  { value: 'Question', label: 'Question' },
];

/** Title, text and style of the message box the user will see. */
export function SessionMessageFields({ value, onChange, disabled }: SessionMessageFieldsProps) {
  return (
    <Stack gap="xs">
      <TextInput
        label="Title"
        value={value.Title}
        maxLength={256}
        disabled={disabled}
        onChange={(event) => onChange({ ...value, Title: event.currentTarget.value })}
      />
      <Textarea
        label="Message"
        required
        autosize
        minRows={3}
        maxLength={4096}
        disabled={disabled}
        value={value.Text}
        // The Send button waits for a message; say why when only spaces were typed.
        error={
          value.Text !== '' && value.Text.trim() === ''
            ? 'Only spaces so far: write the text users will see.'
            : undefined
        }
        onChange={(event) => onChange({ ...value, Text: event.currentTarget.value })}
      />
      <Select
        label="Style"
        data={styles}
        value={value.Style}
        disabled={disabled}
        allowDeselect={false}
        onChange={(style) => style && onChange({ ...value, Style: style as MessageStyle })}
      />
    </Stack>
  );
}
