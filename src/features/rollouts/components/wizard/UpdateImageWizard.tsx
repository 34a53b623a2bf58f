import { useState } from 'react';
import type { Operation } from '../../../../../contracts/identity-api.ts';
import type { CitrixSite } from '../../../../api/citrix/sites.ts';
import { defaultSettings, updateImageRequest, validateSettings } from '../../rollout-settings.ts';
import { useRolloutChoices } from '../../use-rollout-choices.ts';
import { useRolloutSubmit } from '../../use-rollout-submit.ts';
import { CatalogStep } from './CatalogStep.tsx';
import { ImageStep } from './ImageStep.tsx';
import { ReviewAndSubmit } from './ReviewAndSubmit.tsx';
import { SettingsStep } from './SettingsStep.tsx';
import { WizardData } from './WizardData.tsx';
import { WizardStepper } from './WizardStepper.tsx';

export interface UpdateImageWizardProps {
  scope: CitrixSite;
  catalogId: string | null;
  imageId: string | null;
  onCatalogChange: (catalogId: string) => void;
  onImageChange: (imageId: string) => void;
  /** Called with the server's record of the update once Citrix accepted it; the caller opens it. */
  onSubmitted: (operation: Pick<Operation, 'id'>) => void;
}

/**
 * Pre-flight, image, settings, review; the progress step is the rollout's own page. The catalog
 * and image live in the address (the caller's), the settings and the step shown here.
 */
export function UpdateImageWizard(props: UpdateImageWizardProps) {
  const choices = useRolloutChoices(props.scope, props.catalogId, props.imageId);
  const { catalog, chosen } = choices;
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState(defaultSettings);
  const validation = validateSettings(draft);
  const request = updateImageRequest(props.scope, catalog, chosen, validation);
  const submission = useRolloutSubmit({
    request,
    newImageId: chosen?.id,
    refetchCatalog: choices.refetchCatalog,
    onSubmitted: props.onSubmitted,
  });
  const canContinue =
    [choices.preflight?.ok === true, chosen !== undefined, validation.ok][active] ?? false;

  const steps = {
    catalog: (
      <CatalogStep
        catalogs={choices.catalogs}
        catalog={catalog}
        startingImage={choices.startingImage}
        preflight={choices.preflight}
        unknownCatalogId={choices.unknownCatalogId}
        onCatalogChange={props.onCatalogChange}
      />
    ),
    image: catalog && (
      <ImageStep
        catalog={catalog}
        images={choices.eligible}
        currentImage={choices.currentImage}
        chosen={chosen}
        refusal={choices.refusal}
        onChoose={props.onImageChange}
      />
    ),
    settings: (
      <SettingsStep
        draft={draft}
        errors={validation.ok ? {} : validation.errors}
        onChange={setDraft}
      />
    ),
    review: (
      <ReviewAndSubmit
        catalog={catalog}
        chosen={chosen}
        currentImage={choices.currentImage}
        request={request}
        submission={submission}
      />
    ),
  };
  return (
    <WizardData queries={choices.queries}>
      <WizardStepper
        active={active}
        onActiveChange={setActive}
        canContinue={canContinue}
        backDisabled={submission.submitting}
        steps={steps}
      />
    </WizardData>
  );
}
