import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cvadApi } from '../../../lib/api-clients.ts';
import { toApiProblem } from '../../../lib/api-problem.ts';
import { queryRetryDelay, shouldRetryQuery } from '../../../lib/query-client.ts';
import { jobPhaseOf } from '../../../../contracts/identity-api.ts';
import { jobSchema } from './session-schemas.ts';
import { sessionQueries } from './session-queries.ts';

export type SessionAction = 'logoff' | 'disconnect' | 'sendMessage';
export type MessageStyle = 'Information' | 'Exclamation' | 'Critical' | 'Question';

export interface SessionMessage {
  Title: string;
  Text: string;
  Style: MessageStyle;
}

/** How one session's action ended. */
export interface ActionOutcome {
  sessionId: string;
  ok: boolean;
  error?: string;
}

export interface ActionRun {
  action: SessionAction;
  sessionIds: string[];
  message?: SessionMessage;
  /** Called as each session's job finishes. */
  onProgress?: (outcome: ActionOutcome) => void;
}

const jobPollMs = 1000;
const parallelActions = 4;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a job. A GET repeats safely, so a transient failure is retried as a query's would be. */
async function readJob(jobId: string) {
  for (let failures = 0; ; failures++) {
    try {
      return jobSchema.parse(await cvadApi.get(`Jobs/${encodeURIComponent(jobId)}`).json());
    } catch (error) {
      if (!shouldRetryQuery(failures, error)) throw error;
      await wait(queryRetryDelay(failures, error));
    }
  }
}

/** Polls the job behind a 202 until it ends. The job ID is the last segment of `Location`. */
async function followJob(location: string): Promise<string | undefined> {
  const jobId = location.split('/').filter(Boolean).pop() ?? '';
  for (;;) {
    const job = await readJob(jobId);
    const phase = jobPhaseOf(job.Status);
    if (phase !== 'running') {
      return phase === 'succeeded'
        ? undefined
        : (job.ErrorString ?? `The job ${job.Status.toLowerCase()}.`);
    }
    await wait(jobPollMs);
  }
}

async function runOne(run: ActionRun, sessionId: string): Promise<ActionOutcome> {
  try {
    const response = await cvadApi.post(
      `Sessions/${encodeURIComponent(sessionId)}/$${run.action}`,
      {
        searchParams: { async: true },
        json: run.action === 'sendMessage' ? run.message : undefined,
      },
    );
    const location = response.headers.get('Location');
    if (response.status !== 202 || !location) return { sessionId, ok: true };
    try {
      const error = await followJob(location);
      return { sessionId, ok: error === undefined, error };
    } catch (failure) {
      // Accepted, so it may well have worked: say so rather than report a plain failure.
      const problem = toApiProblem(failure).message;
      return {
        sessionId,
        ok: false,
        error: `Sent, but its progress could not be read. ${problem}`,
      };
    }
  } catch (failure) {
    return { sessionId, ok: false, error: toApiProblem(failure).message };
  }
}

/** Runs the action on every session, a few at a time, following each one's job to its end. */
export async function runSessionAction(run: ActionRun): Promise<ActionOutcome[]> {
  const outcomes: ActionOutcome[] = [];
  const queue = [...run.sessionIds];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const outcome = await runOne(run, id);
      outcomes.push(outcome);
      run.onProgress?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelActions, queue.length) }, worker));
  return outcomes;
}

/** Runs an action; when it ends, every sessions page and detail is read again. */
export function useSessionAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runSessionAction,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionQueries.all() }),
  });
}
