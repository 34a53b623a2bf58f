import { Alert, Progress, Stack, Text } from '@mantine/core';
import { totalsWords, type ResultTotals } from '../bulk-results.ts';

export interface BulkSummaryProps {
  /** E.g. "Log off". */
  verb: string;
  /** E.g. "logged off". */
  doneWords: string;
  /** How many sessions the action was started on. */
  count: number;
  totals: ResultTotals;
  running: boolean;
  stopping: boolean;
}

/** How far an action on several sessions got; its totals always add up to the sessions. */
export function BulkSummary({
  verb,
  doneWords,
  count,
  totals,
  running,
  stopping,
}: BulkSummaryProps) {
  const finished = count - totals.running;
  const allDone = totals.done === count;
  const notDone = [
    totals.failed > 0 && `${totals.failed} did not succeed`,
    totals.notAttempted > 0 && `${totals.notAttempted} not attempted`,
  ].filter(Boolean);
  return (
    <Stack gap={4}>
      <Progress value={(finished / count) * 100} aria-label={`${verb} progress`} />
      <Text size="sm" aria-live="polite">
        {running
          ? stopping
            ? 'Stopping: waiting for the ones already sent to finish…'
            : `Working: ${finished} of ${count} finished…`
          : allDone
            ? `Done: ${doneWords} for ${count} of ${count}.`
            : totalsWords(count, totals)}
      </Text>
      {!running && notDone.length > 0 && (
        <Alert color="orange" title={notDone.join(', ')}>
          Each one’s reason is in the list. The ones done are not sent again by a retry.
        </Alert>
      )}
    </Stack>
  );
}
