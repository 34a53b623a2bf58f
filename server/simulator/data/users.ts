import type { CitrixCustomer } from './customer.ts';
import { firstNames, lastNames } from './vocabulary.ts';

export interface DirectoryUser {
  /** `CONTOSO\aisha.andersen` */
  samName: string;
  displayName: string;
  /** `aisha.andersen@corp.contoso.com` */
  principalName: string;
  sid: string;
}

/**
 * Users are computed from their index (never stored): the first 1,080 get unique first/last name pairs,
 * later ones reuse a pair with a number, as directories do (`aisha.andersen2`).
 */
export function directoryUser(
  customer: CitrixCustomer,
  domainSid: string,
  index: number,
): DirectoryUser {
  const first = firstNames[index % firstNames.length] ?? 'User';
  const last = lastNames[Math.floor(index / firstNames.length) % lastNames.length] ?? 'Demo';
  const repeat = Math.floor(index / (firstNames.length * lastNames.length));
  const account = `${first}.${last}${repeat > 0 ? repeat + 1 : ''}`.toLowerCase();
  return {
    samName: `${customer.netbiosDomain}\\${account}`,
    displayName: repeat > 0 ? `${first} ${last} (${repeat + 1})` : `${first} ${last}`,
    principalName: `${account}@${customer.dnsDomain}`,
    sid: `${domainSid}-${1100 + index}`,
  };
}
