/**
 * The early-reads entry: loaded by the HTML on its own, before and apart from the app, so the
 * page's first reads start with the page instead of after its code (`src/lib/early-answers.ts`).
 * It imports only what builds those requests, a few KB with them (vite.config.ts, earlyShared and
 * earlyRequests; `check:bundle` holds it to 5 KB).
 */
import { addressAtStart } from '../lib/address-at-start.ts';
import { warmUpIntl } from './intl-warm-up.ts';
import { sendEarlyReads } from './send-early-reads.ts';

// First: the worker needs the head start on the app's first date or number.
warmUpIntl();
sendEarlyReads(addressAtStart());
