import { Button, Group, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { CompactStepper } from '../../../../components/CompactStepper.tsx';

type ChoiceStep = 'catalog' | 'image' | 'settings' | 'review';

// The progress step is the rollout's own page: it is shown, never reached here.
const choiceSteps: { key: ChoiceStep; label: string; description: string }[] = [
  { key: 'catalog', label: 'Catalog', description: 'Pre-flight check' },
  { key: 'image', label: 'Image', description: 'Choose the new image' },
  { key: 'settings', label: 'Settings', description: 'Restarts and warning' },
  { key: 'review', label: 'Review', description: 'Confirm' },
];
// The headings count the steps the stepper shows: the choices, and the rollout's progress.
const stepCount = choiceSteps.length + 1;

export interface WizardStepperProps {
  /** The index of the step shown. */
  active: number;
  onActiveChange: (step: number) => void;
  /** Whether the shown step's choices are complete, so Next may go on. */
  canContinue: boolean;
  /** Keeps the person on the review step, e.g. while the request is on its way. */
  backDisabled: boolean;
  steps: Record<ChoiceStep, ReactNode>;
}

/** The wizard's steps and its Back and Next buttons; only steps already passed can be clicked. */
export function WizardStepper({
  active,
  onActiveChange,
  canContinue,
  backDisabled,
  steps,
}: WizardStepperProps) {
  const lastStep = choiceSteps.length - 1;
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(active);
  // Next and Back replace the step under the keyboard user's focus: it goes to the new step's
  // heading, not back to the top of the page. Not on first paint, where focus stays put.
  useEffect(() => {
    if (shown.current === active) return;
    shown.current = active;
    heading.current?.focus();
  }, [active]);
  return (
    <>
      <CompactStepper
        active={active}
        onStepClick={(step) => step < active && onActiveChange(step)}
        allowNextStepsSelect={false}
        size="sm"
      >
        {choiceSteps.map((step, index) => (
          <CompactStepper.Step key={step.key} label={step.label} description={step.description}>
            <Title order={2} size="h4" mb="sm" ref={heading} tabIndex={-1}>
              Step {index + 1} of {stepCount}: {step.label} · {step.description}
            </Title>
            {steps[step.key]}
          </CompactStepper.Step>
        ))}
        <CompactStepper.Step label="Progress" description="Follow the rollout" />
      </CompactStepper>
      <Group mt="xl">
        {active > 0 && (
          <Button
            variant="default"
            onClick={() => onActiveChange(active - 1)}
            disabled={backDisabled}
          >
            Back
          </Button>
        )}
        {active < lastStep && (
          <Button onClick={() => onActiveChange(active + 1)} disabled={!canContinue}>
            Next
          </Button>
        )}
      </Group>
    </>
  );
}
