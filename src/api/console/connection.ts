import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { connectionStatusSchema } from '../../../contracts/console-api.ts';
import { consoleApi } from '../../lib/api-clients.ts';

async function getConnectionStatus(signal: AbortSignal) {
  return connectionStatusSchema.parse(await consoleApi.get('connection', { signal }).json());
}

async function testConnection() {
  // A test signs in to each cloud afresh and runs discovery, which can take a while.
  const response = await consoleApi.post('connection/test', { timeout: 90_000 }).json();
  return connectionStatusSchema.parse(response);
}

export const connectionQueries = {
  all: () => ['connection'] as const,
  status: () =>
    queryOptions({
      queryKey: [...connectionQueries.all(), 'status'] as const,
      queryFn: ({ signal }) => getConnectionStatus(signal),
      // The connection changes only when an administrator edits the server's configuration.
      staleTime: 5 * 60_000,
    }),
};

/** Checks both clouds now; the header and Settings then show the fresh result. */
export function useTestConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: testConnection,
    onSuccess: (status) => {
      queryClient.setQueryData(connectionQueries.status().queryKey, status);
    },
  });
}
