import { queryOptions } from '@tanstack/react-query';
import { meSchema } from '../../../contracts/identity-api.ts';
import { consoleApi } from '../../lib/api-clients.ts';

async function getMe(signal: AbortSignal) {
  return meSchema.parse(await consoleApi.get('me', { signal }).json());
}

/** The signed-in person, their role and what it allows (`GET /api/me`). */
export const meQueries = {
  all: () => ['me'] as const,
  current: () =>
    queryOptions({
      queryKey: [...meQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => getMe(signal),
      // The role changes only when the person signs in again.
      staleTime: 5 * 60_000,
    }),
};
