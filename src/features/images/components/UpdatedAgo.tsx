import { Group, Loader, Text } from '@mantine/core';
import { useNow } from '../use-now.ts';

export interface UpdatedAgoProps {
  /** `dataUpdatedAt` of the query; 0 before the first answer. */
  updatedAt: number;
  refreshing: boolean;
  /** Images still being prepared; the list refreshes by itself while there are any. */
  inFlight: number;
}

function formatAge(seconds: number) {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h`;
}

/** "Updated 12 s ago", and whether the list is following images in progress. */
export function UpdatedAgo({ updatedAt, refreshing, inFlight }: UpdatedAgoProps) {
  const now = useNow();
  if (!updatedAt) return null;
  const seconds = Math.max(0, Math.round((now - updatedAt) / 1000));
  return (
    <Group gap={6} wrap="nowrap">
      {refreshing && <Loader size={12} role="img" aria-label="Refreshing" />}
      <Text size="sm" c="dimmed">
        Updated {formatAge(seconds)} ago
        {inFlight > 0 &&
          ` · following ${inFlight} image${inFlight === 1 ? '' : 's'} in progress (pauses while this tab is hidden)`}
      </Text>
    </Group>
  );
}
