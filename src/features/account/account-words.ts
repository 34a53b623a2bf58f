import type { Permissions, Role } from '../../../contracts/identity-api.ts';

export const roleColors: Record<Role, string> = {
  admin: 'grape',
  helpdesk: 'blue',
  viewer: 'gray',
};

/** What the role lets the person do, in a sentence. */
export function permissionsInWords(permissions: Permissions): string {
  if (permissions.rollouts && permissions.sessionActions) {
    return 'You can log off, disconnect and message sessions, and roll out images to catalogs.';
  }
  if (permissions.sessionActions) {
    return 'You can log off, disconnect and message sessions. Image rollouts need the admin role.';
  }
  return 'You can look at everything but not change it: session actions and image rollouts need another role.';
}
