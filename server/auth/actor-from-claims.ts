/** The console's record of who acts, from the claims of their identity provider. */
import type { Actor, Role } from '../../contracts/identity-api.ts';

export function actorFromClaims(claims: Record<string, unknown>, role: Role): Actor {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
  const subject = String(claims.sub);
  const email = text(claims.email);
  // Not every IdP releases `name`; the audit trail still needs words for the person.
  return {
    subject,
    name: text(claims.name) ?? text(claims.preferred_username) ?? email ?? subject,
    email,
    role,
  };
}
