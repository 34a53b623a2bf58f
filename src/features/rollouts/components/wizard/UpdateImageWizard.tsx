import { Button, Group, Stepper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Operation } from '../../../../../contracts/identity-api.ts';
import { toApiProblem, type ApiProblemKind } from '../../../../lib/api-problem.ts';
import {
  catalogQueries,
  useUpdateCatalogImage,
  type AcceptedUpdate,
  type UpdateImageRequest,
} from '../../../../api/citrix/catalogs.ts';
import { citrixImageQueries } from '../../../../api/citrix/images.ts';
import type { CitrixSite } from '../../../../api/citrix/sites.ts';
import { useRolloutPreflight } from '../../use-rollout-preflight.ts';
import { eligibleImages, imageIneligibility } from '../../preflight.ts';
import { defaultSettings, validateSettings } from '../../rollout-settings.ts';
import { CatalogStep } from './CatalogStep.tsx';
import { ImageStep } from './ImageStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { SettingsStep } from './SettingsStep.tsx';
import { StartedUnopened } from './StartedUnopened.tsx';
import { SubmitFailure, type Recheck } from './SubmitFailure.tsx';
import { WizardData } from './WizardData.tsx';

export interface UpdateImageWizardProps {
  scope: CitrixSite;
  catalogId: string | null;
  imageId: string | null;
  onCatalogChange: (catalogId: string) => void;
  onImageChange: (imageId: string) => void;
  /** Called with the server's record of the update once Citrix accepted it; the caller opens it. */
  onSubmitted: (operation: Pick<Operation, 'id'>) => void;
}

// The console server refused before forwarding anything: nothing reached Citrix, so a retry is
// safe. Any other 5xx or a lost answer may have been accepted.
const refusedBeforeSending = new Set<ApiProblemKind>([
  'signed-out',
  'not-permitted',
  'audit-unavailable',
]);

/** Pre-flight, image, settings, review; the progress step is the rollout's own page. */
export function UpdateImageWizard(props: UpdateImageWizardProps) {
  const { scope, catalogId, imageId } = props;
  const catalogsQuery = useQuery(catalogQueries.list(scope));
  const catalogQuery = useQuery({
    ...catalogQueries.detail(scope, catalogId ?? ''),
    enabled: catalogId !== null,
  });
  const imagesQuery = useQuery(citrixImageQueries.list(scope));
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState(defaultSettings);
  const [recheck, setRecheck] = useState<Recheck | null>(null);
  const [unopened, setUnopened] = useState<AcceptedUpdate | null>(null);
  const mutation = useUpdateCatalogImage();
  // Set synchronously on the first click, so a double click cannot send the request twice.
  const inFlight = useRef(false);

  const catalogs = catalogsQuery.data ?? [];
  const catalog = catalogQuery.data ?? catalogs.find((c) => c.id === catalogId);
  const images = imagesQuery.data ?? [];
  const check = useRolloutPreflight(catalogId, catalog);
  const requested = images.find((image) => image.id === imageId);
  // An address naming an image this site does not have is said in words, not silently dropped.
  const unknownImage =
    imageId !== null && imagesQuery.data !== undefined && requested === undefined
      ? `No image with ID ‘${imageId}’ exists in this site.`
      : null;
  const refusal =
    (requested && catalog ? imageIneligibility(requested, catalog) : null) ?? unknownImage;
  const unknownCatalogId =
    catalogId !== null && catalogsQuery.data !== undefined && !catalog && catalogQuery.isError
      ? catalogId
      : null;
  const chosen = requested && !refusal && requested.id !== catalog?.imageId ? requested : undefined;
  const currentImage = images.find((image) => image.id === catalog?.imageId);
  const validation = validateSettings(draft);
  const request: UpdateImageRequest | null =
    catalog && chosen && validation.ok
      ? {
          site: scope,
          catalogId: catalog.id,
          templateId: chosen.id,
          citrixPrepared: chosen.citrixPrepared,
          settings: validation.settings,
        }
      : null;
  const problem = mutation.error ? toApiProblem(mutation.error) : null;
  const ambiguous =
    problem !== null &&
    !refusedBeforeSending.has(problem.kind) &&
    (problem.status === undefined || problem.status >= 500);
  const canSubmit =
    request !== null && unopened === null && (!ambiguous || recheck?.kind === 'unchanged');

  const submit = () => {
    if (inFlight.current || !request || !canSubmit) return;
    inFlight.current = true;
    setRecheck(null);
    mutation.mutate(request, {
      // The server made the record; the browser only opens it.
      onSuccess: (accepted) => {
        if (accepted.operationId) props.onSubmitted({ id: accepted.operationId });
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
    const result = await catalogQuery.refetch();
    if (!result.data) {
      setRecheck({ kind: 'check-failed', problem: toApiProblem(result.error) });
      return;
    }
    const changed = result.data.state === 'Processing' || result.data.imageId === chosen?.id;
    setRecheck({ kind: changed ? 'accepted-anyway' : 'unchanged' });
  };

  const canContinue = [check?.ok === true, chosen !== undefined, validation.ok][active] ?? false;
  return (
    <WizardData queries={[catalogsQuery, imagesQuery]}>
      <Stepper
        active={active}
        onStepClick={(step) => step < active && setActive(step)}
        allowNextStepsSelect={false}
        size="sm"
      >
        <Stepper.Step label="Catalog" description="Pre-flight check">
          <CatalogStep
            catalogs={catalogs}
            catalog={catalog}
            preflight={check}
            unknownCatalogId={unknownCatalogId}
            onCatalogChange={props.onCatalogChange}
          />
        </Stepper.Step>
        <Stepper.Step label="Image" description="Choose the new image">
          {catalog && (
            <ImageStep
              catalog={catalog}
              images={eligibleImages(images, catalog)}
              currentImage={currentImage}
              chosen={chosen}
              refusal={refusal}
              onChoose={props.onImageChange}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Settings" description="Restarts and warning">
          <SettingsStep
            draft={draft}
            errors={validation.ok ? {} : validation.errors}
            onChange={setDraft}
          />
        </Stepper.Step>
        <Stepper.Step label="Review" description="Confirm">
          {request && catalog && chosen && (
            <ReviewStep
              request={request}
              catalogName={catalog.name}
              currentImageName={catalog.templateImageName ?? null}
              newImageName={chosen.name}
              submitting={mutation.isPending}
              canSubmit={canSubmit}
              onConfirm={submit}
            />
          )}
          {unopened && catalog && <StartedUnopened accepted={unopened} catalogId={catalog.id} />}
          {problem && catalog && (
            <SubmitFailure
              problem={problem}
              ambiguous={ambiguous}
              recheck={recheck}
              catalogId={catalog.id}
              onRecheck={() => void recheckCatalog()}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Progress" description="Follow the rollout" />
      </Stepper>
      <Group mt="xl">
        {active > 0 && (
          <Button
            variant="default"
            onClick={() => setActive(active - 1)}
            disabled={mutation.isPending}
          >
            Back
          </Button>
        )}
        {active < 3 && (
          <Button onClick={() => setActive(active + 1)} disabled={!canContinue}>
            Next
          </Button>
        )}
      </Group>
    </WizardData>
  );
}
