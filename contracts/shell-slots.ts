/**
 * Text a static shell holds in place of what its address names, which the server writes in for
 * each address (`server/production/page-html.ts`). The shells are built once for every address of
 * a route (`src/app/shell/static-shells.tsx`); a person's page draws the account from its address
 * as its heading before any data, so its shell can too. Letters only, so that React writes it into
 * the markup as it is.
 */
export const accountSlot = 'ACCOUNTFROMTHEADDRESS';

/**
 * The route whose shell holds `accountSlot`: the shells' build puts the slot in its heading, the
 * server fills it from the address's account. One name for both, so they cannot drift apart.
 */
export const accountSlotPattern = '/users/:user';
