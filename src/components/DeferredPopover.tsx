import {
  cloneElement,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactElement,
  type RefCallback,
} from 'react';
import { loadOnce } from '../lib/load-once.ts';
import type { PopoverFrameProps } from './floating-frames.tsx';
import { afterRelease, useAfterFirstInput } from './first-input.ts';

type Frame = (props: PopoverFrameProps) => ReactElement;

// Once arrived, every popover mounted later draws its frame at once.
const frameCode = loadOnce(
  async (): Promise<Frame> => (await import('./floating-frames.tsx')).PopoverFrame,
);

/** Loads the popovers' code now: each one mounted after draws its Popover at once. */
export async function preloadPopoverFrame(): Promise<void> {
  await frameCode.start();
}

export type DeferredPopoverProps = PopoverFrameProps;

/**
 * A Mantine Popover whose code (Floating UI, about 17 KB) loads at the page's first input (see
 * `useAfterFirstInput`): until then the target shows on its own, so a page never shares its
 * first bandwidth with a dropdown nobody has opened. A click that arrives first is kept by the
 * caller's `opened` state and opens it on arrival; the target keeps the caller's ARIA state.
 *
 * When the code arrives the target is drawn again inside the Popover: a new element. So that a
 * keyboard user tabbing into the header loses nothing, it takes the focus back if the old one had
 * it; and it is drawn once no key or button is held, so a click begun on the old one ends there.
 */
export function DeferredPopover(props: DeferredPopoverProps) {
  const afterInput = useAfterFirstInput();
  const [Frame, setFrame] = useState<Frame | null>(() => frameCode.loaded);
  const keepFocus = useFocusKeptAcrossRemount();

  useEffect(() => {
    if (!afterInput || Frame) return;
    let current = true;
    frameCode.start().then(
      async (frame) => {
        // Not in the middle of a click or a key press on the target: that would be lost.
        await afterRelease();
        if (current) setFrame(() => frame);
      },
      // Left as a plain button; the next open or close tries again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [afterInput, Frame, props.opened]);

  // Drawn closed once before it is drawn open: Mantine notes where the focus is as a popover
  // opens, to give it back on Escape; one drawn open from the start (its code arriving for a
  // click that had already opened it) noted nothing, and closing it dropped the focus on the
  // page's body. Popovers mounted after the code arrived are drawn closed first anyway.
  const [drawnClosed, setDrawnClosed] = useState(() => frameCode.loaded !== null);
  useEffect(() => {
    // The second render is the point: Mantine must have seen the popover closed.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (Frame && !drawnClosed) setDrawnClosed(true);
  }, [Frame, drawnClosed]);

  const target = cloneElement(props.target as ReactElement<{ ref?: RefCallback<HTMLElement> }>, {
    ref: keepFocus,
  });
  return Frame ? (
    <Frame {...props} opened={drawnClosed ? props.opened : false} target={target} />
  ) : (
    target
  );
}

/** A ref for an element drawn again as a new one: focus moves to the new one if the old had it. */
function useFocusKeptAcrossRemount(): RefCallback<HTMLElement> {
  const hadFocus = useRef(false);
  return useCallback((node: HTMLElement | null) => {
    if (!node) return;
    if (hadFocus.current) {
      hadFocus.current = false;
      node.focus();
    }
    // React runs this as the element leaves, before it is taken out of the page.
    return () => {
      hadFocus.current = document.activeElement === node;
    };
  }, []);
}
