import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { catalogQueries } from '../api/catalog-queries.ts';
import { rolloutQueries } from '../api/rollout-tracking.ts';
import { recordOutcome, type RolloutRecord } from '../rollout-store.ts';
import { interpretStatus } from '../rollout-status.ts';

export interface RolloutWatcherProps {
  record: RolloutRecord;
}

/**
 * Follows one unfinished rollout wherever the user is (it lives in the shell header), records how
 * it ended, and says so once. The progress page reads the same query, so nothing polls twice.
 */
export function RolloutWatcher({ record }: RolloutWatcherProps) {
  const queryClient = useQueryClient();
  const { data } = useQuery(rolloutQueries.progress(record));

  useEffect(() => {
    if (!data) return;
    const reading = interpretStatus(data.status);
    if (reading.phase === 'running') return;
    const recorded = recordOutcome(record.id, {
      result: reading.phase,
      state: data.status.state,
      subState: data.status.subState ?? null,
      statusMessage: data.status.statusMessage ?? null,
      finishedAt: new Date().toISOString(),
    });
    if (!recorded) return;
    void queryClient.invalidateQueries({ queryKey: [...catalogQueries.all(), 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...catalogQueries.all(), 'detail'] });
    notifications.show({
      color: reading.phase === 'succeeded' ? 'teal' : 'red',
      title: `${record.catalogName}: ${reading.headline}`,
      message:
        reading.phase === 'succeeded'
          ? `${record.imageName} is now the catalog's image.`
          : `${reading.detail ?? ''} Open the rollout to see what to do.`.trim(),
      autoClose: reading.phase === 'succeeded' ? 8000 : false,
    });
  }, [data, record, queryClient]);

  return null;
}
