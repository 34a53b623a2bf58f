import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { jobPhaseOf } from '../../../contracts/identity-api.ts';
import { notReported, optionalText } from '../../../contracts/not-reported.ts';
import { cvadApi } from '../../lib/api-clients.ts';
import { queryRetryDelay, shouldRetryQuery } from '../../lib/query-client.ts';

/** `JobResponseModel`, as far as following an action needs it. */
export const jobSchema = z.object({
  Id: z.string(),
  Status: z.string(),
  OverallProgressPercent: notReported(z.number()),
  ErrorString: optionalText,
});

export type Job = z.infer<typeof jobSchema>;

async function getJob(jobId: string, signal?: AbortSignal) {
  const body = await cvadApi.get(`Jobs/${encodeURIComponent(jobId)}`, { signal }).json();
  return jobSchema.parse(body);
}

/** cvad/manage jobs (`/Jobs/{id}`): what a `202 Accepted` action runs as. */
export const jobQueries = {
  all: () => ['citrix', 'jobs'] as const,
  details: () => [...jobQueries.all(), 'detail'] as const,
  detail: (jobId: string) =>
    queryOptions({
      queryKey: [...jobQueries.details(), jobId] as const,
      queryFn: ({ signal }) => getJob(jobId, signal),
    }),
};

/**
 * How often a job behind a 202 is read again. A second keeps a long rollout or log-off cheap for
 * the API; component tests shorten it (src/testing/setup.ts) so they do not wait in real time.
 */
export const jobPolling = { intervalMs: 1000 };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a job. A GET repeats safely, so a transient failure is retried as a query's would be. */
async function readJob(jobId: string) {
  for (let failures = 0; ; failures++) {
    try {
      return await getJob(jobId);
    } catch (error) {
      if (!shouldRetryQuery(failures, error)) throw error;
      await wait(queryRetryDelay(failures, error));
    }
  }
}

/** Polls the job behind a 202 until it ends. The job ID is the last segment of `Location`. */
export async function followJob(location: string): Promise<string | undefined> {
  const jobId = location.split('/').filter(Boolean).pop() ?? '';
  for (;;) {
    const job = await readJob(jobId);
    const phase = jobPhaseOf(job.Status);
    if (phase !== 'running') {
      return phase === 'succeeded'
        ? undefined
        : (job.ErrorString ?? `The job ${job.Status.toLowerCase()}.`);
    }
    await wait(jobPolling.intervalMs);
  }
}
