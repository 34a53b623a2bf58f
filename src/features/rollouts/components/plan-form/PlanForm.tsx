import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Plan } from '../../../../../contracts/rollout-plans.ts';
import { catalogQueries, type Catalog } from '../../../../api/citrix/catalogs.ts';
import { citrixImageQueries, type CitrixImage } from '../../../../api/citrix/images.ts';
import type { CitrixSite } from '../../../../api/citrix/sites.ts';
import {
  eligibleImagesFor,
  shownErrors,
  validatePlanForm,
  type PlanFormDraft,
} from '../../plan-form.ts';
import { planRisks } from '../../plan-risks.ts';
import { usePlanDraft } from '../../use-plan-draft.ts';
import { ImageChoiceTable } from '../wizard/ImageChoiceTable.tsx';
import { ChosenImage } from './ChosenImage.tsx';
import { RolloutRisks } from '../wizard/RolloutRisks.tsx';
import { SettingsStep } from '../wizard/SettingsStep.tsx';
import { WizardData } from '../wizard/WizardData.tsx';
import { PlanReview } from './PlanReview.tsx';
import { PlanStartFields } from './PlanStartFields.tsx';
import { PlanSubmit } from './PlanSubmit.tsx';
import { PlanWavesEditor } from './PlanWavesEditor.tsx';

export interface PlanFormProps {
  scope: CitrixSite;
  /** Where the draft is kept in this tab (the form's address, and the plan's version). */
  draftKey: string;
  initialDraft: () => PlanFormDraft;
  /** The scheduled plan being changed; absent for a new plan. */
  plan?: Plan;
  /** Opens the saved plan; the page is scrolled to its top once that has happened. */
  onSaved: (plan: Plan) => void | Promise<void>;
  /** Reads the plan being changed afresh, after the server said it changed (409). */
  onReload?: () => void;
}

/** The plan form, once the site's catalogs and images are in. */
export function PlanForm(props: PlanFormProps) {
  const catalogsQuery = useQuery(catalogQueries.list(props.scope));
  const imagesQuery = useQuery(citrixImageQueries.list(props.scope));
  return (
    <WizardData queries={[catalogsQuery, imagesQuery]}>
      {catalogsQuery.data && imagesQuery.data && (
        <PlanFormFields {...props} catalogs={catalogsQuery.data} images={imagesQuery.data} />
      )}
    </WizardData>
  );
}

type PlanFormFieldsProps = PlanFormProps & { catalogs: Catalog[]; images: CitrixImage[] };

function PlanFormFields({ scope, catalogs, images, ...props }: PlanFormFieldsProps) {
  const { draft, setDraft, discard } = usePlanDraft(props.draftKey, props.initialDraft);
  const [attempted, setAttempted] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  // "Not in the past" is judged again with the clock of the click; this one is for display.
  const [openedAt] = useState(() => Date.now());
  const context = { site: scope, catalogs, images };
  const validation = validatePlanForm(draft, { ...context, now: openedAt });
  const errors = shownErrors(draft, validation.ok ? {} : validation.errors, attempted);
  const change = (changes: Partial<PlanFormDraft>) => setDraft({ ...draft, ...changes });
  const image = images.find((i) => i.id === draft.imageId);
  // Opened from an image (or a plan), the image is named, not lost somewhere down the list.
  const [choosingImage, setChoosingImage] = useState(!image);
  const planned = draft.waves.flat().flatMap((id) => catalogs.filter((c) => c.id === id));
  const risks = image
    ? planRisks(planned, images, image, validation.ok ? validation.body.restart.vdaUpdateDelay : -1)
    : [];
  const needsConfirmation = risks.length > 0 && !confirmed;
  return (
    <Stack gap="xl">
      <Section title="Image">
        {image && !choosingImage ? (
          <ChosenImage image={image} onChooseAnother={() => setChoosingImage(true)} />
        ) : (
          <ImageChoiceTable
            images={eligibleImagesFor(images)}
            chosenId={draft.imageId}
            description="Only Ready images are listed; each catalog must be of the image’s kind of sessions."
            tableLabel="Images to roll out"
            emptyText="No image is Ready."
            error={errors.image}
            onChoose={(imageId) => change({ imageId })}
          />
        )}
      </Section>
      <Section title="Catalogs and waves">
        <PlanWavesEditor
          waves={draft.waves}
          catalogs={catalogs}
          image={image}
          startsNow={draft.start === 'now'}
          error={errors.waves}
          catalogErrors={errors.catalogs ?? {}}
          onChange={(waves) => change({ waves })}
        />
      </Section>
      <Section title="Restart settings">
        <SettingsStep
          draft={draft.settings}
          errors={errors}
          onChange={(settings) => change({ settings })}
        />
      </Section>
      <Section title="Start and maintenance window">
        <PlanStartFields draft={draft} errors={errors} onChange={change} />
      </Section>
      <Section title="Review">
        {validation.ok && image ? (
          <PlanReview body={validation.body} image={image} catalogs={catalogs} />
        ) : (
          <Text size="sm" c="dimmed">
            The summary appears once every field above is filled in correctly.
          </Text>
        )}
        <RolloutRisks
          risks={risks}
          confirmed={confirmed}
          onConfirmedChange={setConfirmed}
          error={
            attempted && needsConfirmation
              ? 'Confirm you have read the warnings to schedule the plan.'
              : undefined
          }
        />
        <PlanSubmit
          plan={props.plan}
          invalid={attempted && !validation.ok}
          onTry={() => {
            setAttempted(true);
            const now = validatePlanForm(draft, { ...context, now: Date.now() });
            return now.ok && !needsConfirmation ? now.body : null;
          }}
          onSaved={async (plan) => {
            discard();
            await props.onSaved(plan);
            // The app keeps the window's scroll across pages: without this the plan would open
            // scrolled down to where this form's button was.
            window.scrollTo(0, 0);
          }}
          onReload={props.onReload}
        />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
