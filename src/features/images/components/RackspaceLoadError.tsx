import { Button, Group } from '@mantine/core';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';

export interface RackspaceLoadErrorProps {
  error: unknown;
  onRetry: () => void;
  /** Offered past page 1, where the marker that opened the page may be what fails. */
  onFirstPage?: () => void;
}

/** A Rackspace page that could not be loaded, with the ways out of it. */
export function RackspaceLoadError({ error, onRetry, onFirstPage }: RackspaceLoadErrorProps) {
  return (
    <ApiErrorAlert error={error} title="Could not load the Rackspace images">
      <Group mt="sm">
        <Button variant="light" onClick={onRetry}>
          Try again
        </Button>
        {onFirstPage && (
          <Button variant="subtle" onClick={onFirstPage}>
            Back to the first page
          </Button>
        )}
      </Group>
    </ApiErrorAlert>
  );
}
