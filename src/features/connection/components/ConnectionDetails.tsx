import { Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryFrame } from '../../../components/QueryFrame.tsx';
import { connectionQueries } from '../../../api/console/connection.ts';
import { modeDescription, modeLabel } from '../connection-words.ts';
import { CheckedAt } from './CheckedAt.tsx';
import { CitrixDetails } from './CitrixDetails.tsx';
import { RackspaceDetails } from './RackspaceDetails.tsx';

const loading = (
  <Stack gap="sm" aria-busy="true" aria-label="Loading the connection status">
    <Skeleton height={20} width="40%" />
    <Skeleton height={160} />
    <Skeleton height={120} />
  </Stack>
);

/** Everything the console server knows about its connection to each cloud. */
export function ConnectionDetails() {
  const statusQuery = useQuery(connectionQueries.status());
  return (
    <QueryFrame
      query={statusQuery}
      errorTitle="Could not load the connection status"
      loading={loading}
    >
      {(status) => (
        <Stack gap="lg">
          <div>
            <Text fw={600}>Mode: {modeLabel(status)}</Text>
            <Text size="sm" c="dimmed">
              {modeDescription(status)} <CheckedAt iso={status.checkedAt} />
            </Text>
          </div>
          <CitrixDetails status={status.citrix} />
          <RackspaceDetails status={status.rackspace} />
        </Stack>
      )}
    </QueryFrame>
  );
}
