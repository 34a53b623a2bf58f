/**
 * Which addresses are the app's own pages, for the servers that answer a page's address with
 * the app: the production server's static handler and `vite preview`'s page middleware. One
 * answer for both, so a link that works in one works in the other.
 *
 * A page is an address one of the console's routes draws (`contracts/page-modules.ts`), even
 * with a dot in it: a person's page names their account, and `aisha.rossi` is no file. Any other
 * address without a file extension is the app's too (its not-found page says so in words); one
 * with an extension is a file that is not there. `/api` and `/auth` belong to the server.
 */
import { extname } from 'node:path';
import { pageFor } from '../../contracts/page-modules.ts';

export function isClientRoute(pathname: string): boolean {
  if (/^\/(api|auth)(\/|$)/.test(pathname)) return false;
  return pageFor(pathname) !== undefined || extname(pathname) === '';
}
