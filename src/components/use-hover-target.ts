import { useMergedRef } from '@mantine/hooks';
import {
  cloneElement,
  useRef,
  useState,
  type PointerEvent,
  type ReactElement,
  type Ref,
} from 'react';

interface HoverableProps {
  ref?: Ref<HTMLElement>;
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
}

export interface HoverTarget {
  /** The child, with the ref and the pointer handlers it needs; always the same element. */
  target: ReactElement;
  ref: { current: HTMLElement | null };
  /** True once a mouse has been over the target: only then is a tooltip worth mounting. */
  armed: boolean;
  /** True while a mouse is over it. */
  hovered: boolean;
}

/**
 * A tooltip's target that mounts no tooltip until a mouse comes over it. A Mantine Tooltip
 * renders twice as it mounts (Floating UI keeps its target in state), and in a commit of a
 * table with a badge per row those second renders are one synchronous task, which a phone's
 * taps wait behind. As a mouse-only hint (Mantine's default: no focus, no touch), nothing is
 * lost until then. The child stays mounted as it was, so arming it replaces no element.
 */
export function useHoverTarget(child: ReactElement): HoverTarget {
  // Any element that takes a ref and pointer handlers: Mantine's components and plain elements.
  const props = child.props as HoverableProps;
  const [armed, setArmed] = useState(false);
  const [hovered, setHovered] = useState(false);
  const ref = useRef<HTMLElement | null>(null);
  const mergedRef = useMergedRef(ref, props.ref);
  const target = cloneElement(child as ReactElement<HoverableProps>, {
    ref: mergedRef,
    onPointerEnter: (event: PointerEvent<HTMLElement>) => {
      props.onPointerEnter?.(event);
      // A tap is not a hover: Mantine's tooltips leave touch alone by default, and so does this.
      if (event.pointerType === 'touch') return;
      setArmed(true);
      setHovered(true);
    },
    onPointerLeave: (event: PointerEvent<HTMLElement>) => {
      props.onPointerLeave?.(event);
      setHovered(false);
    },
  });
  return { target, ref, armed, hovered };
}
