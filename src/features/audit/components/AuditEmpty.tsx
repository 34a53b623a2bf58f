import { Button, Paper, Stack, Text } from '@mantine/core';
import { isFiltered, type AuditView } from '../audit-view.ts';

export interface AuditEmptyProps {
  view: AuditView;
  /** Records matching the filters on every page. */
  total: number;
  onChange: (changes: Partial<AuditView>) => void;
}

/** Why there is nothing to show, in words, and the one step that would show something. */
export function AuditEmpty({ view, total, onChange }: AuditEmptyProps) {
  const lastPage = Math.max(1, Math.ceil(total / view.pageSize));
  let words: string;
  let action = null;
  if (total > 0) {
    words = `Page ${view.page.toLocaleString()} is past the end: these filters match ${total.toLocaleString()} record${total === 1 ? '' : 's'} on ${lastPage.toLocaleString()} page${lastPage === 1 ? '' : 's'}.`;
    action = <Button onClick={() => onChange({ page: lastPage })}>Go to the last page</Button>;
  } else if (isFiltered(view)) {
    words = 'No records match these filters. Try fewer filters or a wider time range.';
  } else {
    words =
      'Nothing has been recorded yet. Every log-off, disconnect, message and image rollout made through the console will be listed here.';
  }
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="sm">
        <Text ta="center">{words}</Text>
        {action}
      </Stack>
    </Paper>
  );
}
