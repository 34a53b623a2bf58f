import { useWindowEvent } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

/** How long after the last resize event the window counts as still resizing (Mantine's own). */
const settleMs = 200;

/**
 * Whether the window is being resized: true from a resize event until it has been still for a
 * moment. For AppShell's `data-resizing`, which holds its transitions while a layout jumps
 * across a breakpoint. Mantine's own also marks the shell's first 200 ms; this one starts false,
 * so the mark never comes and goes while a page loads (see AppLayout).
 */
export function useWindowResizing(): boolean {
  const [resizing, setResizing] = useState(false);
  const settled = useRef<number | undefined>(undefined);
  useWindowEvent('resize', () => {
    setResizing(true);
    window.clearTimeout(settled.current);
    settled.current = window.setTimeout(() => setResizing(false), settleMs);
  });
  useEffect(() => () => window.clearTimeout(settled.current), []);
  return resizing;
}
