import { lazy, Suspense } from 'react';
import type { PopoverFrameProps } from './floating-frames.tsx';

const PopoverFrame = lazy(async () => ({
  default: (await import('./floating-frames.tsx')).PopoverFrame,
}));

export type DeferredPopoverProps = PopoverFrameProps;

/**
 * A Mantine Popover whose positioning code loads just after the first paint: until then the
 * target shows on its own, so a header button never waits for a dropdown nobody opened yet.
 * A click that arrives first is kept by the caller's `opened` state and opens it on arrival.
 */
export function DeferredPopover(props: DeferredPopoverProps) {
  return (
    <Suspense fallback={props.target}>
      <PopoverFrame {...props} />
    </Suspense>
  );
}
