import { Tooltip, type TooltipProps } from '@mantine/core';
import type { ReactElement } from 'react';
import { useHoverTarget } from './use-hover-target.ts';

export interface HoverTooltipProps extends Omit<TooltipProps, 'children' | 'target' | 'opened'> {
  children: ReactElement;
}

/**
 * A Mantine Tooltip that is mounted the first time a mouse comes over its child, for hints in
 * rows and cards that are drawn by the dozen (see `useHoverTarget`). Shows and hides as a
 * Tooltip does on hover.
 */
export function HoverTooltip({ children, ...tooltipProps }: HoverTooltipProps) {
  const { target, ref, armed, hovered } = useHoverTarget(children);
  return (
    <>
      {target}
      {armed && <Tooltip {...tooltipProps} target={ref} opened={hovered} />}
    </>
  );
}
