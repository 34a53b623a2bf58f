import { rolloutPhaseOf, type OperationState } from '../../../contracts/identity-api.ts';
import type { CatalogStatus } from '../../api/citrix/catalogs.ts';
import { stateWords } from '../../lib/catalog-words.ts';
import { inWords } from '../../lib/code-words.ts';

/** A rollout's phase: the operation states of the contract. */
export type RolloutPhase = OperationState;

export interface RolloutReading {
  phase: RolloutPhase;
  headline: string;
  /** The sub-state in words, or the service's own message. */
  detail: string | null;
  /** For a failure: what to do next. */
  advice: string | null;
}

// What to do after a failure, per Error* sub-state; anything else gets the general advice.
const adviceBySubState: Record<string, string> = {
  ErrorMasterImageVerificationFailed:
    'The catalog keeps its previous image. Check that the Virtual Delivery Agent on the new image is installed and registers, publish a fixed image, then roll it out again. Give Citrix support the transaction ID if the error persists.',
  ErrorVdaUpdateCitrixServersFailed:
    'Some machines may still run the previous image. Check the machines in Citrix DaaS, then start the update again or revert to the previous image.',
};
const generalAdvice =
  'Open the catalog to see its current state. Give Citrix support the transaction ID below if you need help.';

/**
 * Reads a `CatalogStatusOverview` as the documentation says: `Processing` (and `PreDeployment`)
 * means still running; `Active` or `InputRequired` means the update completed; anything else
 * (`Error` with an `Error*` sub-state, `Deleting`, `NotFound`…) means it did not.
 */
export function interpretStatus(status: CatalogStatus): RolloutReading {
  const subState = inWords('subState', status.subState)?.words ?? null;
  const phase = rolloutPhaseOf(status.state);
  if (phase === 'running') {
    return {
      phase: 'running',
      headline: 'Updating the catalog image',
      detail: subState ?? status.statusMessage ?? null,
      advice: null,
    };
  }
  if (phase === 'succeeded') {
    const needsInput = status.state === 'InputRequired';
    const warnings = status.warnings.map((w) => w.warningMessage).filter(Boolean);
    return {
      phase: 'succeeded',
      headline: needsInput
        ? 'Image updated; the catalog still needs input'
        : 'Image updated; the catalog is active',
      detail: warnings.length > 0 ? warnings.join(' ') : null,
      advice: null,
    };
  }
  return {
    phase: 'failed',
    headline:
      status.state === 'Error'
        ? 'The image update failed'
        : `The catalog is ${stateWords(status.state).label.toLowerCase()}`,
    // The service's message is the more specific; the sub-state in words stands in for it.
    detail: status.statusMessage ?? subState,
    advice: (status.subState && adviceBySubState[status.subState]) ?? generalAdvice,
  };
}

/** "About 3 minutes left" from `startedAt` + `estimatedTimeInMinute`, or null if unknown. */
export function timeLeftInWords(status: CatalogStatus, now: number): string | null {
  if (!status.startedAt || !status.estimatedTimeInMinute) return null;
  const end = Date.parse(status.startedAt) + status.estimatedTimeInMinute * 60_000;
  if (Number.isNaN(end)) return null;
  const minutes = Math.ceil((end - now) / 60_000);
  if (minutes <= 0) return 'Taking longer than estimated';
  if (minutes === 1) return 'Less than a minute left';
  return `About ${minutes} minutes left`;
}
