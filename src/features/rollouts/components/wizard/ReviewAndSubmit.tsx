import type { CitrixImage } from '../../../../api/citrix/images.ts';
import type { Catalog, UpdateImageRequest } from '../../../../api/citrix/catalogs.ts';
import { rolloutRisks } from '../../rollout-risks.ts';
import type { RolloutSubmission } from '../../use-rollout-submit.ts';
import { ReviewStep } from './ReviewStep.tsx';
import { StartedUnopened } from './StartedUnopened.tsx';
import { SubmitFailure } from './SubmitFailure.tsx';

export interface ReviewAndSubmitProps {
  catalog: Catalog | undefined;
  chosen: CitrixImage | undefined;
  /** The catalog's image now, to compare the chosen one with. */
  currentImage: CitrixImage | undefined;
  /** What will be sent; null until every choice is made and valid. */
  request: UpdateImageRequest | null;
  submission: RolloutSubmission;
}

/** Step 4 and its outcome: the review with its confirmation, then what became of the submit. */
export function ReviewAndSubmit({
  catalog,
  chosen,
  currentImage,
  request,
  submission,
}: ReviewAndSubmitProps) {
  const { failure, unopened } = submission;
  if (!catalog) return null;
  return (
    <>
      {request && chosen && (
        <ReviewStep
          request={request}
          catalogName={catalog.name}
          currentImageName={catalog.templateImageName ?? null}
          newImageName={chosen.name}
          risks={rolloutRisks({
            current: currentImage,
            next: chosen,
            vdaUpdateDelay: request.settings.vdaUpdateDelay,
          })}
          submitting={submission.submitting}
          canSubmit={submission.canSubmit}
          onConfirm={submission.submit}
        />
      )}
      {unopened && <StartedUnopened accepted={unopened} catalogId={catalog.id} />}
      {failure && (
        <SubmitFailure
          error={failure.error}
          ambiguous={failure.ambiguous}
          recheck={submission.recheck}
          catalogId={catalog.id}
          onRecheck={() => void submission.recheckCatalog()}
        />
      )}
    </>
  );
}
