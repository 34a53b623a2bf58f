import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useUrlText } from '../../../hooks/use-url-text.ts';

/** Typing pauses this long before the lookup is asked for: one search per pause, not per key. */
const searchDelayMs = 150;

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
  const search = useUrlText(value, onSearch, searchDelayMs);
  return (
    <TextInput
      label={label}
      description={description}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={search.text}
      onChange={(event) => search.type(event.currentTarget.value)}
      style={{ flex }}
    />
  );
}
