/**
 * What one reading of an operation's status means: a rollout's `CatalogStatusOverview` (the
 * `$updateImage` Location) or a session action's cvad/manage Job, by the contract's phase rules.
 */
import {
  jobPhaseOf,
  rolloutPhaseOf,
  type OperationProgress,
  type OperationState,
} from '../../contracts/identity-api.ts';

export interface Reading {
  state: OperationState;
  progress: OperationProgress;
  /** For a finished operation, the audit trail's final result in words. */
  finalResult: string | null;
}

type Json = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const number = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

export function readRolloutStatus(status: Json, catalog: Json | null, now: Date): Reading {
  const state = text(status.state) ?? 'Unknown';
  const subState = text(status.subState);
  const progress: OperationProgress = {
    state,
    subState,
    statusMessage: text(status.statusMessage) ?? text(status.catalogErrorDetails),
    percent: number(catalog?.taskCompletionPercentage),
    raw: status,
    readAt: now.toISOString(),
  };
  const phase = rolloutPhaseOf(state);
  if (phase === 'running') return { state: 'running', progress, finalResult: null };
  if (phase === 'succeeded') {
    const needsInput = state === 'InputRequired' ? '; the catalog still needs input' : '';
    return { state: 'succeeded', progress, finalResult: `Image updated${needsInput} (${state}).` };
  }
  const why = progress.statusMessage ?? subState ?? state;
  return { state: 'failed', progress, finalResult: `The image update failed: ${why}.` };
}

export function readJob(job: Json, now: Date): Reading {
  const status = text(job.Status) ?? 'Unknown';
  const progress: OperationProgress = {
    state: status,
    subState: text(job.Type),
    statusMessage: text(job.ErrorString),
    percent: number(job.OverallProgressPercent),
    raw: job,
    readAt: now.toISOString(),
  };
  const phase = jobPhaseOf(status);
  if (phase === 'succeeded') {
    return { state: 'succeeded', progress, finalResult: `The job ended: ${status}.` };
  }
  if (phase === 'failed') {
    const why = progress.statusMessage ? `: ${progress.statusMessage}` : '';
    return { state: 'failed', progress, finalResult: `The job ended ${status}${why}.` };
  }
  return { state: 'running', progress, finalResult: null };
}
