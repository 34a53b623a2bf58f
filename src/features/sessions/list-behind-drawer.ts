import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { matchPath, useOutlet } from 'react-router';
import { paths } from '../../lib/paths.ts';

/** A session's drawer width, in rem (that of Mantine's `lg` drawer). */
export const sessionDrawerWidthRem = 38.75;

/**
 * Up to the drawer's width, a session's drawer covers the screen edge to edge. One number for
 * both, so that a wider or narrower drawer cannot leave the list held while a sliver of it shows.
 */
export const drawerCoversScreenQuery = `(max-width: ${sessionDrawerWidthRem}em)`;

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

/**
 * The same rule before React has drawn anything, for the router deciding whether the list's table
 * code comes with the page's (`tableAlongside`): the address is a session's, whose drawer (the
 * sessions route's only child) covers the screen.
 */
export const listHeldAtStart = (pathname = window.location.pathname) =>
  matchPath(paths.sessionDetail.pattern, pathname) !== null &&
  window.matchMedia(drawerCoversScreenQuery).matches;
