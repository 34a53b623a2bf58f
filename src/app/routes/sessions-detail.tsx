import { useLocation, useNavigate, useParams } from 'react-router';
import { SessionDetailsDrawer } from '../../features/sessions/components/SessionDetailsDrawer.tsx';
import { paths } from '../../lib/paths.ts';

/** Frames to wait for the list to draw the session's row: about half a second. */
const framesForTheRow = 30;

/**
 * The drawer is a route, so it unmounts on close before Mantine can return focus: give it back to
 * the session's link in the list (or the page, if the list does not show it), so a keyboard user
 * carries on from where they were instead of from the top of the document. A list held behind
 * the drawer on a phone (`list-behind-drawer.ts`) draws its rows as the drawer closes, the later
 * ones a moment after: wait for the row a few frames before settling for the page.
 */
function returnFocusToList(sessionId: string, framesLeft = framesForTheRow) {
  const link = document.querySelector<HTMLElement>(
    `#main-content a[href^="${paths.sessionDetail.href(sessionId)}"]`,
  );
  if (link) link.focus();
  else if (framesLeft > 0)
    requestAnimationFrame(() => returnFocusToList(sessionId, framesLeft - 1));
  else document.getElementById('main-content')?.focus();
}

/** `/sessions/:sessionId`: the details drawer over the list, which keeps its search. */
export function SessionDetailRoute() {
  const { sessionId = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const listHref = `${paths.sessions.href()}${search}`;
  const close = async () => {
    await navigate(listHref);
    requestAnimationFrame(() => returnFocusToList(sessionId));
  };
  return (
    <SessionDetailsDrawer sessionId={sessionId} listHref={listHref} onClose={() => void close()} />
  );
}
