import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export interface SessionSearchBoxProps {
  /** The search in the URL. */
  value: string;
  onSearch: (text: string) => void;
  /** @default 'Search sessions' */
  label?: string;
  /** How the text matches, in words. @default a "contains" search */
  description?: string;
  /** @default 'DOMAIN\user, UPN, display name, machine, client name or address' */
  placeholder?: string;
  /** @default '1 1 320px' */
  flex?: string;
}

/** A lookup box: answered by `$search` on the server a moment after typing stops. */
export function SessionSearchBox({
  value,
  onSearch,
  label = 'Search sessions',
  description = 'Contains the text anywhere: aisha.chen also finds aisha.chen2.',
  placeholder = 'DOMAIN\\user, UPN, display name, machine, client name or address',
  flex = '1 1 320px',
}: SessionSearchBoxProps) {
  const [text, setText] = useState(value);
  // The URL's search as last seen, and the one this box last sent. The URL takes a sent search
  // later than this state does (the router navigates in a transition): comparing the URL with
  // what was sent would take the old URL for a change made elsewhere and put old text back.
  const [seen, setSeen] = useState(value);
  const [emitted, setEmitted] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    // Back/forward or a link changed the URL: show its search instead of what was typed.
    if (value !== emitted) setText(value);
  }
  const emit = useDebouncedCallback((next: string) => {
    setEmitted(next);
    onSearch(next);
  }, 150);
  return (
    <TextInput
      label={label}
      description={description}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        emit(event.currentTarget.value);
      }}
      style={{ flex }}
    />
  );
}
