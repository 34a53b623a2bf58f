/**
 * The page every client route paints before any of its scripts has run: the header, the
 * navigation with the route's section marked, and, where a page's heading does not depend on
 * data, that heading (on a person's page, the account its address names, as the app draws it
 * first). On a phone's connection the app's code takes seconds to arrive and run; this is there
 * as soon as the HTML and the stylesheet are. The app then draws over it with the
 * same components (`main.tsx`), so nothing moves.
 *
 * Rendered in Node at build time (`npm run build`, scripts/build.ts), never in the browser. The
 * server puts each route's shell in its HTML (`server/production/page-html.ts`). The header's person-specific parts are their
 * loading placeholders here, as in the app's first frame: the shell is the same for everyone.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { pageModules } from '../../../contracts/page-modules.ts';
import { accountSlot, accountSlotPattern } from '../../../contracts/shell-slots.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { pageHeadings, type PageHeading } from '../../lib/page-headings.ts';
import { AppProvider } from '../provider.tsx';
import { AppLayout } from './AppLayout.tsx';

/**
 * The heading of the first of the route's modules that has one: a route can name a module of its
 * reads before its page (the gallery, a person).
 */
const headingOf = (modules: readonly string[]): PageHeading | null => {
  const page = modules.find((module) => module in pageHeadings);
  return page ? pageHeadings[page as keyof typeof pageHeadings] : null;
};

/**
 * A person's page draws the account its address names as its heading while their sessions are
 * looked up (`PersonPage`); its shell does the same, with a slot the server fills per address.
 */
const headingFromAddress: Record<string, string> = { [accountSlotPattern]: accountSlot };

function renderShell(pathname: string, heading: PageHeading | null, slot?: string): string {
  const page = heading ? (
    <PageHeader {...heading} />
  ) : slot ? (
    <>
      <PageHeader title={slot} />
      <PageLoader />
    </>
  ) : (
    <PageLoader />
  );
  return renderToString(
    <AppProvider queryClient={new QueryClient()}>
      <MemoryRouter initialEntries={[pathname]}>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="*" element={page} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
}

/** Each route pattern of `contracts/page-modules.ts` and the markup of its shell. */
export function renderStaticShells(): Record<string, string> {
  return Object.fromEntries(
    pageModules.map(({ pattern, modules }) => [
      pattern,
      // Any value in place of a parameter: the shell shows no data, only the section it is in.
      renderShell(pattern.replace(/:[^/]+/g, '_'), headingOf(modules), headingFromAddress[pattern]),
    ]),
  );
}
