import { Button, Loader, type MantineColor } from '@mantine/core';
import { Suspense, useState, type ReactNode } from 'react';
import { DeferredPopover } from './DeferredPopover.tsx';
import classes from './HeaderPopover.module.css';

export interface HeaderPopoverProps {
  /** What the header button shows. */
  face: ReactNode;
  /** The button's accessible name, when its face alone does not say it. */
  label?: string;
  /** Says the state at a glance, e.g. orange for trouble. @default 'gray' */
  color?: MantineColor;
  /** Beside the face, e.g. an icon, or a count of things in progress. */
  leftSection?: ReactNode;
  rightSection?: ReactNode;
  /** Narrow side padding, for a face that is already a badge. @default false */
  compact?: boolean;
  /** The dropdown's width in pixels. */
  width: number;
  /** Names the loader shown while the dropdown's code arrives. */
  loadingLabel: string;
  /** The dropdown; `close` shuts it, e.g. when one of its links is followed. */
  children: (close: () => void) => ReactNode;
}

/** A header button that opens a dropdown of details, whose code may arrive after the header. */
export function HeaderPopover({
  face,
  label,
  color = 'gray',
  leftSection,
  rightSection,
  compact = false,
  width,
  loadingLabel,
  children,
}: HeaderPopoverProps) {
  const [opened, setOpened] = useState(false);
  const button = (
    <Button
      variant="subtle"
      color={color}
      leftSection={leftSection}
      rightSection={rightSection}
      // Its side padding (the module says why it is not a style prop).
      className={compact ? classes.compact : classes.face}
      aria-label={label}
      // What Mantine's Popover says of its target, said before its code has arrived.
      aria-haspopup="dialog"
      aria-expanded={opened}
      onClick={() => setOpened((current) => !current)}
    >
      {face}
    </Button>
  );
  return (
    <DeferredPopover
      target={button}
      opened={opened}
      onChange={setOpened}
      // Moves focus into the dropdown, so keyboard users land there and Escape closes it.
      trapFocus
      returnFocus
      position="bottom-end"
      width={width}
      shadow="md"
      withArrow
    >
      <Suspense fallback={<Loader size="sm" role="img" aria-label={loadingLabel} />}>
        {children(() => setOpened(false))}
      </Suspense>
    </DeferredPopover>
  );
}
