/**
 * The early-reads entry: loaded by the HTML on its own, before and apart from the app, so the
 * page's first reads start with the page instead of after its code (`src/lib/early-answers.ts`).
 * It imports only what builds those requests, a few KB with them (vite.config.ts, earlyShared and
 * earlyRequests; `check:bundle` holds it to 5 KB).
 */
import { addressAtStart } from '../lib/address-at-start.ts';
import { apiPaths } from '../lib/api-paths.ts';
import { sendEarly, sendingSoonUnder } from '../lib/early-answers.ts';
import {
  connectionRead,
  grants,
  headerReads,
  meRead,
  pageReadsFor,
  permissionFor,
  rackspaceOfConnection,
  rackspaceReadsFor,
  siteOfConnection,
  siteReadsFor,
} from './routes.ts';
import { warmUpIntl } from './intl-warm-up.ts';

// First: the worker needs the head start on the app's first date or number.
warmUpIntl();

/** An early answer's JSON, read from a copy (the app reads the body); null unless a 2xx. */
const jsonOf = (answer: Response | null): Promise<unknown> =>
  answer?.ok ? answer.clone().json() : Promise.resolve(null);

const { pathname, search, routerState } = addressAtStart();
// A page for some roles only (the wizard, for admins) reads nothing until the person's `me` says
// the page is theirs: others are told why, and nothing would take its reads up. That read is the
// HTML's preload, as the connection's is; a copy is read here. No answer, or the app asked first:
// nothing goes early, the page asks for itself.
const permission = permissionFor(pathname);
const allowed: Promise<boolean> = permission
  ? (sendEarly(meRead)
      ?.then(jsonOf)
      .then((me: unknown) => grants(me, permission))
      .catch(() => false) ?? Promise.resolve(false))
  : Promise.resolve(true);

// The page's reads first: on most pages they are at hand, on the sessions pages their builder
// arrives first (`sessions-reads.ts`), and the header's go out meanwhile.
void Promise.all([pageReadsFor(pathname, search, routerState), allowed]).then(
  ([reads, mayRead]) => {
    if (mayRead) for (const read of reads) sendEarly(read);
  },
  // Nothing sent early: the page asks for it itself, as before.
  () => undefined,
);
for (const read of headerReads()) sendEarly(read);

// Reads under the Citrix site and the Rackspace tenant wait for the connection to name them. That
// read is the HTML's preload, and the app takes its answer up as it takes the others'; a copy is
// read here.
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
