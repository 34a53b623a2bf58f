import { useLocation, useNavigate, useParams } from 'react-router';
import { SessionDetailsDrawer } from '../../features/sessions/components/SessionDetailsDrawer.tsx';
import { paths } from '../../lib/paths.ts';

/**
 * The drawer is a route, so it unmounts on close before Mantine can return focus: give it back to
 * the session's link in the list (or the page, if the list does not show it), so a keyboard user
 * carries on from where they were instead of from the top of the document.
 */
function returnFocusToList(sessionId: string) {
  const link = document.querySelector<HTMLElement>(
    `#main-content a[href^="${paths.sessionDetail.href(sessionId)}"]`,
  );
  (link ?? document.getElementById('main-content'))?.focus();
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
