import { describe, expect, it } from 'vitest';
import { isPersonsAccount } from './person-search.ts';

describe('isPersonsAccount: the exact-user rule the $search filter sends', () => {
  it.each([
    ['CONTOSO\\aisha.chen', 'aisha.chen', true],
    ['contoso\\AISHA.CHEN', 'aisha.chen', true],
    ['CONTOSO\\aisha.chen2', 'aisha.chen', false],
    ['CONTOSO\\xaisha.chen', 'aisha.chen', false],
    ['CONTOSO\\aisha.chen', 'CONTOSO\\aisha.chen', true],
    ['LAB\\aisha.chen', 'CONTOSO\\aisha.chen', false],
    ['aisha.chen@corp.contoso.com', 'aisha.chen@corp.contoso.com', true],
    ['aisha.chen2@corp.contoso.com', 'aisha.chen@corp.contoso.com', false],
    ['aisha.chen', 'aisha.chen', true],
    [null, 'aisha.chen', false],
  ])('%s is %s’s: %s', (account, user, expected) => {
    expect(isPersonsAccount(account, user)).toBe(expected);
  });
});
