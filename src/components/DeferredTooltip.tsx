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
 * A Mantine Tooltip whose code loads (see DeferredPopover) and which mounts the first time a
 * mouse comes over its child (see `useHoverTarget`); the child shows at once, as it is.
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
