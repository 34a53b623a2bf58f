/**
 * What the early-reads entry sends for the address a page opens at (`main.ts`): the page's own
 * reads, the header's, and those under the Citrix site and the Rackspace tenant once the
 * connection names them (`src/lib/early-answers.ts` says how the app takes them up).
 */
import { apiPaths } from '../lib/api-paths.ts';
import type { AddressAtStart } from '../lib/address-at-start.ts';
import { sendEarly, sendingSoonUnder } from '../lib/early-answers.ts';
import {
  connectionRead,
  grants,
  headerReads,
  meRead,
  pageReadsFor,
  pageReadTermsFor,
  rackspaceOfConnection,
  rackspaceReadsFor,
  siteOfConnection,
  siteReadsFor,
} from './routes.ts';

/** An early answer's JSON, read from a copy (the app reads the body); null unless it is a 2xx. */
const jsonOf = (answer: Response | null): Promise<unknown> =>
  answer?.ok ? answer.clone().json() : Promise.resolve(null);

export function sendEarlyReads({ pathname, search, routerState }: AddressAtStart): void {
  // A page for some roles only (the wizard, for admins) reads nothing until the person's `me`
  // says the page is theirs: others are told why, and nothing would take its reads up. That read
  // is the HTML's preload, as the connection's is; a copy is read here. No answer, or the app
  // asked first: nothing goes early, the page asks for itself.
  const { needs: permission, builtLaterUnder } = pageReadTermsFor(pathname);
  const allowed: Promise<boolean> = permission
    ? (sendEarly(meRead)
        ?.then(jsonOf)
        .then((me: unknown) => grants(me, permission))
        .catch(() => false) ?? Promise.resolve(false))
    : Promise.resolve(true);

  // The page's reads first: on most pages they are at hand, on the sessions pages their builder
  // arrives first (`sessions-reads.ts`), and the header's go out meanwhile.
  const sendingPageReads = Promise.all([pageReadsFor(pathname, search, routerState), allowed]).then(
    ([reads, mayRead]) => {
      if (mayRead) for (const read of reads) sendEarly(read);
    },
    // Nothing sent early: the page asks for it itself, as before.
    () => undefined,
  );
  // The app's code can be in before that builder: its own read then waits for the early one
  // instead of going out beside it (`sendingSoonUnder`).
  if (builtLaterUnder) sendingSoonUnder(builtLaterUnder, sendingPageReads);
  for (const read of headerReads()) sendEarly(read);

  // Reads under the Citrix site and the Rackspace tenant wait for the connection to name them.
  // That read is the HTML's preload, and the app takes its answer up as it takes the others'; a
  // copy is read here.
  const siteReads = siteReadsFor(pathname, search);
  const rackspaceReads = rackspaceReadsFor(pathname, search);
  if (siteReads || rackspaceReads) {
    const sending = allowed
      // None when the app has asked for the connection itself: it asks for the rest too.
      .then((mayRead) => (mayRead ? sendEarly(connectionRead) : null))
      .then(jsonOf)
      .then((status: unknown) => {
        const site = siteOfConnection(status);
        if (site && siteReads) for (const read of siteReads(site)) sendEarly(read);
        const rackspace = rackspaceOfConnection(status);
        if (rackspace && rackspaceReads) {
          for (const read of rackspaceReads(rackspace)) sendEarly(read);
        }
      })
      // Nothing sent early: the page asks for it itself, as before.
      .catch(() => undefined);
    // The app's reads under the site or the tenant wait for these instead of going out first.
    if (siteReads) sendingSoonUnder(apiPaths.catalogService, sending);
    if (rackspaceReads) sendingSoonUnder(apiPaths.rackspace, sending);
  }
}
