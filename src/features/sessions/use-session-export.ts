import { useRef, useState } from 'react';
import type { SessionSearchRequest } from '../../api/citrix/search-requests.ts';
import { toApiProblem, type ApiProblem } from '../../lib/api-problem.ts';
import {
  csvType,
  exportFileName,
  exportSessionsCsv,
  ExportStopped,
  type ExportProgress,
  type ExportRun,
} from './session-export.ts';

/** Hands the CSV to the browser as a download. */
function download(parts: Blob[], name: string) {
  const url = URL.createObjectURL(new Blob(parts, { type: csvType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An export that stopped at a page: what was read, and why the page failed. */
export interface StoppedExport {
  run: ExportRun;
  problem: ApiProblem;
  downloadPartial: () => void;
  resume: () => void;
}

/**
 * The CSV export of a search: progress and cancel while it runs; when a page still fails after its
 * retries, the rows read so far as a partial file, and a resume from that page.
 */
export function useSessionExport(search: SessionSearchRequest) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [stopped, setStopped] = useState<{ run: ExportRun; problem: ApiProblem } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async (from?: ExportRun) => {
    const controller = new AbortController();
    abort.current = controller;
    setResult(null);
    setStopped(null);
    setProgress(from ?? { done: 0, total: null });
    try {
      const parts = await exportSessionsCsv(search, setProgress, controller.signal, { from });
      download(parts, exportFileName());
      setResult('Export finished.');
    } catch (error) {
      if (error instanceof ExportStopped) {
        setStopped({ run: error.run, problem: toApiProblem(error.reason) });
      } else {
        setResult(
          controller.signal.aborted
            ? 'Export cancelled.'
            : `Export failed: ${toApiProblem(error).message}`,
        );
      }
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  return {
    progress,
    result,
    stopped: stopped && {
      ...stopped,
      downloadPartial: () => download(stopped.run.parts, exportFileName(stopped.run)),
      resume: () => void run(stopped.run),
    },
    start: () => void run(),
    cancel: () => abort.current?.abort(),
  };
}
