import type { Operation } from '../../../contracts/identity-api.ts';
import { catalogStatusSchema, type CatalogStatus } from '../../api/citrix/catalogs.ts';
import { interpretStatus, type RolloutReading } from './rollout-status.ts';

/**
 * The server follower's latest reading as a `CatalogStatusOverview`: the body it read when that
 * parses (it carries the warnings and the time estimate), else its summary fields.
 */
export function toCatalogStatus(operation: Operation): CatalogStatus | null {
  const { progress } = operation;
  if (!progress) return null;
  const parsed = catalogStatusSchema.safeParse(progress.raw);
  if (parsed.success) return parsed.data;
  return {
    state: progress.state,
    subState: progress.subState ?? undefined,
    statusMessage: progress.statusMessage ?? undefined,
    warnings: [],
  };
}

/**
 * How a rollout stands, in words. The server's `state` decides the phase (it alone concludes an
 * operation); the latest status reading supplies the words when it agrees.
 */
export function readOperation(operation: Operation): RolloutReading {
  const status = toCatalogStatus(operation);
  const reading = status ? interpretStatus(status) : null;
  if (reading?.phase === operation.state) return reading;
  if (operation.state === 'running') {
    return {
      phase: 'running',
      headline: 'Updating the catalog image',
      detail: status
        ? 'The catalog service reports the update has ended; the console is confirming how.'
        : 'Waiting for the first status reading from the catalog service.',
      advice: null,
    };
  }
  // Ended without a reading that says so (e.g. the follower gave up): the general words.
  return interpretStatus({
    state: operation.state === 'succeeded' ? 'Active' : 'Error',
    statusMessage: operation.followProblem ?? operation.progress?.statusMessage ?? undefined,
    warnings: [],
  });
}
