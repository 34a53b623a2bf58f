import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { SessionSearchRequest } from '../../../api/citrix/search-requests.ts';
import { useSessionExport } from '../use-session-export.ts';
import { ExportStoppedNotice } from './ExportStoppedNotice.tsx';

export interface ExportSessionsButtonProps {
  /** The search on screen: the export has every session it matches, not only this page. */
  search: SessionSearchRequest;
}

/** CSV export of the current search, page by page, with progress, cancel and resume. */
export function ExportSessionsButton({ search }: ExportSessionsButtonProps) {
  const { progress, result, stopped, start, cancel } = useSessionExport(search);
  if (progress) {
    const label = `Exported ${progress.done.toLocaleString()}${progress.total != null ? ` of ${progress.total.toLocaleString()}` : ''} sessions`;
    return (
      <Group gap="xs" wrap="nowrap">
        <ExportProgressBar
          label={label}
          value={progress.total ? (progress.done / progress.total) * 100 : 0}
        />
        <Button variant="default" onClick={cancel}>
          Cancel export
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs" wrap="nowrap">
        {result && (
          <Text size="sm" c="dimmed" role="status">
            {result}
          </Text>
        )}
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={start}
        >
          Export CSV
        </Button>
      </Group>
      {stopped && <ExportStoppedNotice {...stopped} />}
    </Stack>
  );
}

function ExportProgressBar({ label, value }: { label: string; value: number }) {
  return (
    <div style={{ width: 220 }}>
      <Text size="xs" aria-live="polite">
        {label}
      </Text>
      <Progress value={value} aria-label="Export progress" />
    </div>
  );
}
