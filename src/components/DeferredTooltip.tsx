import { lazy, Suspense, type ReactElement } from 'react';
import type { TooltipFrameProps } from './floating-frames.tsx';
import { useHoverTarget } from './use-hover-target.ts';

const TooltipFrame = lazy(async () => ({
  default: (await import('./floating-frames.tsx')).TooltipFrame,
}));

export interface DeferredTooltipProps extends Omit<
  TooltipFrameProps,
  'children' | 'target' | 'opened'
> {
  children: ReactElement;
}

/**
 * A Mantine Tooltip that mounts, and whose code (Floating UI, `floating-frames.tsx`) loads, the
 * first time a mouse comes over its child (see `useHoverTarget`), for hints in headers, rows and
 * cards alike; the child shows at once, as it is. Shows and hides as a Tooltip does on hover.
 */
export function DeferredTooltip({ children, ...tooltipProps }: DeferredTooltipProps) {
  const { target, ref, armed, hovered } = useHoverTarget(children);
  return (
    <>
      {target}
      {armed && (
        <Suspense fallback={null}>
          <TooltipFrame {...tooltipProps} target={ref} opened={hovered} />
        </Suspense>
      )}
    </>
  );
}
