import { queryOptions, type Query } from '@tanstack/react-query';
import { catalogServiceApi } from '../../../lib/api-clients.ts';
import type { RolloutRecord } from '../rollout-store.ts';
import { interpretStatus } from '../rollout-status.ts';
import { catalogQueries } from './catalog-queries.ts';
import { catalogSchema, catalogStatusSchema, type CatalogStatus } from './catalog-schemas.ts';
import { catalogServicePathOf } from './update-image.ts';

export interface RolloutProgress {
  status: CatalogStatus;
  /** When this reading was taken, for "time left". */
  readAt: number;
  /** The catalog's `taskCompletionPercentage`; null when it did not say. */
  percent: number | null;
}

type TrackedRollout = Pick<
  RolloutRecord,
  'id' | 'location' | 'customerId' | 'siteId' | 'catalogId'
>;

async function readProgress(record: TrackedRollout, signal: AbortSignal): Promise<RolloutProgress> {
  const statusPath = catalogServicePathOf(record.location);
  const catalogPath = `${encodeURIComponent(record.customerId)}/${encodeURIComponent(record.siteId)}/catalogs/${encodeURIComponent(record.catalogId)}`;
  // The status resource has no percentage; the catalog does. Losing it only hides the bar.
  const [status, catalog] = await Promise.all([
    catalogServiceApi
      .get(statusPath, { signal })
      .json()
      .then((body) => catalogStatusSchema.parse(body)),
    catalogServiceApi
      .get(catalogPath, { signal })
      .json()
      .then((body) => catalogSchema.parse(body))
      .catch(() => null),
  ]);
  return { status, percent: catalog?.taskCompletionPercentage ?? null, readAt: Date.now() };
}

const firstPollMs = 2_000;
const slowestPollMs = 30_000;
const hiddenTabPollMs = 60_000;

/** Polls quickly at first, then backs off; slower still while the tab is hidden; stops at the end. */
export function pollInterval(
  query: Query<RolloutProgress, Error, RolloutProgress, readonly unknown[]>,
) {
  const progress = query.state.data;
  if (progress && interpretStatus(progress.status).phase !== 'running') return false;
  const backoff = Math.min(firstPollMs * 1.5 ** query.state.dataUpdateCount, slowestPollMs);
  return document.visibilityState === 'hidden' ? Math.max(backoff, hiddenTabPollMs) : backoff;
}

export const rolloutQueries = {
  progress: ({ id, location, customerId, siteId, catalogId }: RolloutRecord) => {
    const tracked: TrackedRollout = { id, location, customerId, siteId, catalogId };
    return queryOptions({
      queryKey: [...catalogQueries.all(), 'rollout', tracked] as const,
      queryFn: ({ signal }) => readProgress(tracked, signal),
      refetchInterval: pollInterval,
      refetchIntervalInBackground: true,
    });
  },
};
