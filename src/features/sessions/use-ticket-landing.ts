import { useEffect } from 'react';
import { useLocation, useNavigate, type Location } from 'react-router';
import type { Session } from '../../api/citrix/sessions.ts';
import { paths } from '../../lib/paths.ts';
import { accountName } from './session-words.ts';

/**
 * A ticket link (`/sessions?user=aisha.chen`, and nothing else) opened from outside the console:
 * React Router gives the entry a document load creates the key "default", while every navigation
 * inside the console (typing a user into the page, Back to an entry it made) carries its own.
 */
function isTicketLink(location: Location) {
  const params = new URLSearchParams(location.search);
  return location.key === 'default' && [...params.keys()].join() === 'user';
}

/** The one account these sessions belong to; null for none or several (a bare name in two domains). */
export function onlyAccount(sessions: Session[]): string | null {
  const accounts = new Set(sessions.map((session) => accountName(session).toLowerCase()));
  return accounts.size === 1 ? [...accounts][0]! || null : null;
}

/**
 * A ticket link that names exactly one user lands on that person's page, where the help desk sees
 * everything about them; the link is replaced, so Back leaves the way it came. A link that names
 * several people, or narrows the sessions further, stays on the list as a view of them.
 */
export function useTicketLanding(user: string, firstPage: Session[] | undefined) {
  const location = useLocation();
  const navigate = useNavigate();
  const lands = isTicketLink(location) && !!user && !!firstPage && onlyAccount(firstPage) !== null;
  useEffect(() => {
    if (lands) void navigate(paths.user.href(user), { replace: true });
  }, [lands, navigate, user]);
}
