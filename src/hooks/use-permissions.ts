import { useQuery } from '@tanstack/react-query';
import type { Permissions, Role } from '../../contracts/identity-api.ts';
import { meQueries } from '../api/console/me.ts';

export interface PermissionsView extends Permissions {
  /** Null while `/api/me` loads; controls stay hidden until then rather than flicker. */
  role: Role | null;
}

const nothingYet: PermissionsView = { role: null, sessionActions: false, rollouts: false };

/**
 * What the signed-in person's role allows, for showing only usable controls. The server's
 * allowlist is what enforces it; this only keeps the UI honest.
 */
export function usePermissions(): PermissionsView {
  const { data } = useQuery(meQueries.current());
  if (!data) return nothingYet;
  return { role: data.user.role, ...data.permissions };
}

/** Why a control is unavailable to `role`, for a tooltip on the disabled control. */
export function roleCannot(role: Role | null, what: string): string {
  return role ? `Your role, ${role}, cannot ${what}.` : `Checking what you may do…`;
}
