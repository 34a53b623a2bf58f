import { lazy, Suspense } from 'react';
import type { TooltipFrameProps } from './floating-frames.tsx';

const TooltipFrame = lazy(async () => ({
  default: (await import('./floating-frames.tsx')).TooltipFrame,
}));

export type DeferredTooltipProps = TooltipFrameProps;

/** A Mantine Tooltip loaded after the first paint (see DeferredPopover); the child shows at once. */
export function DeferredTooltip(props: DeferredTooltipProps) {
  return (
    <Suspense fallback={props.children}>
      <TooltipFrame {...props} />
    </Suspense>
  );
}
