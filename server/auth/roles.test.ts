import { describe, expect, it } from 'vitest';
import { acceptedClaimValues, parseRoleMap, roleFromClaims } from './roles.ts';

const byName = { claim: 'roles', map: null };
const mapped = {
  claim: 'roles',
  map: parseRoleMap('admins=admin,servicedesk=helpdesk,staff=viewer'),
};

describe('roleFromClaims', () => {
  it('takes the highest role when several values map', () => {
    expect(roleFromClaims({ roles: ['viewer', 'admin', 'helpdesk'] }, byName)).toBe('admin');
    expect(roleFromClaims({ roles: ['staff', 'servicedesk'] }, mapped)).toBe('helpdesk');
  });

  it('reads `groups` when the named claim is absent, but not when it is present', () => {
    expect(roleFromClaims({ groups: ['admins'] }, mapped)).toBe('admin');
    expect(roleFromClaims({ roles: ['staff'], groups: ['admins'] }, mapped)).toBe('viewer');
  });

  it('reads the claim named by OIDC_ROLE_CLAIM', () => {
    const rules = { claim: 'console_roles', map: null };
    expect(roleFromClaims({ console_roles: 'helpdesk', roles: ['admin'] }, rules)).toBe('helpdesk');
  });

  it('gives no role when nothing maps (unmapped values, role names under a map, other types)', () => {
    expect(roleFromClaims({ roles: ['sales'] }, byName)).toBeNull();
    expect(roleFromClaims({ roles: ['admin'] }, mapped)).toBeNull();
    expect(roleFromClaims({ roles: 42 }, byName)).toBeNull();
    expect(roleFromClaims({}, byName)).toBeNull();
  });
});

describe('parseRoleMap', () => {
  it('splits at the last "=", so group names may contain one', () => {
    expect(parseRoleMap('CN=Admins=admin')).toEqual(new Map([['CN=Admins', 'admin']]));
  });

  it('refuses an unknown role or an empty map', () => {
    expect(() => parseRoleMap('admins=superuser')).toThrow('"admins=superuser" is not');
    expect(() => parseRoleMap(' , ')).toThrow('maps no claim value');
  });
});

describe('acceptedClaimValues', () => {
  it('lists what would give a role', () => {
    expect(acceptedClaimValues(byName)).toEqual(['admin', 'helpdesk', 'viewer']);
    expect(acceptedClaimValues(mapped)).toEqual(['admins', 'servicedesk', 'staff']);
  });
});
