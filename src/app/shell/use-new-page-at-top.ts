import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * A page opened by a link starts at its top, even when its data is at hand and it draws long at
 * once. Back and Forward are left to the browser, which returns to the place one left (a windowed
 * list remembers its measurements for that: `useListMemory`). A change to the same page's address
 * (a filter, a sort, the next page of sessions) keeps the place too.
 */
export function useNewPageAtTop() {
  const { pathname } = useLocation();
  const navigation = useNavigationType();
  const shown = useRef(pathname);
  useLayoutEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (navigation !== 'POP') window.scrollTo(0, 0);
  }, [pathname, navigation]);
}
