import { useLocation, useNavigate, useParams } from 'react-router';
import { SessionDetailsDrawer } from '../../features/sessions/components/SessionDetailsDrawer.tsx';
import { paths } from '../../lib/paths.ts';

/** `/sessions/:sessionId`: the details drawer over the list, which keeps its search. */
export function SessionDetailRoute() {
  const { sessionId = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  return (
    <SessionDetailsDrawer
      sessionId={sessionId}
      onClose={() => navigate(`${paths.sessions}${search}`)}
    />
  );
}
