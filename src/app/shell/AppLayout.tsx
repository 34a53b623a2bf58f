import { Anchor, AppShell, Box, Burger, Group } from '@mantine/core';
import { useDisclosure, useWindowEvent } from '@mantine/hooks';
import { lazy, Suspense, useRef } from 'react';
import { Link, Outlet } from 'react-router';
import { ColorSchemeToggle } from '../../components/ColorSchemeToggle.tsx';
import { HeaderPlaceholder } from '../../components/HeaderPlaceholder.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { RetryStatus } from '../../components/RetryStatus.tsx';
import { paths } from '../../lib/paths.ts';
import classes from './AppLayout.module.css';
import { MainNavigation } from './MainNavigation.tsx';
import { useWindowResizing } from './use-window-resizing.ts';

// Who is signed in, and what operations are running, are not needed to paint the page: those
// header buttons load just after the shell, which keeps the first route within its budget
// (scripts/check-bundle-budget.ts).
const OperationsIndicator = lazy(async () => ({
  default: (await import('../../features/rollouts/components/OperationsIndicator.tsx'))
    .OperationsIndicator,
}));
// The connection badge too: which cloud and site is worth a glance, not a wait for the page.
const ConnectionIndicator = lazy(async () => ({
  default: (await import('../../features/connection/components/ConnectionIndicator.tsx'))
    .ConnectionIndicator,
}));
const UserMenu = lazy(async () => ({
  default: (await import('../../features/account/components/UserMenu.tsx')).UserMenu,
}));

/** The frame around every page: header, navigation, and the page itself. */
export function AppLayout() {
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const burger = useRef<HTMLButtonElement>(null);
  const resizing = useWindowResizing();
  // On a narrow screen the open navigation covers the page: Esc closes it, as a menu closes, and
  // hands focus back to the button that opened it.
  useWindowEvent('keydown', (event) => {
    if (event.key !== 'Escape' || !navbarOpened) return;
    closeNavbar();
    burger.current?.focus();
  });
  return (
    <AppShell
      // In place of Mantine's own mark, which it also sets for the shell's first 200 ms. The mark
      // sets a CSS variable on the root that every element of the page inherits, so taking it off
      // restyled the whole page once per load: 62–172 ms of a phone's main thread on the gallery
      // (8x CPU slowdown), after the page had painted. A prop, as it comes after Mantine's `mod`; null,
      // not undefined, which Mantine's props drop before they can override.
      data-resizing={resizing ? true : null}
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="lg"
    >
      <a className={classes.skipLink} href="#main-content">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" className={classes.headerRow} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              ref={burger}
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={navbarOpened ? 'Close navigation' : 'Open navigation'}
              aria-controls="main-navigation"
              aria-expanded={navbarOpened}
            />
            <Anchor
              component={Link}
              to={paths.home.href()}
              fw={700}
              c="inherit"
              underline="never"
              className={classes.title}
            >
              DaaS Console
            </Anchor>
          </Group>
          {/* On a phone every control keeps its words (no shrinking into "S..."); what has no
              room moves: the colour scheme into the account menu, the mode to an icon. */}
          <Group gap={6} wrap="nowrap" className={classes.controls}>
            <RetryStatus />
            {/* The static shells paint these placeholders too. */}
            <Suspense fallback={<HeaderPlaceholder of="operations" />}>
              <OperationsIndicator />
            </Suspense>
            <Suspense fallback={<HeaderPlaceholder of="connection" />}>
              <ConnectionIndicator />
            </Suspense>
            <Box visibleFrom="xs">
              <ColorSchemeToggle />
            </Box>
            <Suspense fallback={<HeaderPlaceholder of="account" />}>
              <UserMenu />
            </Suspense>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-navigation" aria-label="Main" p="sm">
        <MainNavigation onNavigate={closeNavbar} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        {/* The page's code may still be on its way (lazyPage): the shell around it is not. */}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
