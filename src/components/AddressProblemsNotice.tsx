import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';

export interface AddressProblemsNoticeProps {
  /** One sentence per URL parameter the page ignored; nothing renders when empty. */
  problems: string[];
}

/**
 * Says which parts of the address the page could not use. Dismissing it hides these problems
 * only: a different bad address shows the notice again.
 */
export function AddressProblemsNotice({ problems }: AddressProblemsNoticeProps) {
  const shown = problems.join('\n');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (problems.length === 0 || dismissed === shown) return null;
  return (
    <Alert
      role="status"
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title="Part of this address could not be used"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setDismissed(shown)}
      mb="md"
    >
      {problems.length === 1 ? (
        <Text size="sm">{problems[0]}</Text>
      ) : (
        <List size="sm">
          {problems.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
