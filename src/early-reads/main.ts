/**
 * The early-reads entry: loaded by the HTML on its own, before and apart from the app, so the
 * page's first reads start with the page instead of after its code (`src/lib/early-answers.ts`).
 * It imports only what builds those requests, 3.5 KB with them (vite.config.ts, earlyShared and
 * earlyRequests; `check:bundle` holds it to 5 KB).
 */
import { sendEarly } from '../lib/early-answers.ts';
import { earlyReadsFor } from './routes.ts';

const { pathname, search } = window.location;
// The router's state of this history entry, where it keeps it (a reload or Back keeps it too).
const routerState = (window.history.state as { usr?: unknown } | null)?.usr;
for (const read of earlyReadsFor(pathname, search, routerState)) sendEarly(read);
