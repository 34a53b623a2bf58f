import { Button, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { DeferredTooltip } from '../../../components/DeferredTooltip.tsx';
import { roleCannot, usePermissions } from '../../../hooks/use-permissions.ts';

export interface RolloutLinkButtonProps extends ButtonProps {
  /** The wizard's address, e.g. `paths.newRollout.href({ catalog, image })`. */
  to: string;
  children: ReactNode;
}

/**
 * A link into the update-image wizard ("Update image", "Revert to previous image"). For a role
 * that may not start rollouts it stays visible but disabled, saying why on hover and focus; the
 * server refuses such a rollout anyway.
 */
export function RolloutLinkButton({ to, children, ...buttonProps }: RolloutLinkButtonProps) {
  const { role, rollouts } = usePermissions();
  const reasonId = useId();
  if (rollouts) {
    return (
      <Button component={Link} to={to} {...buttonProps}>
        {children}
      </Button>
    );
  }
  const reason = roleCannot(role, 'start image rollouts');
  // `data-disabled` rather than `disabled`: a disabled button gets no hover or focus, so its
  // tooltip could never say why.
  return (
    <>
      <DeferredTooltip label={reason} multiline w={260} withArrow>
        <Button
          {...buttonProps}
          data-disabled
          aria-disabled="true"
          aria-describedby={reasonId}
          onClick={(event) => event.preventDefault()}
        >
          {children}
        </Button>
      </DeferredTooltip>
      {/* Outside the button, so the reason describes it without joining its name. */}
      <VisuallyHidden id={reasonId}>{reason}</VisuallyHidden>
    </>
  );
}
