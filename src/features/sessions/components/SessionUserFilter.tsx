import { Button, Group } from '@mantine/core';
import { SessionSearchBox } from './SessionSearchBox.tsx';

export interface SessionUserFilterProps {
  /** The `user=` of the URL: one person, matched exactly. */
  user: string;
  onChange: (change: { user: string; q?: string }) => void;
}

/**
 * The user a link (`/sessions?user=aisha.chen`) names, shown in its own box and matched exactly,
 * with the way to the search box's looser "contains" search for names that start alike.
 */
export function SessionUserFilter({ user, onChange }: SessionUserFilterProps) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <SessionSearchBox
        label="User"
        description="Exact match: this DOMAIN\name, UPN or account only"
        placeholder="DOMAIN\name, UPN or account"
        value={user}
        onSearch={(next) => onChange({ user: next })}
        flex="0 1 260px"
      />
      <Button
        variant="subtle"
        size="compact-sm"
        mb={6}
        onClick={() => onChange({ user: '', q: user })}
      >
        Search similar names
      </Button>
    </Group>
  );
}
