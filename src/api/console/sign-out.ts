import { z } from 'zod/mini';
import { authApi } from '../../lib/api-clients.ts';

// A page of this console or the sign-in provider's own sign-out page; never a `javascript:` URL.
function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, window.location.origin).protocol);
  } catch {
    return false;
  }
}

/** `POST /auth/logout`: ends the console's session and says where the browser goes next. */
const signOutSchema = z.object({
  redirectTo: z.string().check(z.refine(isWebAddress, 'must be a web address')),
});

/** Signs the person out; resolves to the address to send the browser to. */
export async function signOut(): Promise<string> {
  const body = signOutSchema.parse(await authApi.post('logout').json());
  return body.redirectTo;
}
