import { Anchor, Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { paths } from '../../../lib/paths.ts';

export interface ConnectionProblemProps {
  error: unknown;
  onRetry: () => void;
  /** Called when the Settings link is followed, so the popover can close. */
  onNavigate: () => void;
}

/** Why the console could not even ask its server about the connection. */
export function ConnectionProblem({ error, onRetry, onNavigate }: ConnectionProblemProps) {
  return (
    <ApiErrorAlert error={error} title="Connection status unavailable">
      <Group mt="sm" justify="space-between">
        <Button size="xs" variant="default" onClick={onRetry}>
          Try again
        </Button>
        <Anchor component={Link} to={paths.settings.href()} size="sm" onClick={onNavigate}>
          Connection settings
        </Anchor>
      </Group>
    </ApiErrorAlert>
  );
}
