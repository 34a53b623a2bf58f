/**
 * A ticket link names one person: `$search` with the documented exact operators (Equals, and
 * EndsWith `\name` for "the SAM part equals") must not also return `name2` and `name3`, which a
 * directory with repeated first/last names has.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { directoryUser } from '../../data/users.ts';
import { createTestSimulator } from '../../test-support.ts';
import { siteHeaders } from '../site-headers.ts';

interface Page {
  Items: { User: { Name: string; PrincipalName: string } }[];
  TotalItems: number;
}

// Users past the first 1,080 repeat a name with a number (aisha.chen2): 4,000 sessions have 3,000
// users, so some names come three times.
const sim = createTestSimulator({ sessions: 4000 });
let headers: Record<string, string>;
beforeAll(async () => {
  headers = await siteHeaders(sim);
});

async function search(filters: { Property: string; Operator: string; Value: string }[]) {
  const response = await sim.app.request('/cvad/manage/Sessions/$search?limit=1000', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      SearchFilterGroups: [{ SearchFilterGroupType: 'Or', SearchFilters: filters }],
    }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

/** A user with sessions whose account name is also the start of another user's with sessions. */
function userWithLookalike() {
  const { customer, domainSid, sessions } = sim.ctx.dataset;
  const withSessions = new Set(sessions.user);
  const unique = 1080;
  for (let index = 0; index + unique < sessions.userCount; index++) {
    if (withSessions.has(index) && withSessions.has(index + unique)) {
      return {
        user: directoryUser(customer, domainSid, index),
        lookalike: directoryUser(customer, domainSid, index + unique),
      };
    }
  }
  throw new Error('The dataset has no repeated name with sessions');
}

describe('$search for one user, exactly', () => {
  it('finds only CONTOSO\\name for a bare SAM name, though Contains also finds name2', async () => {
    const { user, lookalike } = userWithLookalike();
    const account = user.samName.split('\\')[1]!;
    expect(lookalike.samName).toBe(`${user.samName}2`);
    const loose = await search([{ Property: 'UserName', Operator: 'Contains', Value: account }]);
    expect(new Set(loose.Items.map((s) => s.User.Name))).toContain(lookalike.samName);

    // What the console sends for user=<account> (src/features/sessions/session-search.ts).
    const exact = await search([
      { Property: 'UserName', Operator: 'EndsWith', Value: `\\${account.toUpperCase()}` },
    ]);
    expect(exact.TotalItems).toBeGreaterThan(0);
    expect(new Set(exact.Items.map((s) => s.User.Name))).toEqual(new Set([user.samName]));
  });

  it('finds only that user by DOMAIN\\name or UPN with Equals', async () => {
    const { user } = userWithLookalike();
    for (const [Property, Value] of [
      ['UserName', user.samName.toLowerCase()],
      ['UserPrincipalName', user.principalName],
    ] as const) {
      const exact = await search([{ Property, Operator: 'Equals', Value }]);
      expect(exact.TotalItems).toBeGreaterThan(0);
      expect(new Set(exact.Items.map((s) => s.User.Name))).toEqual(new Set([user.samName]));
    }
  });
});
