import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useOutlet } from 'react-router';

/** Up to Mantine's `lg` drawer width (38.75rem), a session's drawer covers the screen edge to edge. */
export const drawerCoversScreenQuery = '(max-width: 38.75em)';

/**
 * Whether the sessions list can wait to draw its rows: a session opened from a link (a ticket's,
 * say) on a phone, whose drawer covers the whole screen. A hundred rows are most of what such a
 * page would draw, and a phone then spends its first seconds on rows nobody sees; they draw when
 * the drawer closes. Once drawn, the rows stay: a session opened from the list keeps the list,
 * and its scroll position, under its drawer.
 */
export function useListHeldBehindDrawer(): boolean {
  const drawerOpen = useOutlet() !== null;
  const coversScreen = useMediaQuery(drawerCoversScreenQuery, false, {
    getInitialValueInEffect: false,
  });
  const [drawn, setDrawn] = useState(false);
  const held = !drawn && drawerOpen && coversScreen;
  if (!held && !drawn) setDrawn(true);
  return held;
}
