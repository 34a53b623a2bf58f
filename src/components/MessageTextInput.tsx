import { Textarea, TextInput } from '@mantine/core';
import { characterCount, type MessageField } from '../../contracts/message-text.ts';
import classes from './MessageTextInput.module.css';

export interface MessageTextInputProps {
  /** The contract's rule for this text: its limit, and whether it may span lines. */
  field: MessageField;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Help shown above the input, before the count. */
  description?: string;
  /** Why the value cannot be sent, in words; the caller decides, so its submit agrees. */
  error?: string | null;
  required?: boolean;
  disabled?: boolean;
}

/**
 * A title or message that will pop up on users' screens, with its character count as you type.
 * No `maxLength`: a pasted text that is too long stays whole and the error says by how much,
 * rather than being cut short without a word.
 */
export function MessageTextInput({ field, value, onChange, ...props }: MessageTextInputProps) {
  const over = value.length > field.maxLength;
  const description = (
    <>
      {props.description}
      <span className={classes.count} data-over={over || undefined}>
        {characterCount(value, field)}
      </span>
    </>
  );
  const common = {
    label: props.label,
    description,
    error: props.error ?? undefined,
    required: props.required,
    disabled: props.disabled,
    value,
  };
  return field.multiline ? (
    <Textarea
      {...common}
      autosize
      minRows={3}
      // A pasted essay scrolls inside the box instead of pushing the buttons off the dialog.
      maxRows={12}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  ) : (
    <TextInput {...common} onChange={(event) => onChange(event.currentTarget.value)} />
  );
}
