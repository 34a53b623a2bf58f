import { useRef, useState } from 'react';
import type { Operation } from '../../../contracts/identity-api.ts';
import {
  useUpdateCatalogImage,
  type AcceptedUpdate,
  type Catalog,
  type UpdateImageRequest,
} from '../../api/citrix/catalogs.ts';
import { toApiProblem } from '../../lib/api-problem.ts';
import { mayHaveReachedCitrix, recheckOutcome, type Recheck } from './failed-submit.ts';

export interface RolloutSubmitOptions {
  /** What to send; null until every choice is made and valid. */
  request: UpdateImageRequest | null;
  /** The image chosen for the catalog: a catalog that now has it took the lost request. */
  newImageId: string | undefined;
  /** Reads the catalog afresh (the catalog query's `refetch`). */
  refetchCatalog: () => Promise<{ data?: Catalog; error: unknown }>;
  /** Called with the server's record of the update once Citrix accepted it; the caller opens it. */
  onSubmitted: (operation: Pick<Operation, 'id'>) => void;
}

export interface RolloutSubmission {
  /** Sends the request, unless it is already on its way, was accepted, or may have been. */
  submit: () => void;
  canSubmit: boolean;
  submitting: boolean;
  /** The last submit's failure, and whether it may have reached Citrix. */
  failure: { error: unknown; ambiguous: boolean } | null;
  recheck: Recheck | null;
  /** Reads the catalog afresh to learn whether an ambiguous failure was accepted anyway. */
  recheckCatalog: () => Promise<void>;
  /** Accepted, but the server named no record to open. */
  unopened: AcceptedUpdate | null;
}

/**
 * Sends the update at most once per click streak, and after a failure that may have reached
 * Citrix (a lost answer, a 5xx) allows another try only once a fresh read of the catalog shows
 * the first request was not accepted.
 */
export function useRolloutSubmit({
  request,
  newImageId,
  refetchCatalog,
  onSubmitted,
}: RolloutSubmitOptions): RolloutSubmission {
  const mutation = useUpdateCatalogImage();
  const [recheck, setRecheck] = useState<Recheck | null>(null);
  // Accepted, but with no record to open: said so, and never sent again.
  const [unopened, setUnopened] = useState<AcceptedUpdate | null>(null);
  // Set synchronously on the first click, so a double click cannot send the request twice.
  const inFlight = useRef(false);

  const ambiguous = mutation.error !== null && mayHaveReachedCitrix(toApiProblem(mutation.error));
  const canSubmit =
    request !== null && unopened === null && (!ambiguous || recheck?.kind === 'unchanged');

  const submit = () => {
    if (inFlight.current || !request || !canSubmit) return;
    inFlight.current = true;
    setRecheck(null);
    mutation.mutate(request, {
      // The server made the record; the browser only opens it.
      onSuccess: (accepted) => {
        if (accepted.operationId) onSubmitted({ id: accepted.operationId });
        else setUnopened(accepted);
      },
      // Only a failure re-opens the button: after success, a late second click must not resend.
      onError: () => {
        inFlight.current = false;
      },
    });
  };

  const recheckCatalog = async () => {
    setRecheck({ kind: 'checking' });
    const result = await refetchCatalog();
    setRecheck(
      result.data
        ? recheckOutcome(result.data, newImageId)
        : { kind: 'check-failed', problem: toApiProblem(result.error) },
    );
  };

  return {
    submit,
    canSubmit,
    submitting: mutation.isPending,
    failure: mutation.error ? { error: mutation.error, ambiguous } : null,
    recheck,
    recheckCatalog,
    unopened,
  };
}
