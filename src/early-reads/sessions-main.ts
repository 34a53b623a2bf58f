/**
 * The sessions pages' early reads entry: their HTML runs it as a script of its own, beside the
 * early-reads entry (`contracts/page-modules.ts`), and it sends the list's first read as soon as
 * it has arrived. Loaded by that entry's `import()` alone, the read waited for the app's own
 * start-up to be evaluated first (a dynamic import settles in a later task): in a warm load it
 * left 190–220 ms in, the header's reads at 100. The early-reads entry still asks for the same
 * read, which finds this one on its way and sends nothing (`sendEarly`); where no HTML names this
 * entry (Vite's dev server) that is what sends it.
 */
import { sendEarly } from '../lib/early-answers.ts';
import { sessionsListReads } from './sessions-reads.ts';

// The router's state of this history entry, where it keeps it (a reload or Back keeps it too).
const routerState = (window.history.state as { usr?: unknown } | null)?.usr;
for (const read of sessionsListReads({ params: {}, search: window.location.search, routerState })) {
  sendEarly(read);
}
