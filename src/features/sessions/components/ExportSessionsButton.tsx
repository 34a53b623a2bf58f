import { Button, Group, Progress, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { exportSessionsCsv, type ExportProgress } from '../session-export.ts';
import type { SessionSearchRequest } from '../../../api/citrix/sessions.ts';

export interface ExportSessionsButtonProps {
  /** The search on screen: the export has every session it matches, not only this page. */
  search: SessionSearchRequest;
}

function download(chunks: string[]) {
  const url = URL.createObjectURL(new Blob(chunks, { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `sessions-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV export of the current search, page by page, with progress and cancel. */
export function ExportSessionsButton({ search }: ExportSessionsButtonProps) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setResult(null);
    setProgress({ done: 0, total: null });
    try {
      const chunks = await exportSessionsCsv(search, setProgress, controller.signal);
      download(chunks);
      setResult('Export finished.');
    } catch (error) {
      setResult(
        controller.signal.aborted
          ? 'Export cancelled.'
          : `Export failed: ${toApiProblem(error).message}`,
      );
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };
  if (progress) {
    const label = `Exported ${progress.done.toLocaleString()}${progress.total != null ? ` of ${progress.total.toLocaleString()}` : ''} sessions`;
    return (
      <Group gap="xs" wrap="nowrap">
        <ExportProgressBar
          label={label}
          value={progress.total ? (progress.done / progress.total) * 100 : 0}
        />
        <Button variant="default" onClick={() => abort.current?.abort()}>
          Cancel export
        </Button>
      </Group>
    );
  }
  return (
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
