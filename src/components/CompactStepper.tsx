import { Stepper, type StepperProps } from '@mantine/core';
import classes from './CompactStepper.module.css';

/**
 * Mantine's Stepper that keeps to one row on a narrow page (a phone, or a tablet beside the
 * navigation): there only the current step keeps its words, the others their numbered circles.
 */
export function CompactStepper(props: StepperProps) {
  return (
    <div className={classes.frame}>
      <Stepper
        {...props}
        classNames={{
          steps: classes.steps,
          step: classes.step,
          stepBody: classes.stepBody,
          separator: classes.separator,
        }}
      />
    </div>
  );
}

CompactStepper.Step = Stepper.Step;
