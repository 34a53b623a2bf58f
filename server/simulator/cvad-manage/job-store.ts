import { randomUUID } from 'node:crypto';
import { toCitrixLocaleTime, toRfc3339 } from '../data/time.ts';

/** Simulated jobs start at once, so they never read `NotStarted`. */
export type JobStatus = 'InProgress' | 'Complete' | 'Failed';

interface JobRecord {
  id: string;
  type: string;
  parameters: { Name: string; Value: string }[];
  /** Jobs are visible only to the API client that started them. */
  owner: string;
  createdAt: number;
  durationMs: number;
  /** Runs once when the job's time is up; returns an error text when the action could not happen. */
  complete: () => string | undefined;
  outcome?: { status: 'Complete' | 'Failed'; error?: string };
}

export interface NewJob {
  type: string;
  parameters: { Name: string; Value: string }[];
  owner: string;
  durationMs: number;
  complete: () => string | undefined;
}

/**
 * cvad/manage asynchronous jobs. Time is the simulator clock: a job runs its effect when it is due,
 * at the next request that settles the store, so a test moves the clock instead of sleeping.
 */
export class JobStore {
  private readonly jobs = new Map<string, JobRecord>();

  constructor(private readonly now: () => number) {}

  create(job: NewJob): JobRecord {
    const id = randomUUID();
    const record: JobRecord = { ...job, id, createdAt: this.now() };
    this.jobs.set(id, record);
    return record;
  }

  /** Completes every job whose time has come, in the order they were started. */
  settle(): void {
    const now = this.now();
    for (const job of this.jobs.values()) {
      if (job.outcome || now < job.createdAt + job.durationMs) continue;
      const error = job.complete();
      job.outcome = error ? { status: 'Failed', error } : { status: 'Complete' };
    }
  }

  find(id: string, owner: string): JobRecord | undefined {
    const job = this.jobs.get(id.toLowerCase());
    return job?.owner === owner ? job : undefined;
  }

  list(owner: string): JobRecord[] {
    return [...this.jobs.values()].filter((job) => job.owner === owner);
  }

  /** The PascalCase `JobResponseModel`. */
  toResponse(job: JobRecord) {
    const elapsed = this.now() - job.createdAt;
    const status: JobStatus = job.outcome?.status ?? 'InProgress';
    const progress = job.outcome ? 100 : Math.min(99, Math.floor((elapsed / job.durationMs) * 100));
    const endedAt = job.createdAt + job.durationMs;
    return {
      Id: job.id,
      Type: job.type,
      OverallProgressPercent: Math.max(0, progress),
      IsCancellable: false,
      Parameters: job.parameters,
      SubJobs: [],
      Status: status,
      ...(job.outcome?.error
        ? { ErrorString: job.outcome.error, ErrorCode: 'UnknownSession' }
        : {}),
      CreationTime: toCitrixLocaleTime(job.createdAt),
      FormattedCreationTime: toRfc3339(job.createdAt),
      StartTime: toCitrixLocaleTime(job.createdAt),
      FormattedStartTime: toRfc3339(job.createdAt),
      ...(job.outcome
        ? { EndTime: toCitrixLocaleTime(endedAt), FormattedEndTime: toRfc3339(endedAt) }
        : {}),
    };
  }
}
