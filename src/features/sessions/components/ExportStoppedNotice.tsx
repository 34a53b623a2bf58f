import { Alert, Button, Group, Text } from '@mantine/core';
import type { StoppedExport } from '../use-session-export.ts';

export type ExportStoppedNoticeProps = StoppedExport;

/** A page of the export still failed after its retries: keep what was read, or carry on. */
export function ExportStoppedNotice({
  run,
  problem,
  downloadPartial,
  resume,
}: ExportStoppedNoticeProps) {
  const done = run.done.toLocaleString();
  const of = run.total == null ? '' : ` of ${run.total.toLocaleString()}`;
  return (
    <Alert color="orange" role="alert" title={`Export stopped at ${done}${of} sessions`} maw={520}>
      <Text size="sm">
        The next page could not be read, even after trying again: {problem.message} The file of the
        rows fetched so far is named as partial. Resume carries on from the page that failed.
      </Text>
      <Group gap="xs" mt="xs">
        <Button variant="default" onClick={downloadPartial}>
          Download the {done} rows fetched so far
        </Button>
        <Button onClick={resume}>Resume export</Button>
      </Group>
    </Alert>
  );
}
