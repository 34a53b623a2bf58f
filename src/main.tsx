// First: schemas built by the modules below must see it (see the module).
import './lib/zod-without-eval.ts';
// Mantine's styles: one stylesheet, in the HTML's head (see the module).
import './app/styles/mantine.ts';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRouter } from './app/app-router.tsx';
import { AppProvider } from './app/provider.tsx';
import { startFirstPageReads } from './app/first-page-reads.ts';
import { pageReady, settledWithin } from './app/page-ready.ts';
import { AppRoutes, createRoutes } from './app/router.tsx';
import { addressAtStart } from './lib/address-at-start.ts';
import { createQueryClient } from './lib/query-client.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the console into.');

const queryClient = createQueryClient();
const { pathname, search, routerState } = addressAtStart();
const firstAnswers = startFirstPageReads(queryClient, pathname, search, routerState);
const routes = createRoutes();
// The page's code is asked for before the first render. Usually it is at hand (the HTML named it,
// or the browser has it cached) and the page draws with the shell. When the server painted the
// route's static shell into the root, that stays until the page's code is here, so the heading
// on screen is not swapped for a spinner and back; without one, the shell paints after 100 ms and
// the page fills in when its code arrives.
const painted = container.hasChildNodes();
const firstAnswerWaitMs = 150;
void pageReady(routes, pathname, painted ? 10_000 : 100).then(async () => {
  // Over a painted shell, a page drawn with its first answer (the sessions list) waits a moment
  // for it once its code is here: the answer is usually a moment behind (its read went out with
  // the HTML), and drawn in the first render it costs one draw of the page. Rendered first, the
  // page drew a spinner in the list's place, drew itself again for the answer, then drew the list
  // (100,000 sessions, a warm load: a screenful of rows 731 → 604 ms, medians of 14). A slower
  // answer is not waited for longer: the page draws without it, as before, a moment later.
  if (painted) await settledWithin(firstAnswers, firstAnswerWaitMs);
  const root = createRoot(container);
  const app = (
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <AppRouter>
          <AppRoutes routes={routes} />
        </AppRouter>
      </AppProvider>
    </StrictMode>
  );
  // Over a painted shell the first render need not block: as a transition React draws the app in
  // slices, leaving the browser its turn between them (a phone's taps, its next frame), and swaps
  // it in at once when done. Without a shell there is nothing on screen to wait behind.
  if (painted) startTransition(() => root.render(app));
  else root.render(app);
});
