/** `GET /api/me`: who is signed in, their role and what it allows. */
import type { ServerResponse } from 'node:http';
import { permissionsOf, type Me } from '../../contracts/identity-api.ts';
import type { Identity } from '../auth/auth.ts';
import { sendJson } from '../proxy/errors.ts';

export function sendMe(res: ServerResponse, identity: Identity) {
  const body: Me = {
    authMode: identity.authMode,
    user: identity.actor,
    permissions: permissionsOf(identity.actor.role),
    idleExpiresAt: identity.idleExpiresAt?.toISOString() ?? null,
    absoluteExpiresAt: identity.absoluteExpiresAt?.toISOString() ?? null,
  };
  sendJson(res, 200, body);
}
