/**
 * Which console role a person gets from the claims of their identity provider. The IdP decides
 * who someone is; the console decides what they may do, from one claim and an optional map.
 */
import { roles, type Role } from '../../contracts/identity-api.ts';

export interface RoleRules {
  /** The claim read first (OIDC_ROLE_CLAIM, default `roles`); `groups` is read when it is absent. */
  claim: string;
  /** Claim value -> role (CONSOLE_ROLE_MAP); null: the values `admin`, `helpdesk`, `viewer` map to themselves. */
  map: ReadonlyMap<string, Role> | null;
}

/** The highest role any of the person's claim values maps to, or null when none maps. */
export function roleFromClaims(claims: Record<string, unknown>, rules: RoleRules): Role | null {
  const values = claimValues(claims[rules.claim] ?? claims.groups);
  let best: Role | null = null;
  for (const value of values) {
    const role = rules.map ? rules.map.get(value) : asRole(value);
    if (role && (best === null || roles.indexOf(role) > roles.indexOf(best))) best = role;
  }
  return best;
}

/** The claim values that give a role, for the words shown to a person who has none. */
export function acceptedClaimValues(rules: RoleRules): string[] {
  return rules.map ? [...rules.map.keys()] : [...roles].reverse();
}

/**
 * Parses `admins=admin,servicedesk=helpdesk`. A value is split at its last `=`, so group names
 * that contain `=` still work. Throws an Error in words naming the first bad entry.
 */
export function parseRoleMap(text: string): ReadonlyMap<string, Role> {
  const map = new Map<string, Role>();
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const split = entry.lastIndexOf('=');
    const value = entry.slice(0, split).trim();
    const role = asRole(entry.slice(split + 1).trim());
    if (split <= 0 || value === '' || !role) {
      throw new Error(`"${entry}" is not claim-value=role with a role of ${roles.join(', ')}`);
    }
    map.set(value, role);
  }
  if (map.size === 0) throw new Error('it maps no claim value to a role');
  return map;
}

// IdPs send a list of strings; some send a single string when a person has one group.
function claimValues(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim))
    return claim.filter((value): value is string => typeof value === 'string');
  return [];
}

function asRole(value: string): Role | null {
  return (roles as readonly string[]).includes(value) ? (value as Role) : null;
}
