import { Select, Stack } from '@mantine/core';
import { messageFields } from '../../../../contracts/message-text.ts';
import { MessageTextInput } from '../../../components/MessageTextInput.tsx';
import type { MessageStyle, SessionMessage } from '../../../api/citrix/sessions.ts';
import { messageProblems } from '../session-message.ts';

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
  // The Send button waits for these too, so each field says why it is holding it back.
  const problems = messageProblems(value);
  return (
    <Stack gap="xs">
      <MessageTextInput
        field={messageFields.sendMessageTitle}
        label="Title"
        value={value.Title}
        error={problems.Title}
        disabled={disabled}
        onChange={(Title) => onChange({ ...value, Title })}
      />
      <MessageTextInput
        field={messageFields.sendMessageText}
        label="Message"
        required
        value={value.Text}
        error={problems.Text}
        disabled={disabled}
        onChange={(Text) => onChange({ ...value, Text })}
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
