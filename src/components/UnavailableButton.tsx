import { Button, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { DeferredTooltip } from './DeferredTooltip.tsx';

export interface UnavailableButtonProps extends ButtonProps {
  /** Why it cannot be used, e.g. from `roleCannot(role, 'start image rollouts')`. */
  reason: string;
  children: ReactNode;
}

/**
 * A control the person may not use, shown disabled with the reason on hover and focus. It stays
 * focusable (`aria-disabled`, not `disabled`) so keyboard and screen-reader users get the reason
 * too, as its description.
 */
export function UnavailableButton({ reason, children, ...buttonProps }: UnavailableButtonProps) {
  const reasonId = useId();
  return (
    <>
      <DeferredTooltip label={reason} multiline maw={280} withArrow>
        <Button
          {...buttonProps}
          data-disabled
          aria-disabled
          aria-describedby={reasonId}
          onClick={(event) => event.preventDefault()}
        >
          {children}
        </Button>
      </DeferredTooltip>
      <VisuallyHidden id={reasonId}>{reason}</VisuallyHidden>
    </>
  );
}
