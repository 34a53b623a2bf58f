import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export interface SessionSearchBoxProps {
  /** The search in the URL. */
  value: string;
  onSearch: (text: string) => void;
}

/** The lookup box: answered by `$search` on the server a moment after typing stops. */
export function SessionSearchBox({ value, onSearch }: SessionSearchBoxProps) {
  const [text, setText] = useState(value);
  const [emitted, setEmitted] = useState(value);
  // Back/forward changed the URL: show its search instead of what was typed.
  if (value !== emitted) {
    setEmitted(value);
    setText(value);
  }
  const emit = useDebouncedCallback((next: string) => {
    setEmitted(next);
    onSearch(next);
  }, 150);
  return (
    <TextInput
      label="Search sessions"
      placeholder="DOMAIN\user, UPN, display name, machine, client name or address"
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        emit(event.currentTarget.value);
      }}
      style={{ flex: '1 1 320px' }}
    />
  );
}
