import { Popover, Tooltip, type PopoverProps, type TooltipProps } from '@mantine/core';
import type { ReactElement, ReactNode } from 'react';

// Loaded after the shell has painted (see DeferredPopover and DeferredTooltip): Mantine's
// Popover and Tooltip bring Floating UI, about a fifth of the first route's JavaScript.

export interface PopoverFrameProps extends Omit<PopoverProps, 'children'> {
  target: ReactElement;
  children: ReactNode;
}

export function PopoverFrame({ target, children, ...popoverProps }: PopoverFrameProps) {
  return (
    <Popover {...popoverProps}>
      <Popover.Target>{target}</Popover.Target>
      <Popover.Dropdown>{children}</Popover.Dropdown>
    </Popover>
  );
}

export type TooltipFrameProps = TooltipProps;

export function TooltipFrame(props: TooltipFrameProps) {
  return <Tooltip {...props} />;
}
