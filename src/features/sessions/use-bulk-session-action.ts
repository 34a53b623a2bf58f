import { useRef, useState } from 'react';
import {
  useSessionAction,
  type SessionAction,
  type SessionMessage,
} from '../../api/citrix/sessions.ts';
import {
  countResults,
  stillToDo,
  toRetry,
  type SessionResult,
  type SessionResults,
} from './bulk-results.ts';

/**
 * One action on several sessions, each with its own result: started, stopped (the ones not yet
 * sent are not attempted), and retried on the failed and not attempted ones only.
 */
export function useBulkSessionAction(action: SessionAction, sessionIds: string[]) {
  const run = useSessionAction();
  const [results, setResults] = useState<SessionResults>(new Map());
  const [stopping, setStopping] = useState(false);
  const stopper = useRef<AbortController | null>(null);

  /** Sets the result of `ids`, or only of those still unfinished. */
  const update = (ids: string[], result: SessionResult, onlyUnfinished = false) =>
    setResults((previous) => {
      const next = new Map(previous);
      for (const id of ids) {
        const state = previous.get(id)?.state;
        if (!onlyUnfinished || state === 'waiting' || state === 'working') next.set(id, result);
      }
      return next;
    });

  const start = (ids: string[], message?: SessionMessage) => {
    const controller = new AbortController();
    stopper.current = controller;
    setStopping(false);
    update(ids, { state: 'waiting' });
    run.mutate(
      {
        action,
        sessionIds: ids,
        message,
        signal: controller.signal,
        onStart: (id) => update([id], { state: 'working' }),
        onProgress: (outcome) =>
          update(
            [outcome.sessionId],
            outcome.ok ? { state: 'done' } : { state: 'failed', failure: outcome.failure },
          ),
      },
      {
        onSuccess: ({ notAttempted, stoppedBy }) =>
          update(notAttempted, { state: 'not-attempted', stoppedBy }),
        // Not expected (the run reports each failure), but no row may stay "working" for ever.
        onError: () => update(ids, { state: 'not-attempted' }, true),
      },
    );
  };

  const stop = () => {
    stopper.current?.abort();
    setStopping(true);
  };

  return {
    results,
    totals: countResults(sessionIds, results),
    started: results.size > 0,
    running: run.isPending,
    stopping: run.isPending && stopping,
    start: (message?: SessionMessage) => start(sessionIds, message),
    stop,
    retry: (message?: SessionMessage) => start(toRetry(sessionIds, results), message),
    /** Every session not known to be done: the selection once the dialog closes. */
    stillToDo: stillToDo(sessionIds, results),
  };
}
