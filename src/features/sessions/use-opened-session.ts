import { useState } from 'react';
import { useParams } from 'react-router';

/**
 * The session whose details are open over the list, else the one that was last. The list draws
 * only the rows in view, so it brings that session's row into view: behind a drawer opened from
 * a link (a ticket's), and when the drawer closes, for focus to go back to the row.
 */
export function useOpenedSession(): string | undefined {
  // The drawer is this page's child route; its id is among the params the page sees.
  const { sessionId } = useParams();
  const [last, setLast] = useState(sessionId);
  if (sessionId !== undefined && sessionId !== last) setLast(sessionId);
  return sessionId ?? last;
}
